import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// A form of every kind of field, as a caller would build it.
enum FormFixture {
    static let districts = [FormOption(id: "nord", label: "Nordviertel"), FormOption(id: "sued", label: "Südstadt"),
                            FormOption(id: "alt", label: "Altstadt"), FormOption(id: "bahn", label: "Bahnhofsviertel")]

    static func form() -> Form {
        Form(title: "Testformular", fields: [
            .text("id", "ID", "f-1", readOnly: true),
            .text("title", "Titel", required: true),
            .multiline("notes", "Notizen"),
            .date("born", "Geboren"),
            .month("due", "Erwartet"),
            .toggle("free", "Kostenlos"),
            .choice("field", "Bereich", options: [FormOption(id: "bildung", label: "Bildung"),
                                                   FormOption(id: "soziales", label: "Soziales")]),
            .multiChoice("districts", "Stadtteile", options: districts),
        ])
    }

    static func render(_ form: Form, width: Int = 80, height: Int = 24, strings: Strings = .german) -> ScreenBuffer {
        var b = ScreenBuffer(width: width, height: height)
        FormView.draw(form, strings: strings, in: Rect(x: 0, y: 0, width: width, height: height), into: &b)
        return b
    }
}

extension Form {
    @discardableResult
    mutating func send(_ events: Event..., validator: FormValidator = .none) -> FormAction {
        var last = FormAction.none
        for e in events { last = update(e, strings: .german, validator: validator) }
        return last
    }

    mutating func type(_ text: String) { for c in text { _ = update(.character(c), strings: .german) } }
}

@Suite struct FormRenderingTests {
    @Test func showsEveryFieldWithLabelsMarkersAndPlaceholdersAt80x24() {
        let form = FormFixture.form()
        let b = FormFixture.render(form)
        #expect(b.line(0).hasPrefix("Testformular"))
        #expect(b.line(0).hasSuffix("Feld 1/7"))  // the read-only id is not counted
        #expect(b.line(1).contains("* Pflichtfeld"))
        let title = b.row(containing: "Titel *")!
        #expect(b.line(title).hasPrefix("▶ Titel *"))
        #expect(b.cursor?.y == title)
        #expect(b.line(b.row(containing: "Geboren")!).contains("JJJJ-MM-TT"))
        #expect(b.line(b.row(containing: "Erwartet")!).contains("JJJJ-MM"))
        #expect(b.line(b.row(containing: "Kostenlos")!).contains("[ ] nein"))
        #expect(b.line(b.row(containing: "Bereich")!).contains("– (⏎ wählen)"))
        #expect(b.line(b.row(containing: "ID")!).contains("f-1"))
        #expect(b[2, b.row(containing: "ID")!].role == .dim)
        // The multi-line field takes three rows; the fields below it start after them.
        #expect(b.row(containing: "Geboren")! - b.row(containing: "Notizen")! == 3)
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 80 })
    }

    @Test func fitsAt60x15AndScrollsToTheFocusedField() {
        var form = FormFixture.form()
        for k in 1...5 { form.fields.insert(.text("extra\(k)", "Zusatz \(k)"), at: 2) }
        let first = FormFixture.render(form, width: 60, height: 15)
        #expect(first.lines.allSatisfy { TerminalText.width($0) <= 60 })
        #expect(first.row(containing: "Stadtteile") == nil)  // below the window
        #expect(first.line(14).hasSuffix("↓"))
        form.send(.end)  // End is a text key: the focus stays
        form.send(.pageDown, .pageDown, .tab)
        #expect(form.focusedField?.key == "districts")
        let b = FormFixture.render(form, width: 60, height: 15)
        let row = b.row(containing: "Stadtteile")!
        #expect(b.line(row).hasPrefix("▶"))
        #expect(b.cursor?.y == row)
        #expect(b.line(2).hasSuffix("↑"))
        #expect(b.row(containing: "Titel *") == nil)  // scrolled out at the top
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 60 })
        form.send(.pageUp, .pageUp, .pageUp)
        #expect(FormFixture.render(form, width: 60, height: 15).row(containing: "Titel *") != nil)
    }
}

