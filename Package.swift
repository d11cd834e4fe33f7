// swift-tools-version: 6.0
import PackageDescription

/// Where libxml2's headers are, below the system root (what `pkg-config --cflags
/// libxml-2.0` says). Octavo does not link libxml2: it loads it when XML is first
/// written or checked (Sources/CLibXML2/LibXML2Loader.c), so pkg-config, which would
/// also link it, is not used.
let libxml2Headers = (
    c: CSetting.unsafeFlags(["-iwithsysroot", "/usr/include/libxml2"]),
    swift: SwiftSetting.unsafeFlags(["-Xcc", "-iwithsysroot", "-Xcc", "/usr/include/libxml2"])
)

let package = Package(
    name: "Octavo",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "octavo", targets: ["octavo"]),
        .library(name: "OctavoModel", targets: ["OctavoModel"]),
        .library(name: "OctavoParser", targets: ["OctavoParser"]),
        .library(name: "OctavoWriters", targets: ["OctavoWriters"]),
        .library(name: "OctavoXML", targets: ["OctavoXML"]),
        .library(name: "OctavoPipeline", targets: ["OctavoPipeline"]),
        .library(name: "OctavoMath", targets: ["OctavoMath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "OctavoModel"),
        .target(name: "OctavoParser", dependencies: ["OctavoModel", .product(name: "Yams", package: "Yams")]),
        .target(name: "OctavoWriters", dependencies: ["OctavoModel", "OctavoXML", "OctavoMath"]),
        .target(name: "OctavoMath", dependencies: ["OctavoModel"]),
        // libxml2's headers (Debian: libxml2-dev), and libxml2 itself loaded on first use.
        .target(name: "CLibXML2", cSettings: [libxml2Headers.c], linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "OctavoXML", dependencies: ["CLibXML2", "OctavoModel"], swiftSettings: [libxml2Headers.swift]),
        .target(
            name: "OctavoPipeline",
            dependencies: [
                "OctavoModel", "OctavoParser", "OctavoWriters", "OctavoXML", "OctavoMath",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "octavo",
            dependencies: [
                "OctavoPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "OctavoModelTests", dependencies: ["OctavoModel"]),
        .testTarget(name: "OctavoParserTests", dependencies: ["OctavoParser", "OctavoWriters"]),
        .testTarget(name: "OctavoWritersTests", dependencies: ["OctavoParser", "OctavoWriters", "OctavoXML"], exclude: ["Golden"]),
        .testTarget(name: "OctavoXMLTests", dependencies: ["OctavoXML"]),
        .testTarget(name: "OctavoMathTests", dependencies: ["OctavoMath"], exclude: ["Golden"]),
        .testTarget(
            name: "OctavoPipelineTests",
            dependencies: ["OctavoPipeline", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "octavoTests",
            dependencies: ["octavo", "OctavoPipeline", "OctavoMath", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
