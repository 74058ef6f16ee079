// swift-tools-version:6.0
// vetdicom: a DICOM library with a Swift core and a stable C ABI (libvetdicom.so).
// CMake (CMakeLists.txt) drives this package for the shipped build; `swift test` runs the
// Swift tests directly.
import PackageDescription

let systemLibraries: [Target] = [
    .systemLibrary(name: "CTurboJPEG", path: "Sources/CTurboJPEG", pkgConfig: "libturbojpeg",
                   providers: [.apt(["libturbojpeg0-dev"])]),
    .systemLibrary(name: "COpenJPEG", path: "Sources/COpenJPEG", pkgConfig: "libopenjp2",
                   providers: [.apt(["libopenjp2-7-dev"])]),
    .systemLibrary(name: "CCharLS", path: "Sources/CCharLS", pkgConfig: "charls",
                   providers: [.apt(["libcharls-dev"])]),
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                   providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CPNG", path: "Sources/CPNG", pkgConfig: "libpng",
                   providers: [.apt(["libpng-dev"])]),
]

// The shipped library's link flags: only `vetdicom_*` exported, its soname, lld. They apply to
// every binary that links the VetDICOM target, the test bundle too; a sanitizer run must keep the
// runtime's interceptors (pthread_create, malloc, ...) exported, so scripts/asan-test.sh and
// scripts/tsan-test.sh set VETDICOM_SANITIZER=1 to leave the version script out (a TSan test
// bundle linked with it crashed in __tsan_func_entry on the first thread libFoundation started).
let sanitizing = Context.environment["VETDICOM_SANITIZER"] != nil
let exportFlags: [String] = sanitizing ? [] : [
    "-Xlinker", "--version-script=\(Context.packageDirectory)/cmake/vetdicom.map",
    "-Xlinker", "-soname=libvetdicom.so.1",
    // lld, not gold: gold leaves the Swift type descriptors that modules reach
    // through the GOT in .dynsym (LOCAL, with GLOB_DAT relocations) although the
    // version script makes them local; lld resolves them to RELATIVE relocations.
    "-use-ld=lld",
]

let package = Package(
    name: "vetdicom",
    products: [
        .library(name: "vetdicom", type: .dynamic, targets: ["VetDICOM"]),
        .executable(name: "vetdicom-cli", targets: ["vetdicom-cli"]),
        // The Swift modules for Swift callers and for the fuzz package in Fuzz/ (linked statically).
        .library(name: "VetDICOMSwift", targets: ["VetDICOM", "DICOMCore", "DICOMCodecs", "DICOMRendering"]),
        // The test-only synthetic-file generator (deviations on purpose), for Fuzz/.
        .library(name: "VetDICOMTestWriter", targets: ["TestWriter"]),
    ],
    targets: systemLibraries + [
        // Small C helpers: thread-local error text, iconv.
        .target(name: "CVetSupport", path: "Sources/CVetSupport"),
        // Bytes, tags, VRs, errors, limits, the data dictionary, character sets, the parser.
        .target(name: "DICOMCore", dependencies: ["CVetSupport", "CZlib"]),
        // JPEG: libturbojpeg for 8-bit baseline, native Swift for 12-bit DCT and lossless.
        .target(name: "DICOMJPEG", dependencies: ["DICOMCore", "CTurboJPEG"]),
        // HTJ2K through OpenJPH (C++, Debian libopenjph-dev): a C interface for the Swift core.
        // Debian's openjph.pc is empty, so the library is named here (headers: <openjph/...>).
        .target(name: "COpenJPHShim", path: "Sources/COpenJPHShim",
                linkerSettings: [.linkedLibrary("openjph")]),
        // Pixel description, frame location, the codec registry, encoders, JPEG-LS, JPEG 2000,
        // HTJ2K, RLE and pixel corrections.
        .target(name: "DICOMCodecs", dependencies: ["DICOMCore", "DICOMJPEG", "COpenJPEG", "CCharLS", "CZlib", "COpenJPHShim"]),
        // Modality LUT, VOI, presentation, colour, output encoders (PNG, JPEG).
        .target(name: "DICOMRendering", dependencies: ["DICOMCore", "DICOMCodecs", "CPNG", "CTurboJPEG"]),
        // The Swift facade and the exported C functions (the only `vetdicom_*` symbols).
        .target(name: "VetDICOM",
                dependencies: ["DICOMCore", "DICOMCodecs", "DICOMRendering", "CVetSupport"],
                linkerSettings: [.unsafeFlags(exportFlags)]),
        .executableTarget(name: "vetdicom-cli", dependencies: ["VetDICOM"],
                          swiftSettings: [.swiftLanguageMode(.v5)]),
        // Writes synthetic DICOM in memory for tests (every VR, sequences, transfer syntaxes).
        .target(name: "TestWriter", dependencies: ["DICOMCore", "CZlib"], path: "Tests/TestWriter"),
        .target(name: "TestSupport", dependencies: ["DICOMCore", "TestWriter"], path: "Tests/TestSupport"),
        .testTarget(name: "DICOMCoreTests", dependencies: ["DICOMCore", "TestSupport"]),
        .testTarget(name: "DICOMJPEGTests", dependencies: ["DICOMJPEG", "DICOMCore", "CTurboJPEG", "TestSupport"],
                    exclude: ["extract_jpeg_frames.py", "make_dcmtk_streams.py"]),
        .testTarget(name: "DICOMCodecsTests",
                    dependencies: ["DICOMCodecs", "DICOMCore", "TestSupport", "CTurboJPEG", "COpenJPEG", "CCharLS"]),
        .testTarget(name: "DICOMRenderingTests", dependencies: ["DICOMRendering", "DICOMCodecs", "DICOMCore", "TestSupport"]),
        .testTarget(name: "VetDICOMTests", dependencies: ["VetDICOM", "DICOMCore", "TestSupport"]),
    ]
)