@Suite struct FormEditingTests {
    @Test func typingUmlautsAndMovingTheCursor() {
        var form = FormFixture.form()
        form.type("Grüße")
        #expect(form.text("title") == "Grüße")
        form.send(.left, .left)
        form.type("x")
        #expect(form.text("title") == "Grüxße")
        let b = FormFixture.render(form)
        let row = b.row(containing: "Grüxße")!
        let valueX = TerminalText.width(String(b.line(row).prefix { $0 != "G" }))
        // The cursor sits after "Grüx": four cells after the start of the value.
        #expect(b.cursor?.x == valueX + 4)
        #expect(b.cursor?.y == row)
        form.send(.home)
        form.send(.delete)
        form.send(.end, .backspace)
        #expect(form.text("title") == "rüxß")
        form.send(.home, .right, .right, .backspace)
        #expect(form.text("title") == "rxß")
    }

    @Test func wideCharactersAndCombiningMarksAreOneStep() {
        var form = FormFixture.form()
        form.type("家庭a")
        let b = FormFixture.render(form)
        let row = b.row(containing: "家庭a")!
        let valueX = TerminalText.width(String(b.line(row).prefix { $0 != "家" }))
        #expect(b.cursor?.x == valueX + 5)  // two wide characters and one narrow
        form.send(.left, .left, .backspace)
        #expect(form.text("title") == "庭a")
        #expect(FormFixture.render(form).cursor?.x == valueX)
        // u + combining diaeresis: one character, the cursor moves past it once.
        form.send(.end)
        form.type("u\u{0308}")
        #expect(form.text("title") == "庭au\u{0308}")
        #expect(form.field("title")?.cursor == 3)
        form.send(.backspace)
        #expect(form.text("title") == "庭a")
    }

    @Test func longTextScrollsSidewaysWithTheCursor() {
        var form = FormFixture.form()
        let long = String(repeating: "Kindertagesstätte ", count: 8) + "ENDE"
        form.type(long)
        let b = FormFixture.render(form)
        let row = b.row(containing: "ENDE")!
        #expect(b.line(row).hasSuffix("ENDE"))
        #expect(b.cursor!.x < 80)
        form.send(.home)
        let start = FormFixture.render(form)
        #expect(start.line(row).contains("Kindertagesstätte Kinder"))
        #expect(!start.line(row).contains("ENDE"))
    }

    @Test func multilineTakesNewlinesAndMovesBetweenLines() {
        var form = FormFixture.form()
        form.send(.tab)
        #expect(form.focusedField?.key == "notes")
        form.type("erste")
        form.send(.enter)
        form.type("zweite Zeile")
        #expect(form.text("notes") == "erste\nzweite Zeile")
        form.send(.up)
        #expect(form.focusedField?.key == "notes")
        #expect(form.field("notes")?.cursor == 5)  // column 12 is past the end of "erste"
        form.type("!")
        #expect(form.text("notes") == "erste!\nzweite Zeile")
        form.send(.up)  // on the first line: to the previous field
        #expect(form.focusedField?.key == "title")
        form.send(.down, .down, .down)
        #expect(form.focusedField?.key == "born")
        let b = FormFixture.render(form)
        let notes = b.row(containing: "Notizen")!
        #expect(b.line(notes).contains("erste!"))
        #expect(b.line(notes + 1).contains("zweite Zeile"))
    }

    @Test func tabSkipsReadOnlyFieldsAndEnterMovesOnFromALine() {
        var form = FormFixture.form()
        #expect(form.focusedField?.key == "title")
        form.send(.backTab)
        #expect(form.focusedField?.key == "title")
        form.send(.enter)
        #expect(form.focusedField?.key == "notes")
        form.send(.pageDown)
        #expect(form.focusedField?.key == "districts")
        form.send(.pageUp, .pageUp)
        #expect(form.focusedField?.key == "title")
        form.type("ID")  // the read-only field is never changed by typing
        #expect(form.text("id") == "f-1")
    }

    @Test func toggleSwitchesWithSpaceAndEnter() {
        var form = FormFixture.form()
        form.focus(on: "free")
        form.send(.character(" "))
        #expect(form.flag("free"))
        #expect(FormFixture.render(form).line(FormFixture.render(form).row(containing: "Kostenlos")!).contains("[x] ja"))
        form.send(.enter)
        #expect(!form.flag("free"))
    }
}

