import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// A navigator over a store that may be written (not the demo), on a fixed day.
enum EditFixture {
    static let today = Day("2026-11-21")!

    static func state(_ store: Store = TUIFixture.demo, width: Int = 80, height: Int = 24) -> AppState {
        var s = AppState(store: store, strings: .german, storeLabel: store.info.municipality, isDemo: false,
                         width: width, height: height)
        s.today = today
        return s
    }

    /// The row of a form field by its label (labels start in column 2).
    static func fieldRow(_ b: ScreenBuffer, _ label: String) -> Int? {
        b.lines.firstIndex { $0.dropFirst(2).hasPrefix(label) }
    }
}

extension AppState {
    /// Sends events and returns the last effect.
    mutating func effect(_ events: Event...) -> Effect {
        var last = Effect.none
        for e in events { last = update(e) }
        return last
    }
}

@Suite struct OfferEditingTests {
    @Test func theDemoAndReadOnlyStoresAreNotEdited() {
        var demo = TUIFixture.state()
        demo.send(.character("4"), .enter, .character("e"))
        #expect(demo.openForm == nil)
        #expect(demo.screen.line(1).contains("Demo-Datenbestand wird nicht verändert"))
        demo.send(.character("x"))
        #expect(demo.question == nil)
        var readOnly = EditFixture.state()
        readOnly.isReadOnly = true
        readOnly.send(.character("4"), .enter, .character("n"))
        #expect(readOnly.openForm == nil)
        #expect(readOnly.screen.line(1).contains("Nur lesen"))
    }

