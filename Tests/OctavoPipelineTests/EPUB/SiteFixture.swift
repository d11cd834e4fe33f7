import Foundation
@testable import OctavoPipeline

/// A small site in a temporary folder: `site/_config.yml`, `site/_posts/post.md`,
/// images of every kind under `site/images/`, and a secret file and links leading
/// out of the site beside it.
final class SiteFixture {
    let folder: TemporaryFolder
    let root: String
    let post: String

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array("IHDR".utf8) + [UInt8](repeating: 1, count: 17)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xFF, 0xD9]
    static let avif: [UInt8] = [0, 0, 0, 0x1C] + Array("ftypavifmif1miaf".utf8) + [UInt8](repeating: 0, count: 12)

    init(config: String = "title: Test\n") throws {
        folder = try TemporaryFolder()
        let manager = FileManager.default
        for name in ["site/_posts/2021", "site/images/sub", "outside"] {
            try manager.createDirectory(atPath: folder.path(name), withIntermediateDirectories: true)
        }
        try folder.write("site/_config.yml", config)
        post = try folder.write("site/_posts/2021/2021-11-10-post.md", "---\ntitle: Post\n---\ntext\n")
        try Data(Self.png).write(to: URL(fileURLWithPath: folder.path("site/images/a.png")))
        try Data(Self.jpeg).write(to: URL(fileURLWithPath: folder.path("site/images/sub/photo one.jpeg")))
        try Data(Self.jpeg).write(to: URL(fileURLWithPath: folder.path("site/images/wrong.png")))
        try Data(Self.avif).write(to: URL(fileURLWithPath: folder.path("site/images/new.avif")))
        try folder.write("site/images/ok.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><defs><linearGradient id=\"g\"/></defs><rect width=\"1\" height=\"1\" fill=\"url(#g)\"/></svg>")
        try folder.write("site/images/dangling.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"1abc\" fill=\"url(#gone)\"/></svg>")
        try folder.write("site/images/script.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
        try folder.write("site/images/remote.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://example.com/x.png\"/></svg>")
        try folder.write("site/images/handler.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")
        try folder.write("site/images/broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")
        try folder.write("site/images/entity.svg", "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")
        try folder.write("site/images/escaped.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: \\75rl(http://x/)\"/></svg>")
        try folder.write("site/images/imageset.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect { fill: image-set(\"http://x/a.png\" 1x) }</style><rect/></svg>")
        try folder.write("site/images/text.png", "just text\n")
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
        try folder.write("site/images/attlist.svg", "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]>" + svg + "</svg>")
        try folder.write("site/images/system.svg", "<!DOCTYPE svg SYSTEM \"file:///etc/passwd\">" + svg + "</svg>")
        try folder.write("site/images/svg11.svg", "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + svg + "<rect width=\"1\" height=\"1\"/></svg>")
        try folder.write("site/images/animate.svg", svg + "<a><animate attributeName=\"href\" values=\"#a;javascript:alert(1)\"/>"
            + "<text>x</text></a></svg>")
        try folder.write("site/images/set.svg", svg + "<a xlink:href=\"#x\"><set attributeName=\"xlink:href\" to=\"#y\"/></a></svg>")
        try folder.write("site/images/spelled.svg", svg + "<a xlink:href=\"#x\" data-go=\"java&#9;script:alert(1)\"/></svg>")
        try folder.write("outside/secret.png", "secret")
        try Data(Self.png).write(to: URL(fileURLWithPath: folder.path("outside/real.png")))
        try manager.createSymbolicLink(atPath: folder.path("site/images/out.png"), withDestinationPath: folder.path("outside/real.png"))
        try manager.createSymbolicLink(atPath: folder.path("site/images/in.png"), withDestinationPath: "a.png")
        root = SiteRoot.realPath(folder.path("site"))!
    }
}
