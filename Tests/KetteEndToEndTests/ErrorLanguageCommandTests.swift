import Foundation
import Testing
import KetteCore

/// Failing commands, run once in the default (German) session and once with `--lang en`: the
/// German run says everything in German — the facts of the English one, and no English words.
@Suite struct ErrorLanguageCommandTests {
    static let englishWords = ["Error:", "failed", "cannot", "permissions", "Fix:", "already exists", "choose",
                               "Permission denied", "nothing was saved", "changed by", "read-only", "the store"]

    static func english(in text: String) -> [String] { englishWords.filter { text.contains($0) } }

    func newStore() throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        return dir
    }

    @Test func initIntoADirectoryThatIsNotEmpty() throws {
        let dir = try newStore()
        let de = try KetteBinary.run(["init", dir])
        #expect(de.status == 1)
        #expect(de.stderr == "Fehler: \(dir): gibt es schon und ist nicht leer; bitte ein neues Verzeichnis wählen\n", "\(de.stderr)")
        let en = try KetteBinary.run(["init", dir, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr == "Error: \(dir): already exists and is not empty; choose a new directory\n", "\(en.stderr)")
        let env = try KetteBinary.run(["init", dir], environment: ["KETTE_LANG": "en"])
        #expect(env.stderr.hasPrefix("Error: \(dir): already exists"), "\(env.stderr)")
    }

    @Test func aStoreThatCannotBeOpened() throws {
        let missing = KetteBinary.temporaryDirectory() + "/fehlt"
        let de = try KetteBinary.run(["list", "--store", missing])
        #expect(de.status == 1 && de.stdout.isEmpty)
        #expect(de.stderr == "Fehler: \(missing): dieses Verzeichnis gibt es nicht (einen neuen Datenbestand legt `kette init \(missing)` an)\n",
                "\(de.stderr)")
        let en = try KetteBinary.run(["list", "--store", missing, "--lang", "en"])
        #expect(en.stderr == "Error: \(missing): no such store directory (create one with `kette init \(missing)`)\n", "\(en.stderr)")
    }

    @Test func aCaseFileOpenToOthersIsRefusedWithTheFix() throws {
        let dir = try newStore()
        let file = "\(dir)/cases/demo-001.json"
        chmod(file, 0o644)
        let de = try KetteBinary.run(["case", "show", "demo-001", "--store", dir])
        #expect(de.status == 1 && de.stdout.isEmpty)
        #expect(de.stderr.contains("Fehler: \(file): Rechte 0644 sind zu offen – andere können Falldaten erreichen; "
            + "Kette öffnet sie nicht. Abhilfe: chmod 600 \(file)\n"), "\(de.stderr)")
        #expect(Self.english(in: de.stderr).isEmpty, "\(de.stderr)")
        let en = try KetteBinary.run(["case", "show", "demo-001", "--store", dir, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("Error: \(file): permissions 0644 are too open: others can reach case data; "
            + "Kette does not open it. Fix: chmod 600 \(file)\n"), "\(en.stderr)")
        // The list skips the file and names it the same way.
        let list = try KetteBinary.run(["case", "list", "--store", dir])
        #expect(list.status == 0)
        #expect(list.stderr.contains("\(file): Rechte 0644 sind zu offen") && Self.english(in: list.stderr).isEmpty, "\(list.stderr)")
    }

    static let nobodyAvailable: Bool = HostileStoreCommandTests.nobodyAvailable

    /// `kette restore` in a store the user may read but not write: the temporary file for the kept
    /// version cannot be created.
    @Test(.enabled(if: nobodyAvailable, "needs root and setpriv"))
    func restoreInAStoreWithoutWritePermission() throws {
        let dir = try newStore()
        let csv = dir + "/../werte.csv"
        try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;2031;sgb2-u15;11,5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try KetteBinary.run(["indicators", "import", csv, "--store", dir]).status == 0)
        chmod((dir as NSString).deletingLastPathComponent, 0o755)
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755) }
        let before = try String(contentsOfFile: dir + "/indicators.json", encoding: .utf8)
        let nobody = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        let de = try KetteBinary.run(["restore", "indicators.json", "--revision", "0", "--store", dir],
                                     environment: ["HOME": "/tmp"], launcher: nobody)
        #expect(de.status == 1)
        #expect(de.stderr.hasPrefix("Fehler: \(dir)/"), "\(de.stderr)")
        #expect(de.stderr.contains(" fehlgeschlagen: keine Berechtigung"), "\(de.stderr)")
        #expect(Self.english(in: de.stderr).isEmpty, "\(de.stderr)")
        let en = try KetteBinary.run(["restore", "indicators.json", "--revision", "0", "--store", dir, "--lang", "en"],
                                     environment: ["HOME": "/tmp"], launcher: nobody)
        #expect(en.status == 1)
        #expect(en.stderr.hasPrefix("Error: \(dir)/") && en.stderr.contains(" failed: Permission denied"), "\(en.stderr)")
        #expect(try String(contentsOfFile: dir + "/indicators.json", encoding: .utf8) == before)
    }

    /// A case edited on an older revision: the conflict names both revisions and who saved.
    @Test func aStaleCaseEditIsAConflictInBothLanguages() throws {
        let dir = try newStore()
        let args = ["--store", dir, "--today", "2026-11-21"]
        #expect(try KetteBinary.run(["case", "edit", "demo-001", "--notes", "eins"] + args).status == 0)
        let shown = try KetteBinary.run(["case", "show", "demo-001", "--json"] + args)
        let saved = try #require(try JSONParser.parse(shown.stdout)["revision"]?.intValue)
        let de = try KetteBinary.run(["case", "edit", "demo-001", "--notes", "zwei", "--revision", "1"] + args)
        #expect(de.status == 1)
        #expect(de.stderr.contains("Fall demo-001 wurde inzwischen von \(OSUser.current().name) geändert (r\(saved) gespeichert, "
            + "Ihre Änderung beruht auf r1); nichts wurde gespeichert"), "\(de.stderr)")
        #expect(de.stderr.contains("--- r1 + Ihre Änderung wurde nicht gespeichert"))
        #expect(Self.english(in: de.stderr).isEmpty, "\(de.stderr)")
        let en = try KetteBinary.run(["case", "edit", "demo-001", "--notes", "zwei", "--revision", "1", "--lang", "en"] + args)
        #expect(en.stderr.contains("case demo-001 was changed by \(OSUser.current().name) meanwhile (revision \(saved) on disk, "
            + "this change was based on revision 1); nothing was saved"), "\(en.stderr)")
        #expect(en.stderr.contains("--- r1 + your change was not saved"))
    }
}
