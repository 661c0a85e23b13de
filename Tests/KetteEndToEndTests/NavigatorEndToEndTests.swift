import Foundation
import Testing

/// The real `kette` binary in a real terminal (tmux): open, navigate, search, filter, resize, quit.
@Suite(.serialized, .enabled(if: Tmux.shouldRun, "tmux is not installed: end-to-end terminal tests skipped (CI installs tmux)"))
struct NavigatorEndToEndTests {
    static let base = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]

    func start(_ args: [String] = [], width: Int = 80, height: Int = 24, env: [String: String] = base) throws -> Tmux {
        try Tmux(width: width, height: height, command: [KetteBinary.path] + args, environment: env)
    }

    @Test func opensOnTheChainAndQuitsCleanly() throws {
        let t = try start()
        try t.waitFor("Übergang Schule–Beruf")
        // The key bar is the last line drawn: wait for the whole first frame.
        let screen = try t.waitFor("? Hilfe")
        for title in ["Schwangerschaft und Geburt", "Erstes Lebensjahr", "Kita (3–6 Jahre)", "Grundschule (6–10 Jahre)",
                      "Geburt: Ankommen in der Familie", "Kita → Grundschule (Einschulung)"] {
            #expect(screen.contains(title), "\(title) missing:\n\(screen)")
        }
        #expect(screen.contains("? Hilfe"))
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func navigateToAStageOpenAnOfferAndGoBack() throws {
        let t = try start()
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter")
        let list = try t.waitFor("sortiert nach Titel")
        #expect(list.contains("Kita (3–6 Jahre) ·"))
        try t.send("Down", "Enter")
        let detail = try t.waitFor("Kontakt")
        #expect(detail.contains("Telefon:") || detail.contains("E-Mail:"))
        #expect(detail.contains("Angebot · o-"))
        try t.send("Escape")
        try t.waitFor("sortiert nach Titel")
        try t.send("Escape")
        let chain = try t.waitFor("⏎ öffnet die Liste")
        #expect(chain.split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("Kita (3–6 Jahre)") })
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func incrementalSearchAndEscRestores() throws {
        let t = try start()
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("/")
        try t.type("hebam")
        let partial = try t.waitFor("Treffer für „hebam“")
        try t.type("me")
        let full = try t.waitFor("Treffer für „hebamme“")
        #expect(full.contains("Familienhebamme") || full.contains("Hebamme"))
        #expect(partial.contains("Suche: hebam"))
        try t.send("Escape")
        let back = try t.waitFor("⏎ öffnet die Liste")
        #expect(!back.contains("Suche:"))
        try t.send("/")
        try t.type("Muetter")  // folding: finds "Mütter"
        let folded = try t.waitFor("Treffer für „Muetter“")
        #expect(!folded.contains("Keine Treffer"), "\(folded)")
        try t.send("Enter", "Enter")
        try t.waitFor("Kontakt")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func filterFromThePicker() throws {
        let t = try start()
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("f")
        try t.waitFor("barrierefrei")
        try t.send("Down", "Down", "Enter")  // language list
        try t.waitFor("Türkisch (tr)")
        try t.send("Down", "Enter", "Escape")  // the most common foreign language after German
        let screen = try t.waitFor("Sprache:")
        #expect(screen.contains("Filter: Sprache:"))
        try t.send("c")
        try t.waitFor("Alle Filter gelöscht")
        try t.send("Down")
        try t.waitFor("keine – f wählt Filter")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func resizeRelayoutsAndTooSmallIsExplained() throws {
        let t = try start(width: 100, height: 30)
        try t.waitFor("Übergang Schule–Beruf")
        try t.resize(width: 50, height: 12)
        try t.waitFor("zu klein")
        try t.resize(width: 80, height: 24)
        let screen = try t.waitFor("Übergang Schule–Beruf")
        #expect(!screen.contains("zu klein"))
        try t.resize(width: 140, height: 40)
        let wide = try t.waitFor("│")
        #expect(wide.contains("⏎ öffnet die Liste"))
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func worksWithTerminalType(_ term: String) throws {
        let t = try start(env: ["LANG": "C.UTF-8", "TERM": term])
        let screen = try t.waitFor("Übergang Schule–Beruf")
        #expect(screen.contains("Kita (3–6 Jahre)"))
        #expect(!screen.contains("qqqq") && !screen.contains("lqq"), "line drawing garbled:\n\(screen)")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    /// Over SSH, TERM often names a terminal this machine has no terminfo entry for (kitty,
    /// alacritty, foot …): the navigator runs with the closest one it has and says so.
    @Test func anUnknownTerminalTypeFallsBackAndSaysSo() throws {
        let t = try start(env: ["LANG": "C.UTF-8", "TERM": "xterm-kitty-unbekannt", "COLORTERM": "truecolor"])
        let screen = try t.waitFor("Übergang Schule–Beruf")
        // The note may wrap below the status line in 80 columns.
        let note = screen.split(separator: "\n").prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(note.contains("TERM „xterm-kitty-unbekannt“ ist hier unbekannt; Kette verwendet xterm-256color"), "\(screen)")
        #expect(!screen.contains("qqqq") && !screen.contains("lqq"), "line drawing garbled:\n\(screen)")
        try t.send("4", "Enter")
        try t.waitFor("sortiert nach Titel")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    /// TERM=dumb (an editor's shell buffer) cannot move the cursor: a clear refusal, not a garbled screen.
    @Test func aTerminalThatCannotMoveTheCursorIsRefused() throws {
        // kette ends at once: the shell keeps the pane (and its output) for a moment, so the screen
        // can still be read, and passes kette's exit status on.
        let t = try Tmux(command: ["/bin/sh", "-c", "\"$0\"; s=$?; sleep 3; exit $s", KetteBinary.path],
                         environment: ["LANG": "C.UTF-8", "TERM": "dumb"])
        let screen = try t.waitFor("kann den Cursor nicht bewegen")
        #expect(screen.contains("Fehler: das Terminal „dumb“ kann den Cursor nicht bewegen"), "\(screen)")
        #expect(try t.exitStatus() != 0)
    }

    /// tmux (like most terminal emulators) sends PgUp/PgDn as `ESC[5~`/`ESC[6~` and Shift-Tab as
    /// `ESC[Z` whatever TERM says; vt100's terminfo has no page keys, so ncurses passed the bytes on
    /// and `5`/`6` jumped to stages 5 and 6 instead of paging; vt100's and linux's have no `ESC[Z`,
    /// and linux's F1 is the console's `ESC[[A`, not the `ESC OP` such terminals send (F1 was an Esc,
    /// and the `P` after it wrote a handout).
    @Test(arguments: ["xterm-256color", "vt100", "linux"])
    func pageKeysPageUnderEveryTerminalType(_ term: String) throws {
        let t = try start(env: ["LANG": "C.UTF-8", "TERM": term])
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("NPage")
        try t.waitFor("Übergang Schule–Beruf (16–25 Jahre): 28 Angebote")
        #expect(try t.screen().split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("7  Übergang Schule–Beruf") })
        try t.send("PPage")
        try t.waitFor("Schwangerschaft und Geburt: 24 Angebote")
        #expect(try t.screen().split(separator: "\n").contains { $0.hasPrefix("▶") && $0.contains("1  Schwangerschaft") })
        try t.send("BTab")
        try t.waitFor("[Leitbild]")
        try t.send("F1")
        try t.waitFor("Tastenkürzel")
        try t.send("Escape", "q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func withoutLangUmlautsStillShow() throws {
        // SSH sessions often arrive without LANG: Kette falls back to a UTF-8 locale.
        let t = try start(env: ["TERM": "xterm-256color"])
        let screen = try t.waitFor("Schule–Beruf")
        #expect(screen.contains("Übergang Schule–Beruf"))
        #expect(screen.contains("Geburt: Ankommen in der Familie"))
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func themesNoColorAndEnglish() throws {
        for (args, env) in [(["--theme", "projector"], Self.base), (["--no-color"], Self.base),
                            ([], Self.base.merging(["NO_COLOR": "1", "KETTE_THEME": "light"]) { $1 }),
                            (["--lang", "en", "--theme", "mono"], Self.base)] {
            let t = try start(args, env: env)
            let screen = try t.waitFor(args.contains("en") ? "? Help" : "? Hilfe")
            #expect(screen.contains("Kita (3–6 Jahre)"), "\(args)")
            try t.send("q")
            #expect(try t.exitStatus() == 0, "\(args)")
        }
    }

    @Test func monitoringGapsLeitbildAndPresentation() throws {
        let t = try start(width: 100, height: 32)
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("m")
        let monitoring = try t.waitFor("Monitoring · 10 Indikatoren")
        #expect(monitoring.contains("Ø Stadt") && monitoring.contains("+ besser als Ø"))
        try t.send("Enter")
        let district = try t.waitFor("alle Indikatoren über die Jahre")
        #expect(district.contains("█"))
        try t.send("Escape", "Tab")  // chain → gaps → monitoring → Leitbild
        try t.waitFor("[Leitbild]")
        try t.send("a")
        let gaps = try t.waitFor("Lückenanalyse")
        #expect(gaps.contains("! = Lücke in belastetem Stadtteil"))
        try t.send("p")
        let slide = try t.waitFor("Präsentation · 1/4 · Kette")
        #expect(slide.contains("␣ Weiter"))
        try t.send("Space")
        try t.waitFor("Präsentation · 2/4 · Lücken")
        try t.send("Space", "Space")
        try t.waitFor("Präsentation · 4/4 · Leitbild")
        try t.send("p")
        try t.waitUntilGone("Präsentation")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func startsInPresentationMode() throws {
        let t = try start(["--present"], width: 100, height: 40)
        let screen = try t.waitFor("Präsentation · 1/4 · Kette")
        #expect(screen.contains("Schwangerschaft und Geburt"))
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func reloadsWhenAnotherSessionChangesTheStore() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let t = try start(["--store", dir])
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("4", "Enter", "Down", "Down")
        let before = try t.waitFor("sortiert nach Titel")
        let selected = before.split(separator: "\n").first { $0.hasPrefix("▶") }.map(String.init) ?? ""
        // Another session renames an offer on the list (an atomic write, as every Kette writer does).
        let path = dir + "/offers.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let renamed = text.replacingOccurrences(of: "\"Allgemeiner Sozialer Dienst", with: "\"ASD – Allgemeiner Sozialer Dienst")
        try renamed.write(toFile: path, atomically: true, encoding: .utf8)
        let after = try t.waitFor("neu geladen", timeout: 5)
        #expect(after.contains("ASD – Allgemeiner"))
        // The same row is still selected.
        #expect(after.split(separator: "\n").contains { String($0) == selected }, "\(selected)\n\(after)")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }

    @Test func signalsGiveTheTerminalBack() throws {
        for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130), ("QUIT", 131)] {
            let t = try start()
            try t.waitFor("Übergang Schule–Beruf")
            let shell = try t.tmux(["list-panes", "-t", t.target, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            let kette = try Subprocess.run(["pgrep", "-P", shell], environment: ["PATH": "/usr/bin:/bin"]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!kette.isEmpty)
            _ = try Subprocess.run(["kill", "-\(signal)", kette], environment: ["PATH": "/usr/bin:/bin"])
            #expect(try t.exitStatus() == code, "SIG\(signal)")
            // The alternate screen was left: the UI is gone from the terminal.
            let screen = try t.waitUntilGone("Übergang Schule–Beruf")
            #expect(!screen.contains("Kette ·"))
        }
    }

    @Test func helpShowsTheKeysOfTheScreen() throws {
        let t = try start()
        try t.waitFor("Übergang Schule–Beruf")
        try t.send("?")
        let help = try t.waitFor("Tastenkürzel – Präventionskette")
        #expect(help.contains("zur Lebensphase 1–9 springen"))
        try t.send("Escape")
        try t.waitUntilGone("Tastenkürzel")
        try t.send("q")
        #expect(try t.exitStatus() == 0)
    }
}

/// Theme and terminal errors that are reported before the screen is taken over.
@Suite struct TUIStartupTests {
    @Test func brokenThemeNamesFileAndLine() throws {
        let dir = KetteBinary.temporaryDirectory()
        let file = dir + "/broken.theme"
        try "[colors]\nnormal = white on default\nselected = purple on default\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try KetteBinary.run(["tui", "--theme", file])
        #expect(r.status != 0)
        #expect(r.stderr.contains("\(file):3:"), "\(r.stderr)")
    }

    @Test func unknownThemeListsTheShippedOnes() throws {
        let r = try KetteBinary.run(["--theme", "gibtsnicht"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("projector") && r.stderr.contains("mono"), "\(r.stderr)")
    }

    @Test func refusesToRunWithoutATerminal() throws {
        let r = try KetteBinary.run([])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("Fehler: die Ansicht braucht ein Terminal; für Skripte gibt es `kette list`"), "\(r.stderr)")
        let en = try KetteBinary.run(["--lang", "en"])
        #expect(en.status != 0)
        #expect(en.stderr.hasPrefix("Error: the interactive view needs a terminal"), "\(en.stderr)")
    }
}
