import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command and waits for it with `waitpid`, its output going to a temporary file.
///
/// Foundation's `Process` can wait forever when the child leaves a daemon behind (as
/// `tmux new-session` does); `waitpid` returns as soon as the child itself has exited.
enum Subprocess {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let outputPath = NSTemporaryDirectory() + "kette-sub-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        let pid = try spawn(arguments, environment: environment, outputPath: outputPath)
        let status = wait(pid)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return (status, output)
    }

    /// Starts a command without waiting for it; its stdout and stderr go to `outputPath` (and to
    /// `errorPath`, when given, for stderr). Returns the child's pid; reap it with ``wait(_:)``.
    static func spawn(_ arguments: [String], environment: [String: String], outputPath: String,
                      errorPath: String? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let errorPath {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner blocks and ignores signals in its threads; a child must start clean, or
        // tmux never sees its children exit and programs never see SIGWINCH.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard rc == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(rc)))") }
        return pid
    }

    /// Waits for a spawned child and reaps it: its exit status, or 128 + the signal that ended it.
    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return decode(status)
    }

    /// Reaps the child if it has already ended, without blocking: its status as ``wait(_:)``
    /// gives it, or nil while it is still running.
    static func poll(_ pid: pid_t) -> Int32? {
        var status: Int32 = 0
        var r: pid_t
        repeat { r = waitpid(pid, &status, WNOHANG) } while r < 0 && errno == EINTR
        return r == pid ? decode(status) : nil
    }

    static func decode(_ status: Int32) -> Int32 {
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
