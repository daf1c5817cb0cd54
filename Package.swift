// swift-tools-version: 6.2

import PackageDescription

let package = Package(
    name: "Podwright",
    products: [
        .library(name: "PodwrightCore", targets: ["PodwrightCore"]),
        .library(name: "PodwrightAudio", targets: ["PodwrightAudio"]),
        .library(name: "PodwrightImage", targets: ["PodwrightImage"]),
        .library(name: "PodwrightSpeech", targets: ["PodwrightSpeech"]),
        .executable(name: "podwright", targets: ["podwright"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The recording booth's local web server (only PodwrightBooth imports it); swift-configuration support off.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
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
        // Noise reduction for speech (the preprocessor's denoiser).
        .systemLibrary(
            name: "CSpeexDSP",
            pkgConfig: "speexdsp",
            providers: [.apt(["libspeexdsp-dev"])]
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
        .systemLibrary(
            name: "CMagickWand",
            pkgConfig: "MagickWand",
            providers: [.apt(["libmagickwand-6.q16-dev"])]
        ),
        .systemLibrary(
            name: "CPocketSphinx",
            pkgConfig: "pocketsphinx",
            providers: [.apt(["libpocketsphinx-dev", "libsphinxbase-dev", "pocketsphinx-en-us"])]
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
            dependencies: ["PodwrightCore", "CSndFile", "CEBUR128", "CSoxr", "CSpeexDSP"]
        ),
        // Artwork: checking, cropping and scaling images with ImageMagick, the only module that imports it.
        .target(
            name: "PodwrightImage",
            dependencies: ["PodwrightCore", "CMagickWand"]
        ),
        // Hearing the takes: alignment to the script with PocketSphinx, the only module that imports it.
        .target(
            name: "PodwrightSpeech",
            dependencies: ["PodwrightCore", "PodwrightAudio", "CPocketSphinx"]
        ),
        // The recording booth: a local web server that shows the script, files each take and checks it. The only
        // module that imports Hummingbird.
        .target(
            name: "PodwrightBooth",
            dependencies: [
                "PodwrightCore",
                "PodwrightAudio",
                "PodwrightSpeech",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The command-line tool: argument handling only.
        .executableTarget(
            name: "podwright",
            dependencies: [
                "PodwrightCore",
                "PodwrightAudio",
                "PodwrightImage",
                "PodwrightSpeech",
                "PodwrightBooth",
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
            name: "PodwrightSpeechTests",
            dependencies: ["PodwrightSpeech", "PodwrightAudio", "PodwrightCore", "PodwrightTestSupport"]
        ),
        .testTarget(
            name: "PodwrightBoothTests",
            dependencies: ["PodwrightBooth", "PodwrightCore", "PodwrightTestSupport"]
        ),
        .testTarget(
            name: "PodwrightCLITests",
            dependencies: ["PodwrightCore", "podwright", "PodwrightTestSupport"],
            // Golden output files, read by path from the tests (re-recorded with PODWRIGHT_RECORD_GOLDEN=1), and the
            // Python feed readers the tests run.
            exclude: ["Golden", "Readers"]
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
