import OctavoModel
import OctavoWriters
import Testing
@testable import OctavoPipeline

/// `ChapterImages`: each image a chapter shows is found and checked once, warned about
/// at every place it is shown when it cannot be carried, and named for the renderer.
@Suite struct ChapterImagesTests {
    private let first = SourcePosition(line: 3, column: 1)
    private let second = SourcePosition(line: 7, column: 1)

    @Test func imagesAreFoundOnceAndCarriedInTheOrderShown() throws {
        let site = try SiteFixture()
        var images = ChapterImages(postPath: site.post, siteRoot: site.root)
        #expect(images.image("/images/ok.svg", at: first) == .href("media/images/ok.svg"))
        #expect(images.image("/images/a.png", at: first) == .href("media/images/a.png"))
        #expect(images.image("/images/in.png", at: second) == .href("media/images/a.png"))
        #expect(images.files.map(\.href) == ["media/images/ok.svg", "media/images/a.png"])
        #expect(images.diagnostics.isEmpty)
        #expect(images.targets(renamed: [site.root + "/images/a.png": "media/images/a-2.png"]) == [
            "/images/ok.svg": .href("media/images/ok.svg"),
            "/images/a.png": .href("media/images/a-2.png"),
            "/images/in.png": .href("media/images/a-2.png"),
        ])
    }

    @Test func imagesThatCannotBeCarriedArePlaceholdersWarnedAboutWhereverShown() throws {
        let site = try SiteFixture()
        var images = ChapterImages(postPath: site.post, siteRoot: site.root)
        #expect(images.image("/images/new.avif", at: first) == .placeholder)
        #expect(images.image("/images/new.avif", at: second) == .placeholder)
        #expect(images.files.isEmpty)
        #expect(images.diagnostics.map(\.position) == [first, second])
        #expect(images.diagnostics.allSatisfy { $0.message.contains("AVIF") && $0.path == site.post })
        #expect(images.targets(renamed: [:]) == ["/images/new.avif": .placeholder])
        var rootless = ChapterImages(postPath: site.post, siteRoot: nil)
        #expect(rootless.image("/images/a.png", at: first) == .placeholder)
        #expect(rootless.diagnostics.map(\.message) == ["image /images/a.png is not embedded: the site root does not exist"])
    }
}
