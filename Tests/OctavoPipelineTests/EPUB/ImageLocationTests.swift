import Foundation
import Testing
@testable import OctavoPipeline

@Suite struct ImageLocationTests {
    private func locate(_ source: String, in site: SiteFixture) -> ImageLocation.Outcome {
        ImageLocation.locate(source, postPath: site.post, siteRoot: site.root)
    }

    private func isRefused(_ outcome: ImageLocation.Outcome, saying text: String) -> Bool {
        guard case .refused(let message) = outcome else { return false }
        return message.contains(text)
    }

    @Test func siteRelativeAndRelativePathsResolveInsideTheSite() throws {
        let site = try SiteFixture()
        #expect(locate("/images/a.png", in: site) == .file(path: site.root + "/images/a.png", sitePath: "images/a.png"))
        #expect(locate("../../images/a.png?v=2#x", in: site) == .file(path: site.root + "/images/a.png", sitePath: "images/a.png"))
        #expect(locate("/images/sub/photo%20one.jpeg", in: site)
            == .file(path: site.root + "/images/sub/photo one.jpeg", sitePath: "images/sub/photo one.jpeg"))
        #expect(locate("/images/in.png", in: site) == .file(path: site.root + "/images/a.png", sitePath: "images/a.png"))
    }

    @Test func nothingOutsideTheSiteRootIsRead() throws {
        let site = try SiteFixture()
        #expect(isRefused(locate("../../../outside/secret.png", in: site), saying: "outside the site root"))
        #expect(isRefused(locate("/images/%2e%2e/%2E%2E/outside/secret.png", in: site), saying: "outside the site root"))
        #expect(isRefused(locate("%2e%2e/%2e%2e/%2e%2e/outside/secret.png", in: site), saying: "outside the site root"))
        #expect(isRefused(locate("/images/out.png", in: site), saying: "outside the site root"))
        #expect(isRefused(locate("/etc/passwd", in: site), saying: "not found"))
        #expect(isRefused(locate("../../../../../../../../etc/passwd", in: site), saying: "outside the site root"))
        #expect(isRefused(locate("file:///etc/passwd", in: site), saying: "not a file of the site"))
        #expect(isRefused(locate("/images", in: site), saying: "not a regular file"))
        #expect(isRefused(locate("/images/a.png%00.txt", in: site), saying: "NUL"))
    }

    /// A hard link inside the site root may be another name of a file outside it.
    @Test func anImageWithAnotherHardLinkIsNotRead() throws {
        let site = try SiteFixture()
        try FileManager.default.linkItem(atPath: site.folder.path("outside/real.png"), toPath: site.root + "/images/hard.png")
        #expect(isRefused(locate("/images/hard.png", in: site), saying: "has other hard links"))
    }

    @Test func remoteImagesAreNotFetched() throws {
        let site = try SiteFixture()
        #expect(isRefused(locate("http://example.com/x.png", in: site), saying: "remote image"))
        #expect(isRefused(locate(" HTTPS://example.com/x.png", in: site), saying: "remote image"))
        #expect(isRefused(locate("//example.com/x.png", in: site), saying: "remote image"))
        #expect(isRefused(locate("data:image/png;base64,AAAA", in: site), saying: "not a file of the site"))
    }
}

@Suite struct ImageFileTests {
    private func inspect(_ sitePath: String, in site: SiteFixture) -> Result<ImageFile, ImageRefusal> {
        ImageFile.inspect(path: site.root + "/" + sitePath, sitePath: sitePath, source: "/" + sitePath)
    }

    @Test func recognisesImagesByContentAndPlacesThemInTheBook() throws {
        let site = try SiteFixture()
        let plain = try inspect("images/a.png", in: site).get()
        #expect(plain.path == site.root + "/images/a.png" && plain.mediaType == .png && plain.href == "media/images/a.png")
        #expect(plain.source.identity == FileIdentity(fileAt: plain.path))
        let wrong = try inspect("images/wrong.png", in: site).get()
        #expect(wrong.mediaType == .jpeg)
        #expect(wrong.href.hasPrefix("media/") && wrong.href.hasSuffix(".jpg") && !wrong.href.contains("wrong"))
        let spaced = try inspect("images/sub/photo one.jpeg", in: site).get()
        #expect(!spaced.href.contains(" ") && spaced.href.hasSuffix(".jpg"))
        #expect(try inspect("images/ok.svg", in: site).get().mediaType == .svg)
        #expect(try inspect("images/svg11.svg", in: site).get().mediaType == .svg)
    }

    /// A sparse file of a gigabyte behind a PNG signature is refused by its size, unread.
    @Test func anImageLargerThanTheLimitIsRefused() throws {
        let site = try SiteFixture()
        let path = site.root + "/images/huge.png"
        try Data(SiteFixture.png).write(to: URL(fileURLWithPath: path))
        #expect(truncate(path, 1 << 30) == 0)
        guard case .failure(let refusal) = inspect("images/huge.png", in: site) else {
            Issue.record("a 1 GiB image was accepted")
            return
        }
        #expect(refusal.message.contains("is larger than 64 MiB"), "\(refusal.message)")
    }

