import Foundation
import Testing
import KetteCore

/// Two staff members (different Unix users in one group) write to the same store in turn.
/// Runs when the tests run as root (CI does), using setpriv to act as the two users.
@Suite(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                "needs root and setpriv to act as two users"))
struct TeamStoreTests {
    @Test func twoUsersOfTheGroupSaveInTurn() throws {
        let base = KetteBinary.temporaryDirectory()
        chmod(base, 0o755)
        let dir = base + "/team"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let group = "4711"
        // The deployment recipe of the README: group, setgid directories, group-writable files.
        for cmd in [["chgrp", "-R", group, dir], ["chmod", "2770", dir], ["chmod", "2770", dir + "/cases"],
                    ["sh", "-c", "chmod 0660 \(dir)/*.json \(dir)/cases/*.json"]] {
            #expect(try Subprocess.run(cmd, environment: ["PATH": "/usr/bin:/bin"]).status == 0)
        }
        for (i, user) in ["4801", "4802", "4801"].enumerated() {
            let csv = base + "/werte-\(i).csv"
            try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;\(2040 + i);sgb2-u15;\(10 + i)\n".write(toFile: csv, atomically: true, encoding: .utf8)
            chmod(csv, 0o644)
            let r = try Subprocess.run(["setpriv", "--reuid", user, "--regid", user, "--groups", group, "sh", "-c",
                                        "umask 007 && exec \(KetteBinary.path) indicators import \(csv) --store \(dir)"],
                                       environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp"])
            #expect(r.status == 0, "user \(user): \(r.output)")
        }
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.store.meta[.indicators]?.revision == 3)
        #expect([2040, 2041, 2042].allSatisfy { y in loaded.store.values.contains { $0.year == y } })
    }
}

/// Cases in a team store, as two colleagues (different Unix users of one group) use them.
@Suite(.serialized, .enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                             "needs root and setpriv to act as two users"))
struct TeamCaseStoreTests {
    static let group = "4711"
    static let alice = "4801", bob = "4802"

    /// The README's team store, without the demo's cases; `keepCases: false` removes `cases/`
    /// altogether (a store set up before cases existed).
    func teamStore(keepCases: Bool) throws -> (base: String, store: String) {
        let base = KetteBinary.temporaryDirectory()
        chmod(base, 0o755)
        let dir = base + "/team"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        try FileManager.default.removeItem(atPath: dir + "/cases")
        if keepCases { mkdir(dir + "/cases", 0o700) }
        for cmd in [["chgrp", "-R", Self.group, dir], ["find", dir, "-type", "d", "-exec", "chmod", "2770", "{}", "+"],
                    ["find", dir, "-type", "f", "-exec", "chmod", "0660", "{}", "+"]] {
            #expect(try Subprocess.run(cmd, environment: ["PATH": "/usr/bin:/bin"]).status == 0)
        }
        return (base, dir)
    }

