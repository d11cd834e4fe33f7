import Foundation

/// Where the tests find posts: the project's own fixture site (`Tests/Fixtures/site`),
/// which every clone has, and the shared corpora beside the package (or in
/// `$OCTAVO_SHARED_DIR`), which only suites named `…CorpusTests` read
/// (`scripts/check-corpora` runs them; `scripts/test` leaves them out).
enum TestData {
    /// The fixture site: `_config.yml`, `_posts/` and `images/`.
    static let site = OctavoBinary.packageRoot.appendingPathComponent("Tests/Fixtures/site")

    /// The fixture site's posts, by path, in name order.
    static var sitePosts: [String] {
        get throws { try posts(in: site.appendingPathComponent("_posts")) }
    }

    /// `$OCTAVO_SHARED_DIR`, or `../shared` from the package root.
    static var sharedFolder: URL {
        if let override = ProcessInfo.processInfo.environment["OCTAVO_SHARED_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        return OctavoBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// The posts of a shared folder such as `corpus/posts`, by path; none is an error.
    static func sharedPosts(_ folder: String) throws -> [String] {
        try posts(in: sharedFolder.appendingPathComponent(folder))
    }

    /// The `*.md` and `*.markdown` files of `folder`, by path in name order; none is an error.
    static func posts(in folder: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted()
        guard !names.isEmpty else { throw ExternalTool.Missing(description: "no posts in \(folder.path)") }
        return names.map { folder.appendingPathComponent($0).path }
    }

    /// Copies the fixture site's posts to `posts` in `workspace`.
    static func copySitePosts(into workspace: Workspace) throws {
        try FileManager.default.copyItem(at: site.appendingPathComponent("_posts"), to: workspace.url.appendingPathComponent("posts"))
    }
}

extension TestData {
    /// A valid 2×2 PNG of one colour (uncompressed deflate blocks), so that tests can
    /// make as many distinct images as they need.
    static func png(red: UInt8, green: UInt8, blue: UInt8) -> Data {
        let row: [UInt8] = [0, red, green, blue, red, green, blue]
        let raw = row + row
        var adlerA: UInt32 = 1, adlerB: UInt32 = 0
        for byte in raw {
            adlerA = (adlerA + UInt32(byte)) % 65_521
            adlerB = (adlerB + adlerA) % 65_521
        }
        let length = UInt16(raw.count)
        let zlib: [UInt8] = [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            + raw + bigEndian((adlerB << 16) | adlerA)
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", bigEndian(2) + bigEndian(2) + [8, 2, 0, 0, 0])
        png += chunk("IDAT", zlib)
        png += chunk("IEND", [])
        return Data(png)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in typed {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return bigEndian(UInt32(data.count)) + typed + bigEndian(~crc)
    }
}