@Suite struct FormPickerTests {
    @Test func multipleChoiceNarrowsByTypingAndTogglesWithSpace() {
        var form = FormFixture.form()
        form.focus(on: "districts")
        form.send(.enter)
        #expect(form.picker != nil)
        var b = FormFixture.render(form)
        #expect(b.row(containing: "[ ] Nordviertel") != nil)
        #expect(b.row(containing: "[ ] Bahnhofsviertel") != nil)
        form.type("sud")  // folding: finds "Südstadt"
        b = FormFixture.render(form)
        #expect(b.row(containing: "Südstadt") != nil)
        #expect(b.row(containing: "Nordviertel") == nil)
        #expect(b.row(containing: "Eingrenzen: sud") != nil)
        form.send(.character(" "))
        #expect(form.selection("districts") == ["sued"])
        form.send(.backspace, .backspace, .backspace)
        form.type("viertel")
        form.send(.down, .character(" "))  // the second match: Bahnhofsviertel
        #expect(form.selection("districts") == ["sued", "bahn"])
        form.send(.up, .enter)  // Enter toggles too: Nordviertel
        #expect(form.selection("districts") == ["nord", "sued", "bahn"])  // in the order of the options
        form.send(.character(" "))  // and off again
        #expect(form.selection("districts") == ["sued", "bahn"])
        form.send(.escape)
        #expect(form.picker == nil)
        #expect(!form.isConfirmingDiscard)  // Esc closed only the list
        b = FormFixture.render(form)
        #expect(b.line(b.row(containing: "Stadtteile")!).contains("(2) Südstadt, Bahnhofsviertel"))
    }

    @Test func singleChoiceOpensByTypingAndEnterChooses() {
        var form = FormFixture.form()
        form.focus(on: "field")
        form.type("soz")
        #expect(form.picker?.query == "soz")
        form.send(.enter)
        #expect(form.picker == nil)
        #expect(form.selection("field") == ["soziales"])
        form.send(.enter, .up, .enter)
        #expect(form.selection("field") == ["bildung"])
        form.send(.delete)
        #expect(form.selection("field") == [])
    }

    @Test func nothingFoundIsSaid() {
        var form = FormFixture.form()
        form.focus(on: "districts")
        form.type("xyz")
        #expect(FormFixture.render(form).row(containing: "Nichts gefunden.") != nil)
        form.send(.character(" "))
        #expect(form.selection("districts") == [])
    }
}

@Suite struct FormValidationTests {
    @Test func aRequiredFieldBlocksSavingAndKeepsEverything() {
        var form = FormFixture.form()
        form.focus(on: "notes")
        form.type("wichtige Notiz")
        form.focus(on: "born")
        form.type("2020-02-30")  // no such day
        let r1 = form.send(.ctrlS)
        #expect(r1 == .none)
        #expect(form.text("notes") == "wichtige Notiz")
        #expect(form.text("born") == "2020-02-30")
        #expect(form.focusedField?.key == "title")  // the first field with an error
        let b = FormFixture.render(form)
        #expect(b.line(1).contains("2 Fehler (Titel, Geboren) – nicht gespeichert"))
        #expect(b[0, 1].role == .warning)
        let title = b.row(containing: "Titel *")!
        #expect(b.line(title + 1).contains("! Pflichtfeld – bitte ausfüllen"))
        let born = b.lines.firstIndex { $0.hasPrefix("  Geboren") }!
        #expect(b.line(born + 1).contains("! Datum als JJJJ-MM-TT"))
        // Editing a field takes its error away; F2 saves as Ctrl-S does.
        form.type("Titel")
        #expect(form.errors["title"] == nil)
        form.focus(on: "born")
        form.send(.backspace, .backspace)
        form.type("28")
        let r2 = form.send(.function(2))
        #expect(r2 == .submit)
        #expect(form.errors.isEmpty)
    }

    @Test func monthsAreChecked() {
        var form = FormFixture.form()
        form.type("T")
        form.focus(on: "due")
        form.type("2026-13")
        form.send(.ctrlS)
        #expect(form.errors["due"] == Strings.german.formInvalidMonth)
        form.send(.backspace)
        form.type("2")
        let r3 = form.send(.ctrlS)
        #expect(r3 == .submit)
    }

