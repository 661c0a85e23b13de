import Foundation
import Testing

/// Editing offers in the real binary in a real terminal (tmux), checked on disk with `kette show`.
@Suite(.serialized, .enabled(if: Tmux.shouldRun, "tmux is not installed: end-to-end terminal tests skipped (CI installs tmux)"))
struct OfferEditingEndToEndTests {
    static let env = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]

    static var today: String {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// The offer id from the form's heading "Angebot bearbeiten · ID".
    static func editedID(_ screen: String) -> String? {
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("Angebot bearbeiten · ") }) else { return nil }
        return line.dropFirst("Angebot bearbeiten · ".count).split(separator: " ").first.map(String.init)
    }

    @Test func editATitleSaveQuitAndFindItOnDisk() throws {
        let dir = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let t = try Tmux(command: [KetteBinary.path, "--store", dir], environment: Self.env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("e")
        let form = try t.waitFor("Angebot bearbeiten · ")
        #expect(form.contains("* Pflichtfeld"))
        let id = try #require(Self.editedID(form), "no id in:\n\(form)")
        let before = try KetteBinary.run(["show", id, "--store", dir, "--format", "json"])
        #expect(before.status == 0)
        // The cursor is at the end of the title: add to it, with an umlaut.
        try t.type(" – geändert")
        try t.waitFor("– geändert")
        try t.send("C-s")
        let saved = try t.waitFor("Gespeichert:")
        #expect(!saved.contains("Angebot bearbeiten"))
        try t.send("q")
        #expect(try t.exitStatus() == 0)

        let shown = try KetteBinary.run(["show", id, "--store", dir])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("– geändert"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Stand:") && shown.stdout.contains(Self.today), "\(shown.stdout)")
        let json = try KetteBinary.run(["show", id, "--store", dir, "--format", "json"])
        #expect(json.stdout.contains("\"updated\": \"\(Self.today)\""))
        let file = try String(contentsOfFile: dir + "/offers.json", encoding: .utf8)
        #expect(file.contains("\"revision\": 1"))
        #expect(try KetteBinary.run(["validate", "--store", dir]).status == 0)
    }

    /// Ctrl-C is a key in the navigator: on a form with typed input it asks first; the terminal's
    /// interrupt character is back once Kette has ended.
    @Test func ctrlCOnAnEditedFormAsksBeforeTheInputIsLost() throws {
        let dir = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let before = try String(contentsOfFile: dir + "/offers.json", encoding: .utf8)
        let t = try Tmux(command: [KetteBinary.path, "--store", dir], environment: Self.env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("e")
        try t.waitFor("Angebot bearbeiten · ")
        try t.type(" – nicht verlieren")
        try t.waitFor("– nicht verlieren")
        try t.send("C-c")
        try t.waitFor("Kette trotzdem beenden?")
        try t.send("n")
        let kept = try t.waitUntilGone("Kette trotzdem beenden?")
        #expect(kept.contains("Angebot bearbeiten · ") && kept.contains("– nicht verlieren"), "\(kept)")
        // Ctrl-C twice: quit without saving.
        try t.send("C-c")
        try t.waitFor("Kette trotzdem beenden?")
        try t.send("C-c")
        #expect(try t.exitStatus() == 0)
        #expect(try String(contentsOfFile: dir + "/offers.json", encoding: .utf8) == before, "nothing was saved")
    }

    /// The terminal gets its interrupt character (and flow control, line editing) back after Kette,
    /// whether it quit by Ctrl-C's question or was ended by SIGTERM — also under a shell that does
    /// not restore the terminal itself (`sh -c`, a forced SSH command).
    @Test func theInterruptCharacterIsBackAfterQuitAndAfterSIGTERM() throws {
        let dir = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let script = Tmux.quote(KetteBinary.path) + " --store " + Tmux.quote(dir) + "; stty -a"
        let t = try Tmux(width: 100, height: 30, command: ["/bin/sh", "-c", script], environment: Self.env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("e")
        try t.waitFor("Angebot bearbeiten · ")
        try t.type("x")
        try t.send("C-c")
        try t.waitFor("Kette trotzdem beenden?")
        try t.send("j")
        let after = try t.waitFor("min = 1")
        #expect(after.contains("intr = ^C"), "\(after)")
        #expect(!after.contains("-ixon") && !after.contains("-icanon") && !after.contains("-echo "), "\(after)")

        let killed = try Tmux(width: 100, height: 30, command: ["/bin/sh", "-c", script], environment: Self.env)
        try killed.waitFor("Übergang Schule–Beruf")
        // The Kette started here: the one whose command line names this test's store.
        let pids = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap(Int32.init).filter { pid in
            guard let cmd = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            let args = cmd.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return args.first == KetteBinary.path && args.contains(dir)
        }
        try #require(pids.count == 1, "\(pids)")
        kill(pids[0], SIGTERM)
        let ended = try killed.waitFor("min = 1")
        #expect(ended.contains("intr = ^C"), "\(ended)")
        #expect(!ended.contains("-ixon") && !ended.contains("-icanon"), "\(ended)")
    }

    @Test func aValidationErrorKeepsTheInputAndF2SavesAfterTheFix() throws {
        let dir = KetteBinary.temporaryDirectory() + "/store"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let t = try Tmux(command: [KetteBinary.path, "--store", dir], environment: Self.env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("n")
        try t.waitFor("Neues Angebot")
        try t.type("Spielgruppe Löwenzahn")
        try t.send("F2")
        let failed = try t.waitFor("nicht gespeichert")
        #expect(failed.contains("Spielgruppe Löwenzahn"))
        #expect(failed.contains("! Pflichtfeld"))
        // The focus is on the provider now (the first field with an error).
        try t.type("Familienzentrum Nord")
        try t.send("Tab")
        try t.type("bild")
        try t.send("Enter")
        try t.waitFor("Bildung")
        try t.send("F2")
        // The store's rule: districts, or city-wide.
        try t.waitFor("! Stadtteile wählen oder „stadtweit“ einschalten")
        try t.send("Tab", "Space")
        try t.waitFor("[x] ja")
        try t.send("F2")
        let saved = try t.waitFor("Gespeichert:")
        #expect(saved.contains("Spielgruppe Löwenzahn"))  // the new offer is shown in full
        try t.send("q")
        #expect(try t.exitStatus() == 0)
        let list = try KetteBinary.run(["search", "Spielgruppe Löwenzahn", "--store", dir])
        #expect(list.status == 0 && list.stdout.contains("Spielgruppe Löwenzahn") && list.stdout.contains("Familienzentrum"), "\(list.stdout)\(list.stderr)")
    }

    @Test func theDemoIsNeverEditedAndVListsStaleOffers() throws {
        let t = try Tmux(command: [KetteBinary.path], environment: Self.env)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("e")
        try t.waitFor("Demo-Datenbestand wird nicht verändert")
        try t.send("v")
        try t.waitFor("Veraltet")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }
}
