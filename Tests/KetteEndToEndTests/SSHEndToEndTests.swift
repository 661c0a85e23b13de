import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `kette` binary through a real OpenSSH server on 127.0.0.1, as staff reach the Jugendamt
/// server: `ssh -t server kette` in a terminal (tmux), and `ssh server kette stages` without one.
///
/// The remote session has no LANG (no PAM, no AcceptEnv): the navigator must fall back to a UTF-8
/// locale on its own, so umlauts and dashes arrive intact.
@Suite(.serialized, .enabled(if: SSHServer.shouldRun,
                             "tmux, sshd (/usr/sbin/sshd) or ssh is not installed: SSH end-to-end tests skipped (CI installs openssh-server and openssh-client)"))
struct SSHEndToEndTests {
    /// `ssh -t HOST kette ARGS` in a tmux window; TERM travels from the client to the remote session.
    func start(_ server: SSHServer, _ args: [String] = [], term: String = "xterm-256color") throws -> Tmux {
        let remote = ([KetteBinary.path] + args).map(Tmux.quote).joined(separator: " ")
        return try Tmux(command: ["ssh", "-F", server.clientConfig, "-t", server.host, remote], environment: ["TERM": term])
    }

    @Test func navigateASharedStoreOverSSH() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let store = KetteBinary.temporaryDirectory() + "/store"
        defer { try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent) }
        let initialised = try KetteBinary.run(["init", store])
        try #require(initialised.status == 0, "kette init: \(initialised.stderr)")

        let t = try start(server, ["--store", store])
        let chain = try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        #expect(chain.contains("Geburt: Ankommen in der Familie"), "\(chain)")
        #expect(chain.contains("Kita (3–6 Jahre)"), "\(chain)")
        #expect(!chain.contains("M-C") && !chain.contains("\u{FFFD}"), "umlauts garbled without LANG:\n\(chain)")
        try t.send("4", "Enter")
        let list = try t.waitFor("sortiert nach Titel")
        #expect(list.contains("Kita (3–6 Jahre) ·"), "\(list)")
        try t.send("Enter")
        let detail = try t.waitFor("Kontakt")
        #expect(detail.contains("Angebot · o-"), "\(detail)")
        try t.send("Escape", "Escape")
        try t.waitFor("⏎ öffnet die Liste")
        try t.send("/")
        try t.type("hebamme")
        let found = try t.waitFor("Treffer für „hebamme“")
        #expect(found.contains("Hebamme"), "\(found)")
        try t.send("Escape")
        let back = try t.waitFor("⏎ öffnet die Liste")
        #expect(!back.contains("Suche:"))
        try t.send("q")
        #expect(try t.exitStatus(timeout: 15) == 0, "sshd log:\n\(server.logText)")
        #expect(server.logText.contains("Accepted publickey for \(server.user)"), "sshd log:\n\(server.logText)")
    }

    /// Over `ssh -t` from a terminal the server does not know: the fallback is named, and Ctrl-C
    /// reaches the navigator as a key through the remote terminal (it asks on an edited form).
    @Test func ctrlCAndAnUnknownTerminalOverSSH() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let store = KetteBinary.temporaryDirectory() + "/store"
        defer { try? FileManager.default.removeItem(atPath: (store as NSString).deletingLastPathComponent) }
        try #require(try KetteBinary.run(["init", store]).status == 0)
        let before = try String(contentsOfFile: store + "/offers.json", encoding: .utf8)
        let t = try start(server, ["--store", store], term: "xterm-kitty")
        let chain = try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        #expect(chain.contains("TERM „xterm-kitty“ ist hier unbekannt"), "\(chain)")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("e")
        try t.waitFor("Angebot bearbeiten · ")
        try t.type(" – über SSH")
        try t.waitFor("– über SSH")
        try t.send("C-c")
        try t.waitFor("Kette trotzdem beenden?")
        try t.send("n")
        try t.waitUntilGone("Kette trotzdem beenden?")
        try t.send("C-c")
        try t.waitFor("Kette trotzdem beenden?")
        try t.send("j")
        #expect(try t.exitStatus(timeout: 15) == 0, "sshd log:\n\(server.logText)")
        #expect(try String(contentsOfFile: store + "/offers.json", encoding: .utf8) == before, "nothing was saved")
    }

    @Test func vt100OverSSH() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let t = try start(server, term: "vt100")
        let screen = try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        #expect(screen.contains("Kita (3–6 Jahre)"), "\(screen)")
        #expect(!screen.contains("qqqq") && !screen.contains("lqq"), "line drawing garbled:\n\(screen)")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("q")
        #expect(try t.exitStatus(timeout: 15) == 0, "sshd log:\n\(server.logText)")
    }

    @Test func nonInteractiveCommandOverSSH() throws {
        let server = try SSHServer()
        defer { server.stop() }
        // The premise of the locale fallback: the remote session really has no locale set.
        let env = try server.run("env")
        try #require(env.status == 0, "ssh env: \(env.output)\nsshd log:\n\(server.logText)")
        let localeLines = env.output.split(separator: "\n").filter { $0.hasPrefix("LANG=") || $0.hasPrefix("LC_") }
        #expect(localeLines.isEmpty, "remote session sets a locale: \(localeLines)")

        let r = try server.run(Tmux.quote(KetteBinary.path) + " stages")
        #expect(r.status == 0, "\(r.output)")
        for title in ["Schwangerschaft und Geburt", "Kita (3–6 Jahre)", "Übergang Schule–Beruf", "Geburt: Ankommen in der Familie"] {
            #expect(r.output.contains(title), "\(title) missing:\n\(r.output)")
        }
        #expect(!r.output.contains("\u{1B}"), "control sequences without a terminal:\n\(r.output)")

        let failed = try server.run(Tmux.quote(KetteBinary.path) + " show gibt-es-nicht")
        #expect(failed.status != 0, "exit status must travel through ssh: \(failed.output)")
    }
}

