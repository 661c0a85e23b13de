// swift-tools-version:6.0
// The libFuzzer target for Kette's loaders. Not part of the main package: it links only with
// `-sanitize=fuzzer` (the libFuzzer runtime). Build and run it with `Tests/Fuzz/run.sh`.
import Foundation
import PackageDescription

// A path dependency is named after its directory, so the main package is found by the name of
// the checkout (`main`, `kette`, …) whatever it is.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "KetteFuzz",
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        // The declaration of libFuzzer's driver, so that main.swift can hand it the command line.
        .target(name: "CLibFuzzer"),
        .executableTarget(
            name: "kette-fuzz",
            dependencies: ["CLibFuzzer", .product(name: "KetteCore", package: root.lastPathComponent)]
        ),
    ]
)
