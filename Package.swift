// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Kette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kette", targets: ["kette"]),
        .library(name: "KetteCore", targets: ["KetteCore"]),
        .executable(name: "kette-bench", targets: ["kette-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Model, store, validation, queries and search. No terminal code.
        .target(
            name: "KetteCore",
            exclude: ["Schemas", "KetteCore.docc"]
        ),
        // The bundled demo municipality, compiled into the binary (JSON kept verbatim).
        .target(name: "KetteDemo", dependencies: ["KetteCore"]),
        // ncursesw with a small shim for the macros Swift cannot import.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "KetteTUI",
            dependencies: ["KetteCore", "CNcursesw"],
            resources: [
                .embedInCode("Themes/default.theme"),
                .embedInCode("Themes/light.theme"),
                .embedInCode("Themes/projector.theme"),
                .embedInCode("Themes/mono.theme"),
            ]
        ),
        .executableTarget(
            name: "kette",
            dependencies: [
                "KetteCore", "KetteDemo", "KetteTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark of issue 8: synthetic stores, timings against targets and reference tools.
        .executableTarget(name: "kette-bench", dependencies: ["KetteCore", "KetteDemo", "KetteTUI"]),
        .testTarget(name: "KetteCoreTests", dependencies: ["KetteCore", "KetteDemo"]),
        .testTarget(name: "KetteTUITests", dependencies: ["KetteTUI", "KetteCore", "KetteDemo"]),
        .testTarget(name: "KetteEndToEndTests", dependencies: ["KetteCore", "kette"]),
    ]
)
