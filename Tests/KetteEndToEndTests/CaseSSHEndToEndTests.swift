import Foundation
import Testing
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// Cases as a Jugendamt team uses them: several colleagues, each with their own Unix account, log in
/// to the server over SSH (the private sshd of ``SSHServer``) and work on one team store (the
/// README's recipe: group, 2770 directories, 0660 files, `umask 007`).
///
/// The sshd accepts the test's key for the user running the tests (root in CI); each session then
/// becomes a colleague with `setpriv` (numeric uids in one numeric group: no accounts are added to
/// the system), as `ForceCommand`/a login shell would start kette as that account. Kette names the
/// user it runs as (`uidNNNN` for a uid without a passwd entry).
@Suite(.serialized, .enabled(if: SSHServer.shouldRun && getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                             "needs tmux, sshd, ssh, root and setpriv (several users over SSH)"))
struct CaseSSHEndToEndTests {
    static let group = "4711"
    static let alice: uid_t = 4801, bob: uid_t = 4802, outsider: uid_t = 4803
    static let today = "2026-11-21"

    /// The name kette gives a uid (OSUser.current: passwd entry, else `uidNNNN`).
    static func name(_ uid: uid_t) -> String {
        getpwuid(uid).map { String(cString: $0.pointee.pw_name) } ?? "uid\(uid)"
    }

    /// A copy of the demo store shared by the group, cases open to alice and bob only.
    func teamStore() throws -> (base: String, store: String) {
        let base = KetteBinary.temporaryDirectory()
        chmod(base, 0o755)
        let store = base + "/team"
        let r = try KetteBinary.run(["init", store])
        try #require(r.status == 0, "kette init: \(r.stderr)")
        let users = [Self.alice, Self.bob].map { "\"\(Self.name($0))\"" }.joined(separator: ", ")
        try """
            {"format": "kette-store", "version": 1, "municipality": "Musterstadt", "locale": "de-DE",
             "cases": {"users": [\(users)]}}

            """.write(toFile: store + "/store.json", atomically: false, encoding: .utf8)
        for cmd in [["chgrp", "-R", Self.group, store], ["find", store, "-type", "d", "-exec", "chmod", "2770", "{}", "+"],
                    ["find", store, "-type", "f", "-exec", "chmod", "0660", "{}", "+"]] {
            let done = try Subprocess.run(cmd, environment: SSHServer.environment)
            try #require(done.status == 0, "\(cmd): \(done.output)")
        }
        return (base, store)
    }

    /// The remote command line: kette as `uid` (in the team group), with `umask 007`.
    func remote(_ uid: uid_t, _ args: [String]) -> String {
        (["env", "HOME=/tmp", "setpriv", "--reuid=\(uid)", "--regid=\(Self.group)", "--groups=\(Self.group)",
          "sh", "-c", "umask 007 && exec \"$0\" \"$@\"", KetteBinary.path] + args).map(Tmux.quote).joined(separator: " ")
    }

    /// `ssh -t HOST kette …` as `uid` in a tmux window (the navigator).
    func navigator(_ server: SSHServer, as uid: uid_t, store: String, width: Int = 80, height: Int = 24) throws -> Tmux {
        try Tmux(width: width, height: height,
                 command: ["ssh", "-F", server.clientConfig, "-t", server.host,
                           remote(uid, ["--store", store, "--today", Self.today])],
                 environment: ["TERM": "xterm-256color"])
    }

    /// `ssh HOST kette …` as `uid`, without a terminal.
    func command(_ server: SSHServer, as uid: uid_t, _ args: [String], store: String) throws -> (status: Int32, output: String) {
        try server.run(remote(uid, args + ["--store", store, "--today", Self.today]))
    }

    /// In the navigator: the case list, then demo-002 (fourth by follow-up), then its editor with
    /// the cursor at the end of the notes.
    func openNotesOfDemo002(_ t: Tmux) throws {
        try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        try t.send("F")
        try t.waitFor("Fälle (alle)")
        try t.send("Down", "Down", "Down", "Enter")
        try t.waitFor("Fall demo-002")
        try t.send("e")
        try t.waitFor("Fall demo-002 bearbeiten")
        for _ in 0..<6 { try t.send("Tab") }
        try t.send("End")
    }

    func caseFile(_ store: String, _ id: String) throws -> JSONNode {
        try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(store)/cases/\(id).json"))))
    }