    @Test func theCallersRulesRunAfterTheFormsOwn() {
        let validator = FormValidator { values in
            var e: [String: String] = [:]
            if values["title"]?.text == "doppelt" { e["title"] = "schon vorhanden" }
            if values["districts"]?.selection?.isEmpty ?? true { e[""] = "Bitte einen Stadtteil wählen." }
            return e
        }
        var form = FormFixture.form()
        form.type("doppelt")
        let r4 = form.send(.ctrlS, validator: validator)
        #expect(r4 == .none)
        #expect(form.errors["title"] == "schon vorhanden")
        let b = FormFixture.render(form)
        #expect(b.line(1).hasPrefix("Bitte einen Stadtteil wählen."))
        #expect(b.row(containing: "! schon vorhanden") != nil)
        form.send(.backspace)
        form.set("districts", to: .selection(["alt"]))
        let r5 = form.send(.ctrlS, validator: validator)
        #expect(r5 == .submit)
    }
}

@Suite struct FormDiscardTests {
    @Test func escOnAChangedFormAsksAndKeepsTheInputUnlessConfirmed() {
        var form = FormFixture.form()
        form.type("Entwurf")
        let r6 = form.send(.escape)
        #expect(r6 == .none)
        #expect(form.isConfirmingDiscard)
        let b = FormFixture.render(form)
        #expect(b.line(1) == "Änderungen verwerfen? (j/n)")
        let r7 = form.send(.character("x"))
        #expect(r7 == .none)  // other keys do nothing
        #expect(form.text("title") == "Entwurf")
        let r8 = form.send(.character("n"))
        #expect(r8 == .none)
        #expect(!form.isConfirmingDiscard)
        #expect(form.text("title") == "Entwurf")
        form.type("!")
        #expect(form.text("title") == "Entwurf!")
        form.send(.escape)
        let r9 = form.send(.escape)
        #expect(r9 == .none)  // Esc answers "no"
        form.send(.escape)
        let r10 = form.send(.character("j"))
        #expect(r10 == .cancel)
    }

    @Test func escOnAnUnchangedFormLeavesAtOnce() {
        var form = FormFixture.form()
        let r11 = form.send(.escape)
        #expect(r11 == .cancel)
        form.type("a")
        form.send(.backspace)  // back to the original value: not dirty
        #expect(!form.isDirty)
        let r12 = form.send(.escape)
        #expect(r12 == .cancel)
    }

    @Test func englishAsksWithYesNo() {
        var form = FormFixture.form()
        form.type("x")
        _ = form.update(.escape, strings: .english)
        #expect(FormFixture.render(form, strings: .english).line(1) == "Discard changes? (y/n)")
        let r13 = form.update(.character("y"), strings: .english)
        #expect(r13 == .cancel)
    }
}

@Suite struct FormExportTests {
    @Test func valuesRoundTripThroughJSON() throws {
        var form = FormFixture.form()
        form.type("Grüße \"quoted\"")
        form.focus(on: "notes")
        form.type("a")
        form.send(.enter)
        form.type("b")
        form.focus(on: "free")
        form.send(.character(" "))
        form.set("districts", to: .selection(["alt", "nord"]))
        let json = form.exportJSON()
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == "Grüße \"quoted\"")
        #expect(parsed?["free"] as? Bool == true)
        #expect(parsed?["districts"] as? [String] == ["alt", "nord"])
        #expect(parsed?["notes"] as? String == "a\nb")

        var restored = FormFixture.form()
        let r14 = restored.importJSON(json)
        #expect(r14)
        #expect(restored.values == form.values)
        #expect(restored.isDirty)
        #expect(restored.field("title")?.cursor == "Grüße \"quoted\"".count)
        let r15 = restored.importJSON("not json")
        #expect(!r15)
    }

    @Test func importLeavesOutUnknownKeysAndWrongKinds() {
        var form = FormFixture.form()
        form.setValues(["title": .text("ok"), "free": .text("yes"), "nope": .flag(true),
                        "field": .selection(["bildung", "soziales"])])
        #expect(form.text("title") == "ok")
        #expect(!form.flag("free"))
        #expect(form.selection("field") == [])  // two ids for a single choice do not fit
        #expect(form.values["nope"] == nil)
        form.markClean()
        #expect(!form.isDirty)
    }
}

