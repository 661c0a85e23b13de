import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a program in a detached tmux session of a fixed size, as a person at a terminal would:
/// type keys, read the screen. Each instance has its own tmux server (socket), so tests never
/// touch a user's sessions.
final class Tmux {
    /// True when tmux is installed. CI sets KETTE_REQUIRE_TMUX=1: then a missing tmux fails the
    /// tests instead of skipping them.
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
    static var isRequired: Bool { ProcessInfo.processInfo.environment["KETTE_REQUIRE_TMUX"] == "1" }
    static var shouldRun: Bool { isAvailable || isRequired }

    let socket = "kette-test-\(UUID().uuidString.prefix(8))"
    let target = "kette"
    /// The program's exit status is written here by the shell that runs it (tmux's own record of
    /// it is not reliable).
    let statusFile = NSTemporaryDirectory() + "kette-exit-\(UUID().uuidString)"

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Starts `command` with exactly `environment` (plus PATH and HOME) in a `width`×`height` window.
    init(width: Int = 80, height: Int = 24, command: [String], environment: [String: String] = [:]) throws {
        var env = ["PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        for (k, v) in environment { env[k] = v }
        let envArgs = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let wrapped = ["/bin/sh", "-c", "\"$@\"; echo $? > \(Self.quote(statusFile))", "sh"] + command
        let shell = "env -i \(envArgs) " + wrapped.map(Self.quote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(width), "-y", String(height), shell])
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink(statusFile)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["LANG"] = "C.UTF-8"
        let r = try Subprocess.run(["tmux", "-u", "-L", socket] + args, environment: env)
        if r.status != 0 { throw Failure(description: "tmux \(args.joined(separator: " ")): \(r.output)") }
        return r.output
    }

    /// The terminal goes away, as when an SSH connection drops: tmux closes the pane and the
    /// program gets SIGHUP.
    func hangUp() throws {
        try tmux(["kill-server"])
    }

    /// Sends tmux key names (`Down`, `Enter`, `Escape`, `q` …).
    func send(_ keys: String...) throws {
        for k in keys {
            try tmux(["send-keys", "-t", target, k])
            usleep(30_000)
        }
    }

    /// Types literal text.
    func type(_ text: String) throws {
        for c in text {
            try tmux(["send-keys", "-t", target, "-l", String(c)])
            usleep(30_000)
        }
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

    /// Waits until `text` is on screen; returns the screen. Throws with the last screen on timeout.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \"\(text)\"; screen was:\n\(last)")
    }

    /// Waits until `text` is gone from the screen.
    @discardableResult
    func waitUntilGone(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \"\(text)\" to go; screen was:\n\(last)")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The program's exit status once it has ended (nil if it is still running at the timeout).
    func exitStatus(timeout: Double = 10) throws -> Int? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8),
               let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(50_000)
        }
        return nil
    }
}