    @Test func editOpensEveryFieldOfTheSelectedOffer() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter, .down)
        let offer = state.targetOffer!
        state.send(.character("e"))
        let b = state.screen
        #expect(b.line(2).hasPrefix("Angebot bearbeiten · \(offer.id)"))
        #expect(b.line(3).contains("* Pflichtfeld"))
        #expect(b.line(EditFixture.fieldRow(b, "ID")!).contains(offer.id))
        #expect(b.line(EditFixture.fieldRow(b, "Titel *")!).contains(String(offer.title.prefix(20))))
        #expect(b.line(EditFixture.fieldRow(b, "Anbieter *")!).contains(String(offer.provider.prefix(20))))
        #expect(b.line(23).contains("Speichern") && b.line(23).contains("Abbrechen"))
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 80 })
        // Every field of an offer is in the form.
        let keys = Set(state.openForm!.form.fields.map(\.key))
        #expect(keys == ["id", "title", "provider", "field", "stages", "transitions", "districts", "citywide", "languages",
                         "free", "costNote", "accessible", "address", "phone", "email", "web", "hours", "eligibility",
                         "tags", "description", "status", "updated"])
        // The last fields scroll into view; `updated` says it is set on saving.
        state.send(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        let end = state.screen
        #expect(end.line(EditFixture.fieldRow(end, "Stand")!).contains("wird beim Speichern auf 2026-11-21 gesetzt"))
        #expect(end.line(4).hasSuffix("↑"))
    }

    @Test func savingSendsTheChangedOfferStampedWithToday() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter)
        let offer = state.targetOffer!
        state.send(.character("e"), .end)
        state.type(" – neu")
        let effect = state.effect(.ctrlS)
        guard case .saveOffer(let change) = effect else { Issue.record("no save: \(effect)"); return }
        var expected = offer
        expected.title += " – neu"
        expected.updated = EditFixture.today
        #expect(change.offer == expected)
        #expect(change.replacing == offer.id)
        #expect(change.kind == .edit)
        #expect(state.openForm != nil)  // open until the save succeeded
        // The save came back: the form closes and the list shows the new title.
        var store = state.store
        store.offers[store.offers.firstIndex { $0.id == offer.id }!] = change.offer
        let after = state.didSave(change, store: store)
        #expect(after.openForm == nil)
        #expect(after.screen.line(1).hasPrefix(" Gespeichert: „"))
        #expect(after.store.offer(id: offer.id)?.title == offer.title + " – neu")
        #expect(after.current.screen == .offers(.stage("kita")))
    }

    @Test func aValidationErrorKeepsEveryInput() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter, .character("e"))
        // Clear the title, change the provider, take away every stage and transition.
        let title = state.openForm!.form.text("title")
        state.send(Array(repeating: Event.backspace, count: title.count))
        state.send(.tab, .end)
        state.type(" GmbH")
        state.openForm!.form.set("stages", to: .selection([]))
        state.openForm!.form.set("transitions", to: .selection([]))
        let effect = state.effect(.ctrlS)
        #expect(effect == .none)
        #expect(state.openForm?.form.errors["title"] == "Pflichtfeld – bitte ausfüllen")
        #expect(state.openForm?.form.text("provider").hasSuffix(" GmbH") == true)
        let b = state.screen
        #expect(b.line(3).contains("Fehler (Titel) – nicht gespeichert"))
        let row = EditFixture.fieldRow(b, "Titel *")!
        #expect(b.line(row).hasPrefix("▶"))
        #expect(b.line(row + 1).contains("! Pflichtfeld"))
        // With a title, the store's rules come next: a stage or a transition is needed.
        state.type("Neuer Titel")
        #expect(state.effect(.ctrlS) == .none)
        #expect(state.openForm?.form.errors["stages"] == "mindestens eine Lebensphase oder einen Übergang wählen")
        #expect(state.openForm?.form.focusedField?.key == "stages")
        #expect(state.openForm?.form.text("title") == "Neuer Titel")
    }

    @Test func aNewOfferStartsInTheListsStageAndNeedsItsRequiredFields() {
        var state = EditFixture.state()
        state.filter.district = "altstadt"
        state.send(.character("4"), .enter, .character("n"))
        var form = state.openForm!.form
        #expect(form.title == "Neues Angebot")
        #expect(form.selection("stages") == ["kita"])
        #expect(form.selection("districts") == ["altstadt"])
        #expect(form.selection("languages") == ["de"])
        #expect(form.selection("field") == [])
        #expect(!form.text("id").isEmpty && state.store.offer(id: form.text("id")) == nil)
        #expect(!form.isDirty)
        #expect(state.effect(.ctrlS) == .none)
        form = state.openForm!.form
        #expect(Set(form.errors.keys) == ["title", "provider", "field"])
        // Type the values: title, provider, then the field of work from its picker.
        state.type("Elterncafé am Markt")
        state.send(.tab)
        state.type("Familienzentrum Mitte")
        state.send(.tab)
        state.type("bild")
        state.send(.enter)
        #expect(state.openForm!.form.selection("field") == ["bildung"])
        guard case .saveOffer(let change) = state.effect(.function(2)) else { Issue.record("not saved"); return }
        #expect(change.kind == .create)
        #expect(change.replacing == nil)
        #expect(change.offer.title == "Elterncafé am Markt")
        #expect(change.offer.field == .bildung)
        #expect(change.offer.updated == EditFixture.today)
        var store = state.store
        store.offers.append(change.offer)
        let after = state.didSave(change, store: store)
        #expect(after.current.screen == .detail(offerID: change.offer.id))
        #expect(after.screen.text.contains("Elterncafé am Markt"))
    }

    @Test func anIdThatIsTakenOrMalformedIsAnErrorOnTheIdField() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter)
        let existing = state.targetOffer!
        state.send(.character("d"))
        #expect(state.openForm?.form.title == "Neues Angebot als Kopie von \(existing.id)")
        #expect(state.openForm?.form.text("title") == existing.title)
        state.openForm!.form.set("id", to: .text(existing.id))
        #expect(state.effect(.ctrlS) == .none)
        #expect(state.openForm?.form.errors["id"] == "diese ID ist schon vergeben")
        state.openForm!.form.set("id", to: .text("mit leerzeichen"))
        #expect(state.effect(.ctrlS) == .none)
        #expect(state.openForm?.form.errors["id"]?.hasPrefix("nur Buchstaben") == true)
        state.openForm!.form.set("id", to: .text("kopie-1"))
        guard case .saveOffer(let change) = state.effect(.ctrlS) else { Issue.record("not saved"); return }
        #expect(change.offer.id == "kopie-1")
        #expect(change.offer.stages == existing.stages && change.offer.provider == existing.provider)
    }

    @Test func anUnknownReferenceFromTheDataIsShownOnItsField() {
        var store = TUIFixture.tricky
        store.offers[0].districts = ["nord", "weg"]  // a district that no longer exists
        var state = EditFixture.state(store)
        state.send(.character("2"), .enter)
        state.open(offer: "ar")
        state.send(.character("e"), .ctrlS)
        #expect(state.openForm?.form.errors["districts"] == "unbekannter Eintrag „weg“")
        let b = state.screen
        #expect(b.row(containing: "! unbekannter Eintrag „weg“") != nil)
    }

    @Test func escAsksBeforeThrowingAwayAnEdit() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter, .character("e"))
        state.type("x")
        state.send(.escape)
        #expect(state.screen.line(3) == "Änderungen verwerfen? (j/n)")
        state.send(.character("n"))
        #expect(state.openForm?.form.text("title").hasSuffix("x") == true)
        // q is typed into the form, it does not quit.
        #expect(state.effect(.character("q")) == .none)
        #expect(state.openForm?.form.text("title").hasSuffix("xq") == true)
        state.send(.escape, .character("j"))
        #expect(state.openForm == nil)
        #expect(state.current.screen == .offers(.stage("kita")))
    }

    @Test func f1ShowsTheFormsKeys() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter, .character("e"), .function(1))
        let text = state.screen.text
        #expect(text.contains("Tastenkürzel – Formular"))
        #expect(text.contains("Strg-S  F2"))
        state.send(.escape)
        #expect(state.overlay == .none)
        #expect(state.openForm != nil)
    }
}

