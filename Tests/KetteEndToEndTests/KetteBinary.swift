import Foundation

/// Runs the built `kette` binary as a user would, capturing its output.
enum KetteBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Standard output as it came (e.g. a Windows-1252 export, which is no UTF-8).
        var stdoutBytes: [UInt8] = []
    }

    /// The build directory that holds both the test bundle and `kette`.
    static var buildDirectory: URL {
        var url = Bundle.main.bundleURL
        for _ in 0..<4 {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("kette").path) { return url }
            url = url.deletingLastPathComponent()
        }
        // `swift test` runs the xctest bundle from the build directory.
        for b in Bundle.allBundles {
            let dir = b.bundleURL.deletingLastPathComponent()
            if FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("kette").path) { return dir }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug")
    }

    /// The binary under test: the one built next to the tests, or `KETTE_TEST_BINARY` — e.g. the
    /// release build with the Swift runtime linked in, as the team guide installs it.
    static var path: String {
        if let binary = ProcessInfo.processInfo.environment["KETTE_TEST_BINARY"], !binary.isEmpty { return binary }
        return buildDirectory.appendingPathComponent("kette").path
    }

    /// A clean environment: no store, no language set, unless given. With a `launcher` (e.g.
    /// `["/usr/bin/setpriv", "--reuid=65534", …]`), kette runs through it, as another user.
    static func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = []) throws -> Result {
        let p = Process()
        let command = launcher + [path] + arguments
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env["KETTE_STORE"] = nil
        env["KETTE_LANG"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: [UInt8](outData))
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "kette-e2e-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
