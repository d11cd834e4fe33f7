import Testing
@testable import OctavoParser

/// The URL form reference ids are derived from, and the ids themselves.
@Suite struct URLNormalizerTests {
    @Test(arguments: [
        ("HTTPS://Example.COM/Path?Q=1#Frag", "https://example.com/Path?Q=1#Frag"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443", "https://example.com"),
        ("https://example.com:8443/", "https://example.com:8443"),
        ("https://example.com/", "https://example.com"),
        ("https://example.com/?q", "https://example.com?q"),
        ("https://example.com/#top", "https://example.com#top"),
        ("https://example.com/a#", "https://example.com/a"),
        ("https://User@Example.com:/x", "https://User@example.com/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("MAILTO:Someone@Example.com", "mailto:Someone@Example.com"),
        ("relative/path", "relative/path"),
        ("https://例子.测试/路径", "https://例子.测试/路径"),
    ])
    func normalises(_ pair: (String, String)) {
        #expect(URLNormalizer.normalise(pair.0) == pair.1)
    }

    @Test func recognisesWebURLs() {
        #expect(URLNormalizer.isWeb("HTTPS://example.com"))
        #expect(URLNormalizer.isWeb("http://x"))
        #expect(!URLNormalizer.isWeb("ftp://example.com"))
        #expect(!URLNormalizer.isWeb("https:"))
    }

    @Test func urlIdsHashTheNormalisedForm() {
        let urls = ["HTTPS://Example.COM/Path?Q=1#Frag", "http://example.com:80/a", "  https://example.com/a  ", "relative/path", "https://例子.测试/路径"]
        var fromURLs = ReferenceIDs(prefix: "l")
        var fromNormalForms = ReferenceIDs(prefix: "l")
        for url in urls + urls {
            #expect(fromURLs.next(forURL: url) == fromNormalForms.next(for: URLNormalizer.normalise(url)))
        }
    }

    @Test func idsAreStableAndRepeatsAreNumbered() {
        var ids = ReferenceIDs(prefix: "b")
        let first = ids.next(for: "https://example.com")
        #expect(first.occurrence == 1)
        #expect(first.contentID.hasPrefix("b-") && first.contentID.count == 18)
        #expect(first.contentID.dropFirst(2).allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(ids.next(for: "https://example.com") == (first.contentID, 2))
        #expect(ids.next(for: "https://example.org").contentID != first.contentID)
        var again = ReferenceIDs(prefix: "b")
        #expect(again.next(for: "https://example.com") == first)
    }
}