@Suite struct OfferFormScreenTests {
    @Test func hostileStoreTextIsEscapedInTheForm() {
        var state = EditFixture.state(TUIFixture.tricky)
        state.send(.character("2"), .enter)
        state.open(offer: "esc")
        state.send(.character("e"))
        let b = state.screen
        for y in 0..<b.height {
            for x in 0..<b.width {
                #expect(!b[x, y].character.unicodeScalars.contains(where: TerminalText.isUnsafe), "unsafe at \(x),\(y)")
            }
        }
        #expect(b.text.contains("X\\x1B[31m"))
        #expect(b.line(2).hasPrefix("Angebot bearbeiten · esc"))
    }

    @Test func theOfferFormFitsAt60x15() {
        var state = EditFixture.state(TUIFixture.tricky, width: 60, height: 15)
        state.send(.character("2"), .enter)
        state.open(offer: "ar")
        state.send(.character("e"))
        var b = state.screen
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 60 })
        #expect(b.line(2).hasPrefix("Angebot bearbeiten · ar"))
        #expect(b.line(14).contains("Speichern") && b.line(14).contains("Esc"))
        // Walk to the end: the focused field is always on screen, with the cursor on it.
        for _ in 0..<25 {
            state.send(.tab)
            b = state.screen
            let marker = b.lines.firstIndex { $0.hasPrefix("▶") }
            #expect(marker != nil)
            // The cursor is on the focused field (a multi-line field spans up to six rows).
            #expect(b.cursor.map { $0.y >= (marker ?? 99) && $0.y < (marker ?? 0) + 6 } == true)
        }
        #expect(state.openForm?.form.focusedField?.key == "status")
        #expect(b.row(containing: "Stand") != nil)
    }
}