    func launcher(_ user: String) -> [String] {
        ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(Self.group)", "--groups=\(Self.group)", "/bin/sh", "-c",
         "umask 007 && exec \"$0\" \"$@\""]
    }

    func kette(_ user: String, _ args: [String], store: String, today: String = "2026-11-21") throws -> KetteBinary.Result {
        try KetteBinary.run(args + ["--store", store, "--today", today], environment: ["HOME": "/tmp"], launcher: launcher(user))
    }

    /// A team store without `cases/`: the first case a colleague creates must not lock the others
    /// out (the directory was created 0700, the file 0600 with the creator's group).
    @Test func theFirstCaseOfATeamStoreIsOpenToTheColleague() throws {
        let (base, store) = try teamStore(keepCases: false)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let created = try kette(Self.alice, ["case", "new", "--pseudonym", "Familie Eiche", "--district", "altstadt", "--json"], store: store)
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(try JSONParser.parse(created.stdout)["id"]?.stringValue)
        let listed = try kette(Self.bob, ["case", "list", "--json"], store: store)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("\"\(id)\""), "\(listed.stdout)")
        let edited = try kette(Self.bob, ["case", "edit", id, "--notes", "Rückruf vereinbart"], store: store)
        #expect(edited.status == 0, "\(edited.stderr)")
        let audit = try kette(Self.bob, ["audit", "--case", id], store: store)
        #expect(audit.status == 0 && audit.stdout.contains("uid\(Self.alice)") && audit.stdout.contains("uid\(Self.bob)"),
                "\(audit.stdout)\(audit.stderr)")
        var st = stat()
        #expect(stat(store + "/cases", &st) == 0 && st.st_mode & 0o7777 == 0o2770 && st.st_gid == gid_t(Self.group)!)
    }

    /// Colleagues whose own (primary) group is not the team's — `usermod -aG` adds the team as a
    /// further group — in a team store whose directories lack the setgid bit (0770): a case file
    /// and the audit log one of them creates must still belong to the team's group, or the other
    /// is locked out ("Permission denied") of the case and, through the log, of every case. The same
    /// for `cases/` itself when the first case creates it.
    @Test(arguments: [true, false]) func aTeamDirectoryWithoutSetgidStillSharesNewCaseData(keepCases: Bool) throws {
        let (base, store) = try teamStore(keepCases: keepCases)
        defer { try? FileManager.default.removeItem(atPath: base) }
        #expect(try Subprocess.run(["find", store, "-type", "d", "-exec", "chmod", "g-s", "{}", "+"],
                                   environment: ["PATH": "/usr/bin:/bin"]).status == 0)
        func own(_ user: String) -> [String] {
            ["/usr/bin/setpriv", "--reuid=\(user)", "--regid=\(user)", "--groups=\(Self.group)", "/bin/sh", "-c",
             "umask 007 && exec \"$0\" \"$@\""]
        }
        func run(_ user: String, _ args: [String]) throws -> KetteBinary.Result {
            try KetteBinary.run(args + ["--store", store, "--today", "2026-11-21"], environment: ["HOME": "/tmp"], launcher: own(user))
        }
        let created = try run(Self.alice, ["case", "new", "--pseudonym", "Familie Eiche", "--district", "altstadt", "--json"])
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(try JSONParser.parse(created.stdout)["id"]?.stringValue)
        for file in ["", "\(id).json", ".audit.log"] {
            var st = stat()
            #expect(stat("\(store)/cases/\(file)", &st) == 0 && st.st_gid == gid_t(Self.group)!, "\(file) has group \(st.st_gid)")
        }
        let shown = try run(Self.bob, ["case", "show", id])
        #expect(shown.status == 0, "\(shown.stderr)")
        let edited = try run(Self.bob, ["case", "edit", id, "--notes", "Rückruf vereinbart"])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(try run(Self.alice, ["case", "show", id]).stdout.contains("Rückruf vereinbart"))
    }

    /// `kette validate` and the case store name a fix that keeps the colleagues' access: 0660 for a
    /// case file, 2770 for the case directory — never the 0600/0700 of a store for one person.
    @Test func validateNamesTheTeamsFix() throws {
        let (base, store) = try teamStore(keepCases: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let created = try kette(Self.alice, ["case", "new", "--pseudonym", "Familie Eiche", "--district", "altstadt", "--json"], store: store)
        let id = try #require(try JSONParser.parse(created.stdout)["id"]?.stringValue, "\(created.stderr)")
        func validate(_ user: String) throws -> KetteBinary.Result {
            try KetteBinary.run(["validate", "--store", store], environment: ["HOME": "/tmp"], launcher: launcher(user))
        }
        #expect(try validate(Self.bob).status == 0)
        let file = "\(store)/cases/\(id).json"
        chmod(file, 0o664)
        let v = try validate(Self.bob)
        #expect(v.status == 1)
        #expect(v.stdout.contains("\(file):1:1: error: case file permissions 0664 are too open: others can read or change it; run `chmod 660 \(file)`"),
                "\(v.stdout)")
        let show = try kette(Self.bob, ["case", "show", id], store: store)
        #expect(show.status != 0 && show.stderr.contains("Abhilfe: chmod 660 \(file)"), "\(show.stderr)")
        chmod(file, 0o660)
        chmod(store + "/cases", 0o2775)
        let dir = try validate(Self.alice)
        #expect(dir.stdout.contains("\(store)/cases:1:1: error: case directory permissions 2775 are too open: others can reach case data; run `chmod 2770 \(store)/cases`"),
                "\(dir.stdout)")
    }

    /// `kette case purge` deletes a closed case "with its drafts" — also a colleague's draft, which
    /// lived in a folder only its owner could write (0700), so it stayed on disk with case content.
    @Test(.enabled(if: Tmux.shouldRun, "tmux is not installed")) func purgeRemovesAColleaguesDraftOfThePurgedCase() throws {
        let (base, store) = try teamStore(keepCases: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let created = try kette(Self.alice, ["case", "new", "--pseudonym", "Familie Eiche", "--district", "altstadt", "--json"],
                                store: store, today: "2020-01-10")
        #expect(created.status == 0, "\(created.stderr)")
        let id = try #require(try JSONParser.parse(created.stdout)["id"]?.stringValue)

        // Bob starts editing the case in the navigator; his terminal goes away.
        let t = try Tmux(command: launcher(Self.bob) + [KetteBinary.path, "--store", store, "--today", "2020-01-11"],
                         environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": "/tmp"])
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("F")
        try t.waitFor("Familie Eiche")
        try t.send("Enter")
        try t.waitFor("Fall \(id)")
        try t.send("e")
        try t.waitFor("bearbeiten")
        for _ in 0..<6 { try t.send("Tab") }
        try t.type("Vater erzählt")
        try t.waitFor("Vater erzählt")
        try t.hangUp()
        let draft = "\(store)/cases/.drafts/uid\(Self.bob)/\(id).json"
        #expect(FileManager.default.fileExists(atPath: draft))

        #expect(try kette(Self.alice, ["case", "edit", id, "--close"], store: store, today: "2020-01-12").status == 0)
        let purged = try kette(Self.alice, ["case", "purge"], store: store)
        #expect(purged.status == 0 && purged.stdout.contains(id), "\(purged.stdout)\(purged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(store)/cases/\(id).json"))
        #expect(!FileManager.default.fileExists(atPath: draft), "bob's draft of the purged case is still on disk")
    }
}