    func audit(_ store: String) throws -> [[String]] {
        try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Two colleagues edit the same case in two SSH sessions at once: the second save is refused as
    /// a conflict naming the first, the second's input stays in the form, and saving again replaces
    /// the other version knowingly. Nothing is overwritten silently; the audit log names both.
    @Test func twoColleaguesEditingOneCaseOverSSHMeetAConflict() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let (base, store) = try teamStore()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let revision = try #require(try caseFile(store, "demo-002")["revision"]?.intValue)

        let a = try navigator(server, as: Self.alice, store: store)
        let b = try navigator(server, as: Self.bob, store: store)
        try openNotesOfDemo002(a)
        try openNotesOfDemo002(b)
        try a.type(" Alice-Notiz")
        try b.type(" Bob-Notiz")
        try a.send("C-s")
        try a.waitFor("Fall demo-002 gespeichert")
        #expect(try caseFile(store, "demo-002")["notes"]?.stringValue?.hasSuffix(" Alice-Notiz") == true)

        try b.send("C-s")
        let conflict = try b.waitFor("Konflikt")
        #expect(conflict.contains(Self.name(Self.alice)), "the notice names who saved meanwhile:\n\(conflict)")
        var saved = try caseFile(store, "demo-002")
        #expect(saved["notes"]?.stringValue?.hasSuffix(" Alice-Notiz") == true, "bob's save must not replace alice's")
        #expect(saved["revision"]?.intValue == revision + 1)
        // Bob's input is kept (form and draft); saving again replaces alice's version knowingly.
        try b.send("C-s")
        try b.waitFor("Fall demo-002 gespeichert")
        saved = try caseFile(store, "demo-002")
        #expect(saved["notes"]?.stringValue?.hasSuffix(" Bob-Notiz") == true)
        #expect(saved["updatedBy"]?.stringValue == Self.name(Self.bob))
        #expect(saved["revision"]?.intValue == revision + 2)
        try a.send("q")
        try b.send("q")
        #expect(try a.exitStatus(timeout: 15) == 0 && b.exitStatus(timeout: 15) == 0, "sshd log:\n\(server.logText)")

        // The audit log names both SSH users, never content; the file stays the team's.
        let lines = try audit(store).filter { $0.count == 4 && $0[3] == "demo-002" }
        #expect(lines.contains { $0[1] == Self.name(Self.alice) && $0[2] == "update" }, "\(lines)")
        #expect(lines.contains { $0[1] == Self.name(Self.bob) && $0[2] == "update" }, "\(lines)")
        #expect(lines.contains { $0[1] == Self.name(Self.bob) && $0[2] == "read" }, "\(lines)")
        let log = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(!log.contains("Notiz") && !log.contains("Kranich"))
        let shown = try command(server, as: Self.bob, ["audit", "--case", "demo-002", "--action", "update"], store: store)
        #expect(shown.status == 0, "\(shown.output)")
        #expect(shown.output.contains(Self.name(Self.alice)) && shown.output.contains(Self.name(Self.bob)), "\(shown.output)")
        var st = stat()
        #expect(stat("\(store)/cases/demo-002.json", &st) == 0 && st.st_mode & 0o777 == 0o660 && st.st_gid == gid_t(Self.group)!)
    }

    /// A colleague outside the store's roles (same Unix group, so the file modes would let them in)
    /// sees no case over SSH, neither on the command line nor in the navigator, and leaves no trace
    /// in the audit log; offers stay available to them.
    @Test func aColleagueOutsideTheRolesSeesNoCaseOverSSH() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let (base, store) = try teamStore()
        defer { try? FileManager.default.removeItem(atPath: base) }
        // Alice lists the cases first, so the log exists.
        #expect(try command(server, as: Self.alice, ["case", "list"], store: store).status == 0)
        let before = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        #expect(before.contains("\t\(Self.name(Self.alice))\tlist\t"))

        for args in [["case", "list"], ["case", "show", "demo-001"], ["audit"], ["case", "due"], ["case", "purge", "--dry-run"]] {
            let r = try command(server, as: Self.outsider, args, store: store)
            #expect(r.status != 0, "\(args): \(r.output)")
            #expect(r.output.contains("darf keine Fälle sehen"), "\(args): \(r.output)")
            #expect(!r.output.contains("Ahorn") && !r.output.contains("demo-00"), "\(args): \(r.output)")
        }
        let offers = try server.run(remote(Self.outsider, ["list", "--store", store]))
        #expect(offers.status == 0, "\(offers.output)")

