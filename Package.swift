// swift-tools-version: 6.2

import PackageDescription

let package = Package(
    name: "Podwright",
    products: [
        .library(name: "PodwrightCore", targets: ["PodwrightCore"]),
        .library(name: "PodwrightAudio", targets: ["PodwrightAudio"]),
        .executable(name: "podwright", targets: ["podwright"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // C libraries, each wrapped once as a system-library target.
        .systemLibrary(
            name: "CSndFile",
            pkgConfig: "sndfile",
            providers: [.apt(["libsndfile1-dev"])]
        ),
        .systemLibrary(
            name: "CEBUR128",
            pkgConfig: "libebur128",
            providers: [.apt(["libebur128-dev"])]
        ),
        .systemLibrary(
            name: "CSoxr",
            pkgConfig: "soxr",
            providers: [.apt(["libsoxr-dev"])]
        ),
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // Articles, scripts, timing and every text export. Its C dependencies: libxml2 (HTML parsing) and libcurl
        // (fetching article URLs within a deadline and a size cap).
        .target(
            name: "PodwrightCore",
            dependencies: ["CLibXML2", "CCurl"]
        ),
        // Everything that touches samples: the only module that imports the audio C libraries.
        .target(
            name: "PodwrightAudio",
            dependencies: ["PodwrightCore", "CSndFile", "CEBUR128", "CSoxr"]
        ),
        // The command-line tool: argument handling only.
        .executableTarget(
            name: "podwright",
            dependencies: [
                "PodwrightCore",
                "PodwrightAudio",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // What the test targets share: where the repository and ../shared are, the golden-file helper, the process runner.
        .target(
            name: "PodwrightTestSupport",
            path: "Tests/PodwrightTestSupport"
        ),
        .testTarget(
            name: "PodwrightCoreTests",
            dependencies: ["PodwrightCore", "PodwrightTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PodwrightAudioTests",
            dependencies: ["PodwrightAudio", "PodwrightCore", "PodwrightTestSupport"]
        ),
        .testTarget(
            name: "PodwrightCLITests",
            dependencies: ["PodwrightCore", "podwright", "PodwrightTestSupport"],
            // Golden output files, read by path from the tests (re-recorded with PODWRIGHT_RECORD_GOLDEN=1).
            exclude: ["Golden"]
        ),
    ]
)

// One strict compiler for every Swift target.
for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .treatAllWarnings(as: .error),
        ]
}
