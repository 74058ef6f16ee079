// swift-tools-version:6.0
// libFuzzer targets and the hostile-file driver for vetdicom. A separate package so that
// `swift build` / `swift test` of the root package never see `--sanitize fuzzer`.
//
//   swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
//       --sanitize fuzzer --sanitize address --disable-dead-strip --product FuzzParse
//
// Fuzz/run.sh TARGET SECONDS does that and runs the target on its corpus.
import PackageDescription

let fuzzTargets = ["FuzzParse", "FuzzDecode", "FuzzNative", "FuzzJPEG", "FuzzJPEGLS", "FuzzJ2K", "FuzzRLE",
                   "FuzzDeflate", "FuzzRender", "FuzzWrite"]

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

// The library's modules are compiled INTO this package (Fuzz/Library/* are symlinks to
// ../Sources/*), not taken from a path dependency: SwiftPM applies `--sanitize fuzzer` (libFuzzer's
// coverage counters) only to the root package's targets, so a dependency's modules ran without
// counters (about 14.5k inline counters instead of ~39k). Same module names, same sources.
let library: [Target] = [
    .systemLibrary(name: "CTurboJPEG", path: "Library/CTurboJPEG", pkgConfig: "libturbojpeg"),
    .systemLibrary(name: "COpenJPEG", path: "Library/COpenJPEG", pkgConfig: "libopenjp2"),
    .systemLibrary(name: "CCharLS", path: "Library/CCharLS", pkgConfig: "charls"),
    .systemLibrary(name: "CZlib", path: "Library/CZlib", pkgConfig: "zlib"),
    .systemLibrary(name: "CPNG", path: "Library/CPNG", pkgConfig: "libpng"),
    .target(name: "CVetSupport", path: "Library/CVetSupport"),
    .target(name: "DICOMCore", dependencies: ["CVetSupport", "CZlib"], path: "Library/DICOMCore"),
    .target(name: "DICOMJPEG", dependencies: ["DICOMCore", "CTurboJPEG"], path: "Library/DICOMJPEG"),
    .target(name: "COpenJPHShim", path: "Library/COpenJPHShim", linkerSettings: [.linkedLibrary("openjph")]),
    .target(name: "DICOMCodecs", dependencies: ["DICOMCore", "DICOMJPEG", "COpenJPEG", "CCharLS", "CZlib", "COpenJPHShim"],
            path: "Library/DICOMCodecs"),
    .target(name: "DICOMRendering", dependencies: ["DICOMCore", "DICOMCodecs", "CPNG", "CTurboJPEG"],
            path: "Library/DICOMRendering"),
    .target(name: "VetDICOM", dependencies: ["DICOMCore", "DICOMCodecs", "DICOMRendering", "CVetSupport"],
            path: "Library/VetDICOM"),
    // The synthetic-file writer of the tests (seeds, hand-made hostile files).
    .target(name: "TestWriter", dependencies: ["DICOMCore", "CZlib"], path: "Library/TestWriter"),
]

let package = Package(
    name: "VetDICOMFuzz",
    targets: library + [
        // The harness bodies, shared by the libFuzzer targets, the hostile driver and seed generation.
        // libFuzzer's LLVMFuzzerMutate as a weak symbol (the Hostile driver links no libFuzzer).
        .target(name: "CFuzzMutate", path: "Sources/CFuzzMutate"),
        .target(name: "FuzzSupport", dependencies: ["VetDICOM", "DICOMCore", "DICOMCodecs", "DICOMRendering", "TestWriter",
                                                   "CFuzzMutate"],
                swiftSettings: v5),
        // Writes seed corpora (synthetic files from the writer, codestreams from ../shared/corpus).
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport", "DICOMJPEG"], swiftSettings: v5),
        // The hostile-file suite driver (parent) and worker (child): see Tests/Hostile/README.md.
        .executableTarget(name: "Hostile", dependencies: ["FuzzSupport"], swiftSettings: v5),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport"], swiftSettings: v5) }
)
