// swift-tools-version:6.0
// libFuzzer targets and the hostile-file driver for vetdicom. A separate package so that
// `swift build` / `swift test` of the root package never see `--sanitize fuzzer`.
//
//   swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
//       --sanitize fuzzer --sanitize address --disable-dead-strip --product FuzzParse
//
// Fuzz/run.sh TARGET SECONDS does that and runs the target on its corpus.
import PackageDescription

// The root package's identity is the name of its directory (a path dependency).
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() }
    ?? "vetdicom"

let fuzzTargets = ["FuzzParse", "FuzzDecode", "FuzzNative", "FuzzJPEG", "FuzzJPEGLS", "FuzzJ2K", "FuzzRLE",
                   "FuzzDeflate", "FuzzRender", "FuzzWrite"]

let v5: [SwiftSetting] = [.swiftLanguageMode(.v5)]

let package = Package(
    name: "VetDICOMFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // The harness bodies, shared by the libFuzzer targets, the hostile driver and seed generation.
        .target(name: "FuzzSupport", dependencies: [.product(name: "VetDICOMSwift", package: rootIdentity),
                                                   .product(name: "VetDICOMTestWriter", package: rootIdentity)],
                swiftSettings: v5),
        // Writes seed corpora (synthetic files from the writer, codestreams from ../shared/corpus).
        .executableTarget(name: "FuzzSeeds", dependencies: ["FuzzSupport"], swiftSettings: v5),
        // The hostile-file suite driver (parent) and worker (child): see Tests/Hostile/README.md.
        .executableTarget(name: "Hostile", dependencies: ["FuzzSupport"], swiftSettings: v5),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport"], swiftSettings: v5) }
)
