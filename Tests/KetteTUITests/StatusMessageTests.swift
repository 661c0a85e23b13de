import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// A note longer than the status line goes on below it until the next key, so that the end of it
/// (a refusal's `chmod`, a path deep in the server) is never cut off.
@Suite struct StatusMessageTests {
    static let refusal = CaseStoreError.unprotected(path: "/srv/kette-store/Jugendamt Nord/cases", mode: "0755",
                                                    fix: "chmod 2770 '/srv/kette-store/Jugendamt Nord/cases'").message(.de)

    @Test func aLongNoteIsWrappedBelowTheStatusLineUntilTheNextKey() {
        var s = TUIFixture.state()
        let chain = s.screen
        s.message = Self.refusal
        #expect(TerminalText.width(Self.refusal) > 80)
        let b = s.screen
        let shown = (1...3).map { b.line($0).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown.contains("chmod 2770 '/srv/kette-store/Jugendamt Nord/cases'"), "\(shown)")
        #expect(b.line(1).hasPrefix(" /srv/kette-store/Jugendamt Nord/cases: Rechte 0755"), "\(b.line(1))")
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 80 })
        // The next key takes the note away and the screen is whole again.
        s.send(.down, .up)
        #expect(s.message == nil)
        #expect(s.screen.line(2) == chain.line(2) && s.screen.line(3) == chain.line(3))
    }

    @Test func aNoteThatFitsStaysOnOneLine() {
        var s = TUIFixture.state(width: 140, height: 30)
        let chain = s.screen
        s.message = "Gespeichert: Familienhebamme"
        #expect(s.screen.line(1) == " Gespeichert: Familienhebamme")
        #expect(s.screen.line(2) == chain.line(2))
    }

    @Test func aVeryLongNoteIsCutOnlyAfterFourLines() {
        var s = TUIFixture.state(width: 60, height: 15)
        s.message = String(repeating: "Sehr lange Meldung ", count: 30) + "ENDE"
        let b = s.screen
        #expect(!b.line(4).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(b.line(4).hasSuffix("…"), "\(b.line(4))")
        #expect(b.line(5) != b.line(4))
    }
}
