import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Monotonic time in seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// One finished child process: wall time from spawn to exit, peak memory, exit status, output.
struct ChildRun {
    var seconds: Double
    /// Monotonic clock at spawn (the child can report its own moments on the same clock).
    var started: Double = 0
    /// ru_maxrss of the child, in bytes.
    var peakBytes: Int
    var status: Int32
    var stdout: [UInt8]
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }

    /// Seconds from spawn to a moment the child printed as `NAME <monotonic seconds>` on a line of its own.
    func moment(_ name: String) -> Double? { value(name).map { $0 - started } }

    /// The number the child printed after `name` on a line of its own.
    func value(_ name: String) -> Double? {
        for line in stdoutText.split(separator: "\n") where line.hasPrefix(name + " ") {
            if let t = Double(line.dropFirst(name.count + 1)) { return t }
        }
        return nil
    }
}

enum Proc {
    /// The environment of this process with some variables replaced.
    static func environment(_ overrides: [String: String] = [:]) -> [String] {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in overrides { env[k] = v }
        return env.map { "\($0.key)=\($0.value)" }
    }

    /// The full path of a program on PATH, or nil.
    static func which(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let full = "\(dir)/\(name)"
            if access(full, X_OK) == 0 { return full }
        }
        return nil
    }

    /// This executable's path.
    static var selfPath: String {
        var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buf, buf.count - 1)
        if n > 0 { return String(decoding: buf[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments[0]
    }

    /// Runs `argv` with stdin from /dev/null (or `stdinPath`), stdout through a pipe that is read
    /// to the end (so tools that stop early on /dev/null cannot), stderr to /dev/null; waits for
    /// it and returns its wall time and rusage peak memory.
    static func run(_ argv: [String], stdinPath: String = "/dev/null", env: [String]? = nil,
                    keepStdout: Bool = true) -> ChildRun {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { fatalError("pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])

        let environment = env ?? environment()
        var pid: pid_t = 0
        let start = now()
        let rc = withCStrings(argv) { cargv in
            withCStrings(environment) { cenv in
                posix_spawn(&pid, argv[0], &actions, nil, cargv, cenv)
            }
        }
        close(fds[1])
        guard rc == 0 else {
            close(fds[0])
            return ChildRun(seconds: 0, peakBytes: 0, status: -1, stdout: Array("spawn failed: \(String(cString: strerror(rc)))".utf8))
        }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            if keepStdout { out.append(contentsOf: chunk[0..<n]) }
        }
        close(fds[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = now() - start
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(seconds: seconds, started: start, peakBytes: Int(usage.ru_maxrss) * 1024, status: code, stdout: out)
    }

    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        pointers.append(nil)
        defer { for p in pointers { free(p) } }
        return body(pointers)
    }
}

/// Runs a program in a fresh pseudo-terminal and counts the bytes it writes after each key.
struct PtySession {
    let master: Int32
    let pid: pid_t
    let started: Double

    /// Starts `argv` with its stdin, stdout and stderr on the slave side of a new pty of the given size.
    init?(_ argv: [String], columns: Int, rows: Int, env: [String]) {
        // posix_openpt and friends are not imported into Swift (they need _XOPEN_SOURCE): look them up.
        guard let pty = PtyFunctions.shared else { return nil }
        let m = pty.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard m >= 0 else { return nil }
        guard pty.grantpt(m) == 0, pty.unlockpt(m) == 0, let name = pty.ptsname(m) else { close(m); return nil }
        let slavePath = String(cString: name)
        let s = open(slavePath, O_RDWR | O_NOCTTY)
        guard s >= 0 else { close(m); return nil }
        var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(s, UInt(TIOCSWINSZ), &ws)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_adddup2(&actions, s, fd) }
        posix_spawn_file_actions_addclose(&actions, s)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        // POSIX_SPAWN_SETSID (glibc ≥ 2.26): the child gets a session of its own, away from ours.
        posix_spawnattr_setflags(&attr, Int16(0x80))
        var p: pid_t = 0
        let start = now()
        let rc = Proc.withCStrings(argv) { cargv in
            Proc.withCStrings(env) { cenv in posix_spawn(&p, argv[0], &actions, &attr, cargv, cenv) }
        }
        close(s)
        guard rc == 0 else { close(m); return nil }
        master = m
        pid = p
        started = start
    }

    /// Reads until the program has been quiet for `quiet` seconds after its first byte, or until
    /// `firstTimeout` passes without any byte. Returns the bytes and when the first one came.
    func drain(firstTimeout: Double, quiet: Double = 0.25) -> (bytes: [UInt8], firstByteAt: Double?, lastByteAt: Double?) {
        var out: [UInt8] = []
        var first: Double?
        var last: Double?
        let deadline = now() + firstTimeout
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let wait = first == nil ? max(0, deadline - now()) : quiet
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, Int32(wait * 1000))
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { break }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            if first == nil { first = now() }
            last = now()
            out.append(contentsOf: buffer[0..<n])
        }
        return (out, first, last)
    }

    /// Reads whatever the program writes until the moment `deadline` (on the clock of ``now()``).
    func collect(until deadline: Double) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let wait = deadline - now()
            if wait <= 0 { break }
            var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, Int32((wait * 1000).rounded(.up)))
            if r < 0 && errno == EINTR { continue }
            if r < 0 { break }
            if r == 0 { continue }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress!, $0.count) }
            if n <= 0 { break }
            out.append(contentsOf: buffer[0..<n])
        }
        return out
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
    }

    /// Sends `q`, waits up to two seconds for the program to end, else ends it.
    func finish() {
        send("q")
        _ = drain(firstTimeout: 0.5, quiet: 0.1)
        var status: Int32 = 0
        let deadline = now() + 2
        while now() < deadline {
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return }
            usleep(20_000)
        }
        kill(pid, SIGTERM)
        waitpid(pid, &status, 0)
        close(master)
    }
}

/// libc's pseudo-terminal functions, found at run time.
struct PtyFunctions: @unchecked Sendable {
    typealias IntFn = @convention(c) (Int32) -> Int32
    typealias NameFn = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
    let openpt: IntFn, grantpt: IntFn, unlockpt: IntFn, ptsname: NameFn

    static let shared: PtyFunctions? = {
        guard let libc = dlopen(nil, RTLD_NOW),
              let a = dlsym(libc, "posix_openpt"), let b = dlsym(libc, "grantpt"),
              let c = dlsym(libc, "unlockpt"), let d = dlsym(libc, "ptsname") else { return nil }
        return PtyFunctions(openpt: unsafeBitCast(a, to: IntFn.self), grantpt: unsafeBitCast(b, to: IntFn.self),
                            unlockpt: unsafeBitCast(c, to: IntFn.self), ptsname: unsafeBitCast(d, to: NameFn.self))
    }()
}

/// Prints a line at once (progress of a long run), without going through stdio buffers.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
