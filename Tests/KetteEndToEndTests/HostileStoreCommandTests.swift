import Foundation
import Testing
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// A store with escape sequences and control characters in every text field (and, in a second
/// variant, in ids and references too), and stores nobody may write: the commands print no
/// control character and change nothing.
@Suite(.serialized) struct HostileStoreCommandTests {
    static let hostile = "\u{1B}[2J\u{1B}]0;x\u{07}\u{9B}31m\u{7F}\u{0}\r\u{202E}"

    /// Keys whose strings are ids, references, codes, enumerations or dates.
    static let structural: Set<String> = [
        "id", "format", "locale", "stages", "transitions", "districts", "languages", "field", "status",
        "updated", "created", "from", "to", "indicator", "district", "better", "birthMonth", "followUp",
        "indicators", "needs", "offer", "until",
    ]

    static func poison(_ node: JSONNode, key: String? = nil, ids: Bool) -> JSONNode {
        switch node.kind {
        case .string(let s):
            guard let key else { return node }
            if structural.contains(key) {
                // Ids and references get the same text, so the store stays consistent but invalid.
                guard ids, !["format", "locale", "status", "field", "better", "updated", "created", "birthMonth",
                             "followUp", "until"].contains(key) else { return node }
                return .string(s + "\u{1B}[2J\u{9B}")
            }
            return .string(hostile + s + hostile)
        case .array(let a): return .array(a.map { poison($0, key: key, ids: ids) })
        case .object(let m): return .object(m.map { JSONMember($0.key, poison($0.value, key: $0.key, ids: ids)) })
        default: return node
        }
    }