@Suite struct ArchiveTests {
    @Test func archivingAsksFirstAndNeverDeletes() {
        var state = EditFixture.state()
        state.send(.character("4"), .enter)
        let offer = state.targetOffer!
        let count = state.currentList.count
        state.send(.character("x"))
        #expect(state.question == .archive(offerID: offer.id))
        var b = state.screen
        #expect(b.line(1).contains("archivieren? (j/n)"))
        #expect(b[0, 1].role == .warning)
        #expect(b.cursor?.y == 1)
        state.send(.character("n"))
        #expect(state.question == nil)
        #expect(state.effect(.character("x"), .character("k")) == .none)  // other keys wait for the answer
        #expect(state.question != nil)
        guard case .saveOffer(let change) = state.effect(.character("j")) else { Issue.record("no save"); return }
        #expect(change.kind == .archive)
        #expect(change.offer.status == .archived)
        #expect(change.offer.id == offer.id && change.offer.title == offer.title && change.offer.updated == offer.updated)
        var store = state.store
        store.offers[store.offers.firstIndex { $0.id == offer.id }!] = change.offer
        let after = state.didSave(change, store: store)
        #expect(after.store.offers.count == TUIFixture.demo.offers.count)  // still there
        #expect(after.currentList.count == count - 1)
        #expect(!after.currentList.contains { $0.id == offer.id })
        b = after.screen
        #expect(b.line(1).hasPrefix(" Archiviert: „"))
    }

    @Test func anArchivedOfferIsNotArchivedAgain() {
        var store = TUIFixture.tricky
        store.offers[1].status = .archived
        var state = EditFixture.state(store)
        state.stack.append(ScreenState(.detail(offerID: "long")))
        state.send(.character("x"))
        #expect(state.question == nil)
        #expect(state.screen.line(1).contains("schon archiviert"))
    }
}

@Suite struct StaleListTests {
    @Test func listsOffersOlderThanTheConfiguredMonthsOldestFirst() {
        var store = TUIFixture.tricky
        store.offers[0].updated = Day("2025-10-01")!
        store.offers[1].updated = Day("2024-03-15")!
        store.offers[2].updated = Day("2025-11-22")!  // one day short of 12 months
        var state = EditFixture.state(store)
        state.send(.character("v"))
        #expect(state.current.screen == .stale)
        #expect(state.currentList.map(\.id) == ["long", "ar"])
        let b = state.screen
        #expect(b.line(2).hasPrefix("Veraltet · 2 Angebote seit über 12 Monaten nicht aktualisiert"))
        let row = b.row(containing: "2024-03-15")!
        #expect(b.line(row).hasPrefix("▶ Kinderbetreuungs"))
        #expect(b.row(containing: "2025-10-01")! == row + 1)
        #expect(b.row(containing: "Böse") == nil)
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 80 })
        // Enter opens the offer, e edits it.
        state.send(.enter)
        #expect(state.current.screen == .detail(offerID: "long"))
        state.send(.escape)
        state.staleMonths = 24
        #expect(state.currentList.map(\.id) == ["long"])
        state.staleMonths = 36
        #expect(state.screen.text.contains("Keine Angebote, die länger als 36 Monate nicht aktualisiert wurden."))
        state.send(.escape)
        #expect(state.current.screen == .chain)
    }

    @Test func fitsAt60x15() {
        var state = EditFixture.state(width: 60, height: 15)
        state.today = Day("2030-01-01")!
        state.send(.character("v"))
        let b = state.screen
        #expect(b.line(2).hasPrefix("Veraltet · "))
        #expect(b.lines.allSatisfy { TerminalText.width($0) <= 60 })
        #expect(b.line(4).hasPrefix("▶"))
        #expect(b.line(14).contains("Esc"))
    }

    @Test func theStoreSettingIsRead() throws {
        var info = StoreInfo(municipality: "X")
        #expect(info.staleAfterMonths == nil)
        info.extras = [JSONMember("staleAfterMonths", try JSONParser.parse(Array("18".utf8)))]
        #expect(info.staleAfterMonths == 18)
        #expect(StaleOffers.cutoff(today: Day("2026-03-31")!, months: 1) == Day("2026-02-28")!)
    }
}