    /// An SVG image goes into the book as the bytes that were checked, whatever the
    /// file holds when the book is written.
    @Test func anSVGImageKeepsTheBytesThatWereChecked() throws {
        let site = try SiteFixture()
        let image = try inspect("images/ok.svg", in: site).get()
        let checked = try Data(contentsOf: URL(fileURLWithPath: site.root + "/images/ok.svg"))
        #expect(image.source.checkedContent == Array(checked))
        #expect(try inspect("images/a.png", in: site).get().source.checkedContent == nil)
    }

    /// An SVG image with an id that is not an XML name and a dangling reference goes
    /// into the book repaired: those are the bytes checked and carried.
    @Test func anSVGImageIsCarriedRepaired() throws {
        let site = try SiteFixture()
        let image = try inspect("images/dangling.svg", in: site).get()
        #expect(image.source.checkedContent == Array(#"<svg xmlns="http://www.w3.org/2000/svg"><rect id="_1abc" fill="none"/></svg>"#.utf8))
    }

    @Test(arguments: [
        ("images/new.avif", "AVIF"), ("images/text.png", "not a PNG, JPEG, GIF, WebP or SVG"),
        ("images/script.svg", "script"), ("images/remote.svg", "http://example.com/x.png"),
        ("images/handler.svg", "event handler"), ("images/broken.svg", "not well-formed"), ("images/entity.svg", "not well-formed"),
        ("images/escaped.svg", "a CSS escape"), ("images/imageset.svg", "image-set("),
        ("images/attlist.svg", "declares a document type of its own"), ("images/system.svg", "outside document type file:///etc/passwd"),
        ("images/animate.svg", "animates its href attribute"), ("images/set.svg", "animates its href attribute"),
        ("images/spelled.svg", "javascript: address"),
    ])
    func refusesWhatABookCannotCarry(sitePath: String, reason: String) throws {
        let site = try SiteFixture()
        guard case .failure(let refusal) = inspect(sitePath, in: site) else {
            Issue.record("\(sitePath) was accepted")
            return
        }
        #expect(refusal.message.contains(reason), "\(refusal.message)")
    }
}

@Suite struct SiteRootTests {
    @Test func nearestFolderWithAConfigElseThePostsFolder() throws {
        let site = try SiteFixture(config: "url: https://blog.example.org/\nbaseurl: /notes/\n")
        #expect(SiteRoot.resolve(given: nil, postPath: site.post) == site.root)
        #expect(SiteRoot.resolve(given: site.folder.path("outside"), postPath: site.post) == SiteRoot.realPath(site.folder.path("outside")))
        let lone = try site.folder.write("outside/2020-1-1-lone.md", "x\n")
        #expect(SiteRoot.resolve(given: nil, postPath: lone) == SiteRoot.realPath(site.folder.path("outside")))
        #expect(SiteRoot.resolve(given: site.folder.path("missing"), postPath: site.post) == nil)
        #expect(SiteConfiguration(siteRoot: site.root)?.url == "https://blog.example.org/notes")
    }

    /// `{{ site.baseurl }}/images/a.png` is the site root's `images/a.png`.
    @Test func aSiteRelativePathUnderTheBaseURLStartsAtTheSiteRoot() throws {
        let site = try SiteFixture(config: "baseurl: /notes/\n")
        let basePath = try #require(SiteConfiguration(siteRoot: site.root)?.basePath)
        #expect(basePath == "/notes")
        #expect(ImageLocation.locate("/notes/images/a.png", postPath: site.post, siteRoot: site.root, basePath: basePath)
            == .file(path: site.root + "/images/a.png", sitePath: "images/a.png"))
        #expect(ImageLocation.locate("/notesx/images/a.png", postPath: site.post, siteRoot: site.root, basePath: basePath)
            != .file(path: site.root + "/images/a.png", sitePath: "images/a.png"))
        #expect(SiteConfiguration(siteRoot: try SiteFixture(config: "baseurl: \"\"\n").root)?.basePath == nil)
    }

    @Test func siteURLNeedsAnAbsoluteURL() throws {
        let siteURL = { (config: String) throws -> String? in
            let site = try SiteFixture(config: config)
            return SiteConfiguration(siteRoot: site.root)?.url
        }
        #expect(try siteURL("url: https://example.org\n") == "https://example.org")
        #expect(try siteURL("baseurl: /x\n") == nil)
        #expect(try siteURL("url: [unclosed\n") == nil)
        #expect(try siteURL("url: javascript:alert(1)\n") == nil)
    }

    @Test func titleAndAuthorOfTheSite() throws {
        let site = try SiteFixture(config: "title: Margin Notes\nauthor:\n  name: Lin Wei\n  email: lin@example.org\n")
        let configuration = try #require(SiteConfiguration(siteRoot: site.root))
        #expect(configuration.title == "Margin Notes" && configuration.author == "Lin Wei")
        let plain = try SiteFixture(config: "title: \"  \"\nauthor: A. Writer\n")
        #expect(SiteConfiguration(siteRoot: plain.root)?.title == nil && SiteConfiguration(siteRoot: plain.root)?.author == "A. Writer")
    }
}
