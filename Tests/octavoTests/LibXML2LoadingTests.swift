import Foundation
import Testing

/// libxml2 (with the ICU libraries it needs) is loaded only by runs that write or check
/// XML: the dynamic loader's own report (`LD_DEBUG=libs`) says which libraries a run
/// started.
@Suite struct LibXML2LoadingTests {
    private func loadsLibXML2(_ arguments: [String]) throws -> Bool {
        let post = try #require(try TestData.sitePosts.first)
        let result = try ExternalTool.run(["env", "LD_DEBUG=libs", OctavoBinary.url.path] + arguments + [post])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("calling init:"), "the loader's report is missing: \(result.output.prefix(500))")
        return result.output.contains("libxml2.so")
    }

    @Test(arguments: [["-t", "html"], ["-t", "json"], ["-f", "gfm", "-t", "html"]])
    func conversionsWithoutXMLDoNotLoadIt(arguments: [String]) throws {
        #expect(try !loadsLibXML2(arguments))
    }

    @Test func xhtmlLoadsItToCheckTheDocument() throws {
        #expect(try loadsLibXML2(["-t", "xhtml"]))
    }
}