/// A private OpenSSH server on 127.0.0.1 at a free port, with its own configuration, host key,
/// client key and log in a temporary directory, accepting only that client key for the current user.
/// ``stop()`` (also run on deinit) ends it by the pid in its PidFile.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"
    static var isAvailable: Bool {
        let fm = FileManager.default
        return Tmux.isAvailable && fm.isExecutableFile(atPath: sshd)
            && ["/usr/bin/ssh", "/usr/local/bin/ssh"].contains { fm.isExecutableFile(atPath: $0) }
    }
    /// CI sets KETTE_REQUIRE_TMUX=1: then a missing sshd or ssh fails the tests instead of skipping them.
    static var shouldRun: Bool { isAvailable || Tmux.isRequired }

    struct Failure: Error, CustomStringConvertible { var description: String }

    let directory = NSTemporaryDirectory() + "kette-sshd-\(UUID().uuidString.prefix(8))"
    let host = "kette-test"
    let user: String
    private(set) var port = 0
    var config: String { directory + "/sshd_config" }
    var clientConfig: String { directory + "/ssh_config" }
    var logFile: String { directory + "/sshd.log" }
    var pidFile: String { directory + "/sshd.pid" }
    private var stopped = false

    /// Tools run with a small, fixed environment.
    static let environment = ["PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "HOME": NSTemporaryDirectory()]

    init() throws {
        guard let pw = getpwuid(getuid()) else { throw Failure(description: "no passwd entry for uid \(getuid())") }
        user = String(cString: pw.pointee.pw_name)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for key in ["host_key", "client_key"] {
            try Self.check(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "kette-test", "-f", "\(directory)/\(key)"])
        }
        try FileManager.default.copyItem(atPath: "\(directory)/client_key.pub", toPath: "\(directory)/authorized_keys")
        // sshd's privilege separation directory (no system sshd has created it on a fresh machine).
        _ = try? Subprocess.run(["mkdir", "-p", "-m", "0755", "/run/sshd"], environment: Self.environment)
        // A free port can be taken by someone else before sshd binds it: try a few.
        var lastError: Error?
        for _ in 0..<3 {
            do {
                try start(port: try Self.freePort())
                lastError = nil
                break
            } catch {
                lastError = error
                stop()
                stopped = false
            }
        }
        if let lastError {
            stop()
            throw lastError
        }
        try """
            Host \(host)
                HostName 127.0.0.1
                Port \(port)
                User \(user)
                IdentityFile \(directory)/client_key
                IdentitiesOnly yes
                StrictHostKeyChecking no
                UserKnownHostsFile /dev/null
                LogLevel ERROR
                BatchMode yes
                ConnectTimeout 10
                ServerAliveInterval 5
                ServerAliveCountMax 3

            """.write(toFile: clientConfig, atomically: true, encoding: .utf8)
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func start(port: Int) throws {
        self.port = port
        unlink(pidFile)
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(directory)/host_key
            PidFile \(pidFile)
            AuthorizedKeysFile \(directory)/authorized_keys
            StrictModes no
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PermitRootLogin prohibit-password
            UsePAM no
            PrintMotd no
            X11Forwarding no
            AllowTcpForwarding no

            """.write(toFile: config, atomically: true, encoding: .utf8)
        try Self.check([Self.sshd, "-t", "-f", config])
        // sshd daemonises: Subprocess waits only for the parent, which exits once the daemon runs.
        try Self.check([Self.sshd, "-f", config, "-E", logFile])
        // The PidFile is written after the listening socket is bound.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let pid = pidFromFile(), kill(pid, 0) == 0, Self.accepts(port: port) { return }
            usleep(50_000)
        }
        throw Failure(description: "sshd did not start listening on 127.0.0.1:\(port); log:\n\(logText)")
    }

    /// Ends sshd: the listener by its PidFile, plus any process still started with this configuration.
    func stop() {
        guard !stopped else { return }
        stopped = true
        var pids = Set(processes(mentioning: config))
        if let pid = pidFromFile() { pids.insert(pid) }
        for pid in pids { kill(pid, SIGTERM) }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline && pids.contains(where: Self.isRunning) { usleep(50_000) }
        for pid in pids where Self.isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Runs `command` on the server without a terminal (`ssh HOST command`).
    func run(_ command: String) throws -> (status: Int32, output: String) {
        try Subprocess.run(["ssh", "-F", clientConfig, host, command], environment: Self.environment)
    }

    var logText: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    private func pidFromFile() -> pid_t? {
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8) else { return nil }
        return pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Pids whose command line names `text` (the sshd started with this directory's configuration).
    private func processes(mentioning text: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), pid != getpid(),
                  let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return nil }
            let args = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return args.contains(text) ? pid : nil
        }
    }

    /// Alive and not a zombie (a daemon's parent is init, which may reap it late).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return true }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    private static func check(_ arguments: [String]) throws {
        let r = try Subprocess.run(arguments, environment: environment)
        if r.status != 0 { throw Failure(description: "\(arguments.joined(separator: " ")) exited with \(r.status): \(r.output)") }
    }

    /// A port on 127.0.0.1 that nobody listens on right now.
    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var address = loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw Failure(description: "bind: \(String(cString: strerror(errno)))") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw Failure(description: "getsockname: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// True when something accepts TCP connections on 127.0.0.1:`port`.
    private static func accepts(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
