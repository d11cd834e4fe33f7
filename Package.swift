// swift-tools-version: 6.0
import PackageDescription

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
        .target(name: "OctavoMath"),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "OctavoXML", dependencies: ["CLibXML2", "OctavoModel"]),
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