@Suite struct FormSafetyTests {
    @Test func controlCharactersInValuesAreShownEscaped() {
        let form = Form(title: "T\u{1B}[2J", fields: [
            .text("a", "Feld\u{7}", "x\u{1B}]0;pwned\u{7}y"),
            .multiline("b", "Text", "eins\u{1B}[31m\nzwei"),
            .multiChoice("c", "Liste", options: [FormOption(id: "o", label: "bö\u{1B}se")], selected: ["o"]),
        ])
        let b = FormFixture.render(form)
        for y in 0..<b.height {
            for x in 0..<b.width {
                #expect(!b[x, y].character.unicodeScalars.contains(where: TerminalText.isUnsafe), "unsafe at \(x),\(y)")
            }
        }
        #expect(b.text.contains("x\\x1B]0;pwned\\x07y"))
        #expect(b.text.contains("eins\\x1B[31m"))
        #expect(b.text.contains("bö\\x1Bse"))
    }
}

@Suite struct FormWrapTests {
    @Test func multilineTextWrapsAtSpacesAndKeepsTheCursorInView() {
        var form = Form(title: "T", fields: [.multiline("d", "Text")])
        form.type("Sprachbildung im Kita-Alltag beim Spielen Essen und Vorlesen und noch viel mehr Text am Ende")
        var b = FormFixture.render(form, width: 40, height: 12)
        let rows = (2..<12).map { b.line($0) }.filter { !$0.isEmpty }
        // Words are not split: every row ends with a whole word.
        let words = Set(form.text("d").split(separator: " ").map(String.init))
        for row in rows {
            let value = row.dropFirst(2 + 4 + 2).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "↑", with: "")
                .trimmingCharacters(in: .whitespaces)
            for w in value.split(separator: " ") { #expect(words.contains(String(w)), "\(w) in \(row)") }
        }
        #expect(b.lines.contains { $0.contains("Ende") })
        #expect(b.cursor.map { b.line($0.y).contains("Ende") } == true)
        form.send(.up)  // one logical line only: ↑ leaves the field, which stays the only one
        for _ in 0..<200 { form.send(.left) }
        b = FormFixture.render(form, width: 40, height: 12)
        #expect(b.lines.contains { $0.contains("Sprachbildung") })
        #expect(FormView.visualLines("ab cd", width: 2).map { [$0.start, $0.end] } == [[0, 2], [3, 5]])
        #expect(FormView.visualLines("abcdef", width: 4).map { [$0.start, $0.end] } == [[0, 4], [4, 6]])
        #expect(FormView.visualLines("ab cde f", width: 4).map { [$0.start, $0.end] } == [[0, 3], [3, 7], [7, 8]])
    }
}

@Suite struct FormInputSafetyTests {
    @Test func controlCharactersAreNotTyped() {
        var form = FormFixture.form()
        form.type("a\u{9B}b\u{1B}c\u{202E}d")  // CSI, ESC, a bidi override
        #expect(form.text("title") == "abcd")
    }
}

@Suite struct FormLongValueTests {
    @Test func aValueWithoutTheFocusReadsFromItsStart() {
        let long = "Allgemeiner Sozialer Dienst – Beratung und Hilfen für Familien in allen Stadtteilen"
        var form = Form(title: "T", fields: [.text("a", "Erstes", long), .text("b", "Zweites", long)])
        var b = FormFixture.render(form, width: 60, height: 15)
        let second = b.row(containing: "Zweites")!
        #expect(b.line(second).contains("Zweites  Allgemeiner Sozialer"))
        #expect(b.line(second).hasSuffix("…"))
        // The focused one shows the end, where the cursor is.
        #expect(b.line(b.row(containing: "Erstes")!).hasSuffix("Stadtteilen"))
        form.send(.home)
        b = FormFixture.render(form, width: 60, height: 15)
        #expect(b.line(b.row(containing: "Erstes")!).contains("Erstes   Allgemeiner Sozialer"))
    }
}
