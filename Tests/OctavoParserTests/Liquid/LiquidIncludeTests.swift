import Foundation
import OctavoModel
@testable import OctavoParser
import Testing

/// `include` reads only from the site's `_includes/`, with parameters, nesting and limits.
@Suite struct LiquidIncludeTests {
    @Test func nestedIncludesSeeTheirOwnParameters() throws {
        let site = try LiquidTestSite(includes: ["outer.html": "<{{ include.a }}{% include p.html a=include.a b='in' %}{{ include.a }}>"])
        let (text, warnings) = site.render("{% include outer.html a='o' %}")
        #expect(text == "<o[o|in]o>")
        #expect(warnings.isEmpty)
    }

    @Test func includesInSubfoldersAreRead() throws {
        let site = try LiquidTestSite(includes: ["sub/q.html": "q{{ include.x }}"])
        #expect(site.render("{% include sub/q.html x=1 %}").text == "q1")
    }

    @Test func pathsOutOfIncludesAreRefused() throws {
        let site = try LiquidTestSite()
        try "secret".write(to: site.root.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("_includes/link.html"), withDestinationURL: site.root.appendingPathComponent("secret.txt"))
        for name in ["../secret.txt", "/etc/hostname", "link.html", "./p.html"] {
            let (text, warnings) = site.render("[{% include \(name) %}]")
            #expect(text == "[]", "\(name)")
            #expect(warnings.count == 1, "\(name)")
            #expect(warnings.first?.message.contains("not read") == true, "\(name)")
        }
    }

    /// A FIFO would block the read forever; a hard link may be another name of a file
    /// outside the site.
    @Test func aFIFOOrAHardLinkIsRefusedUnread() throws {
        let site = try LiquidTestSite()
        let secret = site.root.appendingPathComponent("secret.txt")
        try "secret".write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.linkItem(at: secret, to: site.root.appendingPathComponent("_includes/hard.html"))
        #expect(mkfifo(site.root.appendingPathComponent("_includes/fifo.html").path, 0o644) == 0)
        for (name, reason) in [("fifo.html", "is not a regular file"), ("hard.html", "has other hard links")] {
            let (text, warnings) = site.render("[{% include \(name) %}]")
            #expect(text == "[]", "\(name)")
            #expect(warnings.map(\.message) == ["Liquid: include '\(name)' \(reason)" + (name == "hard.html" ? ", which may lie outside _includes/; not read" : "; not read")])
        }
    }

    @Test func aMissingIncludeIsAWarning() throws {
        let (text, warnings) = try LiquidTestSite().render("[{% include none.html %}]")
        #expect(text == "[]")
        #expect(warnings.map(\.message) == ["Liquid: include 'none.html' is not in _includes/"])
    }

    @Test func aPostWithNoSiteIncludesNothing() {
        let (text, warnings) = LiquidTestSite.render("[{% include p.html %}]{{ site.title }}{{ page.title }}", page: .hash([LiquidEntry(key: "title", value: .string("T"))]))
        #expect(text == "[]T")
        #expect(warnings.count == 1)
    }

    @Test func includesNestAtMostTenDeep() throws {
        let site = try LiquidTestSite(includes: ["self.html": "x{% include self.html %}"])
        let (text, warnings) = site.render("{% include self.html %}")
        #expect(text == String(repeating: "x", count: LiquidRenderer.includeDepthLimit))
        #expect(warnings.map(\.message) == ["Liquid: in _includes/self.html:1:2: includes nest deeper than 10; include 'self.html' left out"])
    }
}