    /// A copy of the demo with every text field poisoned (and ids too, with `ids`).
    func hostileStore(ids: Bool = false) throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        let r = try KetteBinary.run(["init", dir])
        #expect(r.status == 0, "\(r.stderr)")
        var files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".json") }
        files += try FileManager.default.contentsOfDirectory(atPath: dir + "/cases").map { "cases/" + $0 }
        for f in files {
            let path = dir + "/" + f
            let node = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
            // Written in place (not atomically), so case files keep their mode 0600.
            try Data(JSONWriter.pretty(Self.poison(node, ids: ids)).utf8).write(to: URL(fileURLWithPath: path))
        }
        return dir
    }

    /// Unsafe scalars in command output; line feeds are the only control character allowed.
    func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" }.map { "U+" + String($0.value, radix: 16) }
    }

    func checkClean(_ args: [String], store: String, expectStatus: Int32? = 0, json: Bool = false,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try KetteBinary.run(args + ["--store", store])
        if let expectStatus {
            #expect(r.status == expectStatus, "\(args): \(r.stderr.prefix(500))", sourceLocation: sourceLocation)
        }
        #expect(unsafe(r.stdout).isEmpty, "\(args) stdout: \(Set(unsafe(r.stdout)))", sourceLocation: sourceLocation)
        #expect(unsafe(r.stderr).isEmpty, "\(args) stderr: \(Set(unsafe(r.stderr))) \(r.stderr.prefix(300))", sourceLocation: sourceLocation)
        #expect(!r.stdout.isEmpty || !r.stderr.isEmpty, "\(args): no output", sourceLocation: sourceLocation)
        if json {
            // Valid JSON whose strings still hold the original characters.
            let node = try JSONParser.parse(Array(r.stdout.utf8))
            #expect(JSONWriter.compact(node).contains("\\u001b"), "\(args)", sourceLocation: sourceLocation)
        }
    }

    @Test func noCommandPrintsAControlCharacter() throws {
        let store = try hostileStore()
        let v = try KetteBinary.run(["validate", "--store", store])
        #expect(v.status == 0, "the poisoned demo must stay valid: \(v.stdout.prefix(800))")
        let offer = try #require(JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: store + "/offers.json"))))["offers"]?
            .arrayValue?.first?["id"]?.stringValue)
        for args in [["validate"], ["stages"], ["list"], ["list", "--all", "--district", "altstadt"], ["list", "--format", "csv"],
                     ["search", "sprach"], ["search", "x", "--all"], ["show", offer],
                     ["indicators"], ["indicators", "--format", "csv"], ["gaps"], ["gaps", "--format", "csv"],
                     ["report", "--format", "md"], ["stages", "--lang", "en"], ["show", offer, "--lang", "en"]] {
            try checkClean(args, store: store)
        }
        for args in [["list", "--format", "json"], ["show", offer, "--format", "json"], ["stages", "--format", "json"],
                     ["indicators", "--format", "json"], ["gaps", "--format", "json"]] {
            try checkClean(args, store: store, json: true)
        }
        // Importing: the plan names the store's districts and indicators; problems quote the file.
        let csv = KetteBinary.temporaryDirectory() + "/werte.csv"
        try ("Stadtteil;Jahr;Indikator;Wert\naltstadt;2031;sgb2-u15;21,5\n"
             + "Alt\u{1B}[2Jstadt;20\u{9B}31;sgb2\u{07};1\u{1B}]0;x\u{07}\n\u{1B}[2J\n\"a\u{202E}\";2031;sgb2-u15;\u{0}\n")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        try checkClean(["indicators", "import", csv, "--dry-run"], store: store, expectStatus: 1)
        try checkClean(["indicators", "import", csv, "--dry-run", "--lang", "en"], store: store, expectStatus: 1)
        try "district,year,indicator,value\naltstadt,2031,sgb2-u15,21.5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        try checkClean(["indicators", "import", csv, "--dry-run"], store: store)
        try checkClean(["indicators", "import", csv], store: store)
        try checkClean(["indicators"], store: store)
        // The hostile text is shown, escaped.
        let shown = try KetteBinary.run(["show", offer, "--store", store])
        #expect(shown.stdout.contains("\\x1B[2J\\x1B]0;x\\x07\\x9B31m\\x7F\\x00\\x0D\\u{202E}"), "\(shown.stdout.prefix(400))")
    }

    @Test func hostileIdsAndReferencesAreEscapedInEveryMessage() throws {
        let store = try hostileStore(ids: true)
        try checkClean(["validate"], store: store, expectStatus: 1)
        let v = try KetteBinary.run(["validate", "--store", store])
        #expect(v.stdout.contains("invalid id \"") && v.stdout.contains("\\x1B[2J\\x9B"), "\(v.stdout.prefix(500))")
        for args in [["stages"], ["list"], ["list", "--format", "csv"], ["search", "sprach"], ["indicators"], ["gaps"],
                     ["gaps", "--format", "csv"], ["indicators", "--format", "csv"]] {
            try checkClean(args, store: store)
        }
        for args in [["list", "--format", "json"], ["stages", "--format", "json"], ["gaps", "--format", "json"]] {
            try checkClean(args, store: store, json: true)
        }
        // Errors that quote the user's argument or the store's ids.
        try checkClean(["list", "--stage", "nirgends"], store: store, expectStatus: nil)
        try checkClean(["list", "--district", "x\u{1B}[2J"], store: store, expectStatus: nil)
        try checkClean(["show", "\u{1B}]0;x\u{07}"], store: store, expectStatus: 1)
        try checkClean(["list"], store: store + "/\u{1B}[2J-missing", expectStatus: nil)
    }

    // MARK: Read-only stores

    /// Every file, byte for byte, and the directory listings.
    func snapshot(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: dir)
        while let f = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir + "/" + f, isDirectory: &isDir)
            out[f] = isDir.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: dir + "/" + f))
        }
        return out
    }

    func csv() throws -> String {
        let path = KetteBinary.temporaryDirectory() + "/werte.csv"
        try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;2031;sgb2-u15;21,5\n".write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o644)
        chmod((path as NSString).deletingLastPathComponent, 0o755)
        return path
    }

    static let readCommands: [[String]] = [
        ["validate"], ["list"], ["show", "o-0001"], ["search", "sprach"], ["stages"],
        ["indicators"], ["gaps"],
    ]

    @Test func aStoreWithMode0555CanBeReadByRoot() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        for f in try FileManager.default.contentsOfDirectory(atPath: dir) where f.hasSuffix(".json") { chmod(dir + "/" + f, 0o444) }
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755) }
        let before = try snapshot(dir)
        for args in Self.readCommands {
            let r = try KetteBinary.run(args + ["--store", dir])
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!r.stdout.isEmpty, "\(args)")
        }
        #expect(try snapshot(dir) == before)
    }

    /// `setpriv` runs the binary as user nobody, who cannot write a directory of mode 0555 (when
    /// the tests run as root, and nobody can reach the binary and the temporary directory).
    static let nobodyAvailable: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "sh", "-c", "\"$0\" stages && test -x \"$1\"",
                       KetteBinary.path, NSTemporaryDirectory()]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    func runAsNobody(_ args: [String]) throws -> KetteBinary.Result {
        try KetteBinary.run(args, environment: ["HOME": "/tmp"],
                            launcher: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
    }

    @Test(.enabled(if: nobodyAvailable)) func aUserWithoutWritePermissionCanReadButNotImport() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        chmod((dir as NSString).deletingLastPathComponent, 0o755)
        // Case data is not for everyone: nobody may not enter cases/ (mode 0700, owned by root).
        for f in try FileManager.default.contentsOfDirectory(atPath: dir) where f.hasSuffix(".json") { chmod(dir + "/" + f, 0o444) }
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755) }
        let before = try snapshot(dir)
        for args in Self.readCommands {
            let r = try runAsNobody(args + ["--store", dir])
            if args == ["validate"] {
                // Without --cases the case files are not read at all: the rest of the store is valid.
                #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
                #expect(r.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.isEmpty, "\(r.stdout)")
                // With --cases the unreadable directory is reported; everything else is checked.
                let cases = try runAsNobody(["validate", "--cases", "--store", dir])
                #expect(cases.status == 1)
                #expect(cases.stdout.contains("\(dir)/cases:1:1: error: cannot be read: Permission denied; the case files were not read"),
                        "\(cases.stdout)\(cases.stderr)")
                #expect(cases.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.count == 1, "\(cases.stdout)")
            } else {
                #expect(r.status == 0, "\(args): \(r.stderr)")
                #expect(!r.stdout.isEmpty, "\(args)")
            }
        }
        let file = try csv()
        let dry = try runAsNobody(["indicators", "import", file, "--dry-run", "--store", dir])
        #expect(dry.stdout.contains("1") && !dry.stderr.contains("Fatal"), "\(dry.stdout)\(dry.stderr)")
        // A store with errors (the unreadable cases) or without write permission is never written.
        let r = try runAsNobody(["indicators", "import", file, "--store", dir])
        #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.isEmpty)
        // Without the cases directory, the store is valid: the refusal is for the permission.
        chmod(dir, 0o755)
        try FileManager.default.removeItem(atPath: dir + "/cases")
        chmod(dir, 0o555)
        let clean = try snapshot(dir)
        let again = try runAsNobody(["indicators", "import", file, "--store", dir])
        #expect(again.status == 1)
        #expect(again.stderr.contains("\(dir): der Datenbestand ist schreibgeschützt (keine Schreibrechte)."), "\(again.stderr)")
        let en = try runAsNobody(["indicators", "import", file, "--store", dir, "--lang", "en"])
        #expect(en.stderr.contains("\(dir): the store is read-only (no write permission)."), "\(en.stderr)")
        #expect(try snapshot(dir) == clean)
        #expect(before.filter { !$0.key.hasPrefix("cases") } == clean)
        let v = try runAsNobody(["validate", "--store", dir])
        #expect(v.status == 0, "\(v.stdout)")
    }

    // MARK: A read-only file system

    /// Whether this process may mount (root with CAP_SYS_ADMIN, `unshare` present).
    static let mountAvailable: Bool = {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let dir = NSTemporaryDirectory() + "kette-mnt-probe-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        p.arguments = ["-m", "--propagation", "private", "sh", "-c", "mount -t tmpfs -o ro tmpfs \"$0\"", dir]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }()

    /// Runs the kette commands on the store mounted read-only, in a private mount namespace (the
    /// mount disappears with it). Each command's status and output come back in order.
    func onReadOnlyMount(_ store: String, bind: Bool, commands: [[String]]) throws -> [(status: Int32, out: String)] {
        let mnt = KetteBinary.temporaryDirectory()
        let mount = bind
            ? "mount --bind \"$STORE\" \"$MNT\" && mount -o remount,bind,ro \"$MNT\""
            : "mount -t tmpfs tmpfs \"$MNT\" && cp -a \"$STORE\"/. \"$MNT\"/ && mount -o remount,ro \"$MNT\""
        var script = "set -u\n\(mount) || exit 99\n"
        script += "touch \"$MNT/probe\" 2>/dev/null && exit 98\n"  // it must really be read-only
        for (i, c) in commands.enumerated() {
            let args = c.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            script += "\"$KETTE\" \(args) --store \"$MNT\" > \"$OUT/\(i).out\" 2>&1; echo $? > \"$OUT/\(i).rc\"\n"
        }
        let outDir = KetteBinary.temporaryDirectory()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        p.arguments = ["-m", "--propagation", "private", "sh", "-c", script]
        p.environment = ["STORE": store, "MNT": mnt, "OUT": outDir, "KETTE": KetteBinary.path, "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
                         "LANG": "C.UTF-8"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "mount script ended with \(p.terminationStatus)")
        return try commands.indices.map { i in
            let rc = try String(contentsOfFile: "\(outDir)/\(i).rc", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            return (Int32(rc) ?? -1, try String(contentsOfFile: "\(outDir)/\(i).out", encoding: .utf8))
        }
    }

    @Test(.enabled(if: mountAvailable), arguments: [true, false])
    func aStoreOnAReadOnlyFileSystemIsReadAndNeverWritten(bind: Bool) throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let file = try csv()
        let before = try snapshot(dir)
        let commands = Self.readCommands + [
            ["indicators", "import", file, "--dry-run"],
            ["indicators", "import", file],
            ["indicators", "import", file, "--lang", "en"],
        ]
        let results = try onReadOnlyMount(dir, bind: bind, commands: commands)
        for (args, r) in zip(commands, results) {
            #expect(!r.out.contains("Fatal error") && !r.out.isEmpty, "\(args): \(r.out)")
            switch args {
            case ["indicators", "import", file]:
                #expect(r.status == 1)
                #expect(r.out.contains(": der Datenbestand ist schreibgeschützt (keine Schreibrechte)."), "\(r.out)")
            case ["indicators", "import", file, "--lang", "en"]:
                #expect(r.status == 1)
                #expect(r.out.contains(": the store is read-only (no write permission)."), "\(r.out)")
            default:
                #expect(r.status == 0, "\(args): \(r.out)")
            }
        }
        #expect(try snapshot(dir) == before)
    }
}
