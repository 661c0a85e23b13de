import Foundation
import Testing
import KetteCore

/// The real binary in tmux: create a case, refer an offer to it, quit, open the navigator again
/// and find the case with its referral — on a store on disk, with the audit log written.
@Suite(.serialized, .enabled(if: Tmux.shouldRun, "tmux is not installed: end-to-end terminal tests skipped (CI installs tmux)"))
struct CaseNavigatorEndToEndTests {
    static let env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]

    func start(_ store: String, width: Int = 100, height: Int = 30) throws -> Tmux {
        try Tmux(width: width, height: height,
                 command: [KetteBinary.path, "--store", store, "--today", "2026-11-21"], environment: Self.env)
    }

    @Test func createReferQuitReopenAndFind() throws {
        let store = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", store]).status == 0)

        var t = try start(store)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("F")
        try t.waitFor("Fälle (alle)")
        try t.send("n")
        try t.waitFor("Neuer Fall")
        try t.type("Familie Eiche")
        // District: open the picker, narrow to "Hafen", choose.
        try t.send("Tab", "Enter")
        try t.type("Hafen")
        try t.send("Enter", "Tab")
        try t.type("Kind 1, 2021-03")
        try t.send("C-s")
        let detail = try t.waitFor("gespeichert")
        #expect(detail.contains("Fall c-2026-0001 — Familie Eiche"), "\(detail)")
        #expect(detail.contains("Hafenwiesen"))
        #expect(detail.contains("● Kind 1"))
        // The first suggestion goes to the case.
        try t.send("+")
        let referred = try t.waitFor("als Vorschlag zu Familie Eiche")
        #expect(referred.contains("○ "), "\(referred)")
        try t.send("q")
        #expect(try t.exitStatus() == 0)

        // A new session finds the case and its referral.
        t = try start(store)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("F")
        let list = try t.waitFor("Familie Eiche")
        #expect(list.contains("c-2026-0001") && list.contains("Hafenwiesen"))
        let row = list.split(separator: "\n").first { $0.contains("c-2026-0001") }!
        #expect(row.contains("1"), "one open referral: \(row)")
        try t.send("o")  // mine only: the creator sees it too
        try t.waitFor("Fälle (meine)")
        try t.send("Enter")
        let reopened = try t.waitFor("Entlang der Kette")
        #expect(reopened.contains("vorgeschlagen 2026-11-21"), "\(reopened)")
        try t.send("q")
        #expect(try t.exitStatus() == 0)

        let file = "\(store)/cases/c-2026-0001.json"
        var st = stat()
        #expect(stat(file, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let audit = try String(contentsOfFile: "\(store)/cases/.audit.log", encoding: .utf8)
        let actions = audit.split(separator: "\n").filter { $0.hasSuffix("\tc-2026-0001") }.map { $0.split(separator: "\t")[2] }
        #expect(actions == ["create", "update", "list", "read"], "\(audit)")
        #expect(!audit.contains("Eiche"))
    }

    @Test func aHandoutIsSavedFromTheNavigator() throws {
        let out = KetteBinary.temporaryDirectory() + "/ausdrucke"
        var env = Self.env
        env["KETTE_HANDOUTS"] = out
        let t = try Tmux(width: 100, height: 30, command: [KetteBinary.path, "--today", "2026-11-21"], environment: env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("*", "Down", "*")
        try t.waitFor("vorgemerkt (2 Angebote)")
        try t.send("P")
        let saved = try t.waitFor("gespeichert")
        #expect(saved.contains(out), "\(saved)")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
        let html = try String(contentsOfFile: "\(out)/ausdruck-2026-11-21-1.html", encoding: .utf8)
        #expect(html.contains("<html") && html.contains("Angebote für Ihre Familie"))
        #expect(FileManager.default.fileExists(atPath: "\(out)/ausdruck-2026-11-21-1.txt"))
    }

    @Test func aTypedDraftSurvivesAKilledSession() throws {
        let store = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", store]).status == 0)
        var t = try start(store)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("F")
        try t.waitFor("Fälle (alle)")
        try t.send("n")
        try t.waitFor("Neuer Fall")
        try t.type("Familie Buche")
        try t.waitFor("Familie Buche")
        // The terminal goes away (SSH connection drops): SIGHUP.
        try t.hangUp()
        t = try start(store)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("F")
        try t.waitFor("Fälle (alle)")
        try t.send("n")
        let restored = try t.waitFor("Entwurf wiederhergestellt")
        #expect(restored.contains("Familie Buche"))
        try t.send("Escape", "j", "q")
        #expect(try t.exitStatus() == 0)
    }
}
