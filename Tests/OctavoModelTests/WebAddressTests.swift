import Foundation
import OctavoModel
import Testing

/// `WebAddress` against ada, a WHATWG-conformant URL parser (the `ada-url` Python
/// package, which scripts/test installs): the same URLs must fail, and the others give
/// the same serialisation.
@Suite struct WebAddressTests {
    /// URLs made from parts that exercise each step of the parser.
    static let generated: [String] = {
        let prefixes = ["http://", "HTTPS://", "https:", "https:///", "ws://", "ftp://", "file://", "file:///", "git://", "mailto:"]
        let hosts = [
            "Example.COM", "例え.テスト", "bücher.example", "xn--bcher-kva.example", "a b.example", "exa%20mple.com", "%41.com",
            "127.0.0.1", "0x7f.1", "0177.0.0.1", "256.0.0.1", "1.2.3.4.5", "4294967295", "4294967296", "1.2.3.09",
            "[::1]", "[::1", "[2001:DB8::8:800:200C:417A]", "[::ffff:1.2.3.4]", "[1:2:3:4:5:6:7:8]", "[1::2::3]", "[::1.2.3.256]",
            "user:pa ss@host.example", "@host.example", "host.example.", "host。example", "ho|st", "ho^st", "",
        ]
        let tails = ["", ":80", ":443/", ":0", ":65536", ":8080/a/./b/../c", "/%2e%2E/x", "/a b/\"q\"?x=<y> 'z'#f g`h",
                     "/パス?クエリ#断片", "\\\\back\\slash", "/{a}^b?c#d", "/a/..", "/./"]
        var urls: [String] = []
        for (index, prefix) in prefixes.enumerated() {
            for (hostIndex, host) in hosts.enumerated() {
                urls.append(prefix + host + tails[(index + hostIndex) % tails.count])
            }
        }
        // And 3,000 more from a seeded mix of the same parts and some noise.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let noise = ["", "%", "%zz", "%41", "..", ".", "@", ":", "[", "]", "\\", "#", "?", " ", "\t", "é", "中", "\u{1F600}", "//", "0x", "09"]
        for _ in 0..<3_000 {
            let url = prefixes[next(prefixes.count)] + noise[next(noise.count)] + hosts[next(hosts.count)] + noise[next(noise.count)]
                + tails[next(tails.count)] + noise[next(noise.count)]
            urls.append(url)
        }
        return urls + [
            "http://127.0.0.1:9000，并使用这个", "  https://example.com/\t\n path  ", "https://example.com:/", "HTTP://EXAMPLE.COM/%7Efoo",
            "https://arxiv.org/abs/2101.00001", "https://doi.org/10.1000/xyz123", "mailto:Me@Example.com?subject=Hi there",
            "javascript:alert(1)", "data:text/plain,hello world", "urn:isbn:0451450523", "no scheme", "1http://x", "h+t-t.p://x/",
            "https://例子.测试/路径?查询=值#片段", "https://ｅｘａｍｐｌｅ.com/", "http://a@b@c/", "http://[::]/", "http://[0:0:0:0:0:0:0:1]/",
            "ttt:/.//\u{FFFD}:/\u{10}", "web+demo:/.//not-a-host/", "sc:/..//p", "sc://h/..//p", "sc:/a/..//b?q#f",
        ]
    }()

    @Test func agreesWithAWHATWGConformantParser() throws {
        let expected = try Self.adaSerialisations(of: Self.generated)
        var agreements = 0
        for (url, reference) in zip(Self.generated, expected) {
            let ours = WebAddress(parsing: url)?.description
            #expect(ours == reference, "\(url)")
            if ours == reference { agreements += 1 }
        }
        #expect(agreements == Self.generated.count)
    }

    /// The standard's idempotence: a serialisation parses to itself (found by fuzzing:
    /// `ttt:/.//x:/`, whose path starts with an empty segment, once lost its "/.").
    @Test func aSerialisationParsesToItself() {
        for url in Self.generated {
            guard let address = WebAddress(parsing: url) else { continue }
            #expect(WebAddress(parsing: address.description)?.description == address.description, "\(url)")
        }
    }

    /// Printable ASCII; no space in web addresses (an opaque path such as a `data:`
    /// URL's keeps its spaces, as the standard says).
    @Test func serialisesToASCII() {
        for url in Self.generated {
            guard let address = WebAddress(parsing: url) else { continue }
            #expect(address.description.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "\(url)")
            if address.scheme == "http" || address.scheme == "https" {
                #expect(!address.description.contains(" "), "\(url)")
            }
        }
    }

    /// How ada serialises each URL (nil where it fails), from one Python process.
    static func adaSerialisations(of urls: [String]) throws -> [String?] {
        let script = """
            import json, sys
            import ada_url
            out = []
            for url in json.load(sys.stdin):
                try:
                    out.append(ada_url.URL(url).href)
                except ValueError:
                    out.append(None)
            json.dump(out, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(urls))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the ada-url Python package is missing or failed (scripts/test installs it): \(message)")
        return try JSONDecoder().decode([String?].self, from: data)
    }
}