        let t = try navigator(server, as: Self.outsider, store: store)
        try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        try t.send("F")
        let screen = try t.waitFor("nicht freigegeben")
        for pseudonym in ["Ahorn", "Kranich", "Lerche", "Weide", "demo-00"] {
            #expect(!screen.contains(pseudonym), "\(screen)")
        }
        try t.send("q")
        #expect(try t.exitStatus(timeout: 15) == 0)
        #expect(try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8) == before)
    }

    /// The SSH client is killed while alice types in the case editor: the remote navigator ends,
    /// the draft is on disk. Bob changes the case meanwhile. When alice opens the editor again her
    /// draft is back — and saving it meets bob's version as a conflict instead of replacing it.
    @Test func aDraftSurvivesAKilledSSHClientAndDoesNotOverwriteAColleague() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let (base, store) = try teamStore()
        defer { try? FileManager.default.removeItem(atPath: base) }

        var a = try navigator(server, as: Self.alice, store: store)
        try openNotesOfDemo002(a)
        try a.type(" Entwurf vor dem Abbruch")
        try a.waitFor("Abbruch")
        // Kill the ssh client itself (the pane's shell waits for it).
        let pane = try #require(pid_t(try a.tmux(["display-message", "-p", "-t", a.target, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let ssh = try #require(children(of: pane).first { command(of: $0).first?.hasSuffix("ssh") == true },
                               "no ssh client under the pane")
        #expect(kill(ssh, SIGKILL) == 0)
        // The remote navigator must end once the connection is gone (no kette left on the store).
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline && !processes(mentioning: store).isEmpty { usleep(100_000) }
        #expect(processes(mentioning: store).isEmpty, "kette still running after the connection dropped")

        let draftDir = "\(store)/cases/.drafts/\(Self.name(Self.alice))"
        let draft = try String(contentsOfFile: "\(draftDir)/demo-002.json", encoding: .utf8)
        #expect(draft.contains("Entwurf vor dem Abbruch"))
        var st = stat()
        #expect(stat("\(draftDir)/demo-002.json", &st) == 0 && st.st_mode & 0o777 == 0o600 && st.st_uid == Self.alice)

        // Bob changes the follow-up on the command line meanwhile.
        let edited = try command(server, as: Self.bob, ["case", "edit", "demo-002", "--follow-up", "2027-01-15"], store: store)
        #expect(edited.status == 0, "\(edited.output)")

        a = try navigator(server, as: Self.alice, store: store)
        try a.waitFor("Übergang Schule–Beruf", timeout: 30)
        try a.send("F")
        try a.waitFor("Fälle (alle)")
        // demo-002 (follow-up 2027-01-15 now) is last of four.
        try a.send("Down", "Down", "Down", "Enter")
        try a.waitFor("Fall demo-002")
        try a.send("e")
        try a.waitFor("Entwurf wiederhergestellt")
        try a.send("C-s")
        let conflict = try a.waitFor("Konflikt")
        #expect(conflict.contains(Self.name(Self.bob)), "\(conflict)")
        var c = try caseFile(store, "demo-002")
        #expect(c["followUp"]?.stringValue == "2027-01-15", "bob's change was silently replaced by alice's old draft")
        #expect(c["notes"]?.stringValue?.contains("Abbruch") != true)
        try a.send("C-s")
        try a.waitFor("Fall demo-002 gespeichert")
        c = try caseFile(store, "demo-002")
        #expect(c["notes"]?.stringValue?.hasSuffix(" Entwurf vor dem Abbruch") == true)
        #expect(!FileManager.default.fileExists(atPath: "\(draftDir)/demo-002.json"), "a saved case leaves no draft")
        try a.send("q")
        #expect(try a.exitStatus(timeout: 15) == 0)
    }

    /// Control sequences typed into a case (pseudonym, child alias, notes) never reach a
    /// colleague's terminal: not in `kette case list/show/audit` output over SSH, and not in the
    /// navigator (an OSC title sequence would rename the tmux pane).
    @Test func escapeSequencesInCaseDataNeverReachAnSSHTerminal() throws {
        let server = try SSHServer()
        defer { server.stop() }
        let (base, store) = try teamStore()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let created = try command(server, as: Self.alice,
                                  ["case", "new", "--pseudonym", "Familie \u{1B}]0;pwned\u{07}Eiche", "--district", "altstadt",
                                   "--child", "K\u{1B}[31mind:2020-01", "--notes", "\u{1B}[2J weg\u{9B}31m", "--json"], store: store)
        #expect(created.status == 0, "\(created.output)")
        let id = try #require(try JSONParser.parse(created.output)["id"]?.stringValue)
        for args in [["case", "list"], ["case", "show", id], ["case", "due"], ["audit"], ["case", "list", "--json"], ["case", "show", id, "--json"]] {
            let r = try command(server, as: Self.bob, args, store: store)
            #expect(r.status == 0, "\(args): \(r.output)")
            #expect(!r.output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B }, "\(args): \(r.output)")
        }
        let t = try navigator(server, as: Self.bob, store: store, width: 100, height: 30)
        try t.waitFor("Übergang Schule–Beruf", timeout: 30)
        try t.send("F")
        try t.waitFor(id)
        try t.send("End", "Enter")
        let detail = try t.waitFor("Entlang der Kette")
        #expect(detail.contains("\\x1B]0;pwned"), "shown escaped: \(detail)")
        #expect(detail.contains("\\x1B[2J weg"), "\(detail)")
        let title = try t.tmux(["display-message", "-p", "-t", t.target, "#{pane_title}"])
        #expect(!title.contains("pwned"), "the pseudonym renamed the terminal: \(title)")
        try t.send("q")
        #expect(try t.exitStatus(timeout: 15) == 0)
    }

    /// A real SSH login of an existing account (no setpriv): the case's owner and the audit log
    /// name that login. Runs when the system has a non-root account with a shell (none is added).
    @Test(.enabled(if: CaseSSHEndToEndTests.loginAccount != nil, "no unlocked non-root account with a login shell on this system"))
    func theAuditNamesTheSSHLoginAccount() throws {
        let account = try #require(Self.loginAccount)
        let server = try SSHServer()
        defer { server.stop() }
        let base = KetteBinary.temporaryDirectory()
        chmod(base, 0o755)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let store = base + "/own"
        #expect(try KetteBinary.run(["init", store]).status == 0)
        #expect(try Subprocess.run(["chown", "-R", "\(account.uid):\(account.gid)", store], environment: SSHServer.environment).status == 0)
        func login(_ command: String) throws -> (status: Int32, output: String) {
            try Subprocess.run(["ssh", "-F", server.clientConfig, "-l", account.name, server.host, command], environment: SSHServer.environment)
        }
        let who = try login("id -un")
        try #require(who.status == 0 && who.output.trimmingCharacters(in: .whitespacesAndNewlines) == account.name,
                     "ssh login as \(account.name): \(who.output)\nsshd log:\n\(server.logText)")
        let kette = Tmux.quote(KetteBinary.path)
        let created = try login("umask 077 && \(kette) case new --pseudonym 'Familie Eiche' --district altstadt --json --store \(Tmux.quote(store))")
        #expect(created.status == 0, "\(created.output)")
        let c = try JSONParser.parse(created.output)
        #expect(c["owner"]?.stringValue == account.name)
        let id = try #require(c["id"]?.stringValue)
        let audit = try login("\(kette) audit --json --case \(id) --store \(Tmux.quote(store))")
        #expect(audit.status == 0, "\(audit.output)")
        let users = try JSONParser.parse(audit.output).arrayValue?.compactMap { $0["user"]?.stringValue } ?? []
        #expect(!users.isEmpty && users.allSatisfy { $0 == account.name }, "\(users)")
        var st = stat()
        #expect(stat("\(store)/cases/\(id).json", &st) == 0 && st.st_uid == account.uid && st.st_mode & 0o777 == 0o600)
    }

    /// The first account with uid 1000…65533, an executable shell ending in "sh" and a password
    /// entry that is not locked ("!…": sshd without PAM refuses such accounts even with a key).
    static let loginAccount: (name: String, uid: uid_t, gid: gid_t)? = {
        setpwent()
        defer { endpwent() }
        while let pw = getpwent() {
            let uid = pw.pointee.pw_uid, shell = String(cString: pw.pointee.pw_shell)
            let name = String(cString: pw.pointee.pw_name)
            let shadow = (try? Subprocess.run(["getent", "shadow", name], environment: SSHServer.environment))?.output ?? ""
            let locked = shadow.split(separator: ":", omittingEmptySubsequences: false).dropFirst().first.map { $0.hasPrefix("!") } ?? true
            if (1000..<65534).contains(uid), !locked, shell.hasSuffix("sh"), FileManager.default.isExecutableFile(atPath: shell) {
                return (name, uid, pw.pointee.pw_gid)
            }
        }
        return nil
    }()

    // MARK: Processes

    func children(of pid: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    func command(of pid: pid_t) -> [String] {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return [] }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Live kette processes whose command line names `text`.
    func processes(mentioning text: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), pid != getpid() else { return nil }
            let args = command(of: pid)
            guard args.first?.hasSuffix("/kette") == true, args.contains(text) else { return nil }
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
               let close = stat.lastIndex(of: ")"),
               stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z") { return nil }
            return pid
        }
    }
}
