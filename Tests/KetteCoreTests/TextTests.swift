import Testing
@testable import KetteCore

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}[31mb") == "a\\x1B[31mb")
        #expect(TerminalText.escaped("x\u{9B}y") == "x\\x9By")
        #expect(TerminalText.escaped("bell\u{07}") == "bell\\x07")
        #expect(TerminalText.escaped("rtl\u{202E}x") == "rtl\\u{202E}x")
        #expect(TerminalText.escaped("zwei\nZeilen") == "zwei\\x0AZeilen")
        #expect(TerminalText.escaped("zwei\nZeilen", keepNewlines: true) == "zwei\nZeilen")
        #expect(TerminalText.escaped("Größe") == "Größe")
    }

    @Test func widthIsMeasuredInCells() {
        #expect(TerminalText.width("Größe") == 5)
        #expect(TerminalText.width("世界") == 4)
        #expect(TerminalText.width("😀") == 2)
        #expect(TerminalText.width("e\u{301}") == 1)
        #expect(TerminalText.width("مرحبا") == 5)
        #expect(TerminalText.width("Привет") == 6)
    }

    @Test func truncationNeverSplitsACharacter() {
        #expect(TerminalText.truncate("Schuleingangsuntersuchung", to: 10) == "Schuleing…")
        #expect(TerminalText.truncate("世界世界", to: 4) == "世…")
        #expect(TerminalText.width(TerminalText.truncate("世界世界", to: 4)) <= 4)
        #expect(TerminalText.truncate("kurz", to: 10) == "kurz")
        #expect(TerminalText.fit("ab", to: 4) == "ab  ")
        #expect(TerminalText.fit("ab", to: 4, alignRight: true) == "  ab")
    }

    @Test func wrapsAtSpacesAndSplitsLongWords() {
        #expect(TerminalText.wrap("Ein Angebot für Familien", to: 10) == ["Ein", "Angebot", "für", "Familien"])
        #expect(TerminalText.wrap("Ein Angebot", to: 20) == ["Ein Angebot"])
        #expect(TerminalText.wrap("Kinderbetreuungsangebote", to: 10) == ["Kinderbetr", "euungsange", "bote"])
        #expect(TerminalText.wrap("a\n\nb", to: 5) == ["a", "", "b"])
    }
}

@Suite struct DayTests {
    @Test func parsesOnlyRealDates() {
        #expect(Day("2026-09-01")?.description == "2026-09-01")
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-9-1") == nil)
        #expect(Day("2026-09-01T00:00") == nil)
        #expect(Month("2024-05")?.description == "2024-05")
        #expect(Month("2024-13") == nil)
    }

    @Test func ordinalsRoundTrip() {
        let d = Day("2026-11-21")!
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(Day("1970-01-01")!.ordinal == 0)
        #expect(d.adding(days: 10).description == "2026-12-01")
        #expect(Month("2026-11")!.adding(months: 3).description == "2027-02")
    }
}
