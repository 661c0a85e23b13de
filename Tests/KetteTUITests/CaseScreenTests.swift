import Foundation
import KetteCore
import KetteDemo
import Testing
@testable import KetteTUI

/// The case screens as a person uses them: list, detail with the timeline, context on the chain,
/// referrals from offer screens, status changes, forms with drafts and conflicts, presentation mode.
@Suite struct CaseScreenTests {
    static let today = Day("2026-11-21")!
    let clock = Clock.fixed(CaseScreenTests.today)
    let worker = OSUser(name: "fk1", groups: ["jugendamt"])

    /// The demo with its cases in memory.
    func demoState(width: Int = 100, height: Int = 30) -> AppState {
        let loaded = try! StoreLoader.load(from: DemoStore.source(), includeCases: true)
        var s = TUIFixture.state(loaded.store, width: width, height: height)
        s.today = Self.today
        s.caseStore = MemoryCaseStore(store: loaded.store, cases: loaded.store.cases, user: worker, clock: clock)
        return s
    }

    /// A copy of the demo on disk with a directory case store.
    func diskState(user: OSUser? = nil) throws -> (AppState, String) {
        let dir = NSTemporaryDirectory() + "kette-tui-cases-" + UUID().uuidString
        try StoreWriter.create(files: DemoStore.files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: false)
        var s = AppState(store: loaded.store, strings: .german, storeLabel: "Musterstadt", isDemo: false, width: 100, height: 30)
        s.today = Self.today
        s.caseStore = try DirectoryCaseStore(path: dir, store: loaded.store, user: user ?? worker, clock: clock)
        return (s, dir)
    }

    @Test func theListShowsCasesWithDueFollowUpsFirstAndFilters() {
        var s = demoState()
        s.send(.character("F"))
        let b = s.screen
        #expect(b.lines[2].contains("Fälle (alle) · 4 Fälle"))
        // demo-003 (follow-up 2026-11-07) and demo-001 (2026-11-14) are due and come first, marked.
        let first = b.row(containing: "demo-003")!, second = b.row(containing: "demo-001")!
        #expect(first < second && b.lines[first].contains("2026-11-07 !"))
        #expect(b.row(containing: "demo-005") == nil, "closed cases are not listed")
        s.send(.character("w"))
        #expect(s.visibleCases.map(\.id) == ["demo-003", "demo-001"])
        #expect(s.screen.lines[2].contains("nur fällige"))
        s.send(.character("w"), .character("d"))
        #expect(s.caseFilter.district != nil && s.visibleCases.allSatisfy { $0.district == s.caseFilter.district })
    }

    @Test func openingACaseSetsTheContextOnTheChain() {
        var s = demoState()
        s.send(.character("F"))
        let row = s.visibleCases.firstIndex { $0.id == "demo-003" }!
        s.send(Array(repeating: .down, count: row))
        s.send(.enter)
        var b = s.screen
        #expect(b.lines[2].contains("Fall demo-003 — Familie Lerche"))
        #expect(b.lines[0].contains("[Fall: Familie Lerche]"))
        #expect(b.row(containing: "Entlang der Kette") != nil)
        let stage = b.row(containing: "Grundschule (6–10 Jahre)")!
        #expect(b.lines[stage].contains("● Kind A, Kind B"))
        #expect(b.row(containing: "→ Kind A in 4 Monaten") != nil)
        // The filters are preset to the family's district.
        #expect(s.filter.district == "bahnhofsviertel")
        #expect(b.lines[1].contains("Stadtteil: Bahnhofsviertel"))
        // Back on the chain: the same marks, the selection on the child's stage.
        s.send(.escape, .escape)
        #expect(s.current.screen == .chain)
        b = s.screen
        let chainRow = b.row(containing: "Grundschule (6–10 Jahre)")!
        #expect(b.lines[chainRow].contains("● Kind A, Kind B") && b.lines[chainRow].hasPrefix("▶"))
        // X closes the context: marks and preset filters go.
        s.send(.character("X"))
        #expect(s.caseContext == nil && s.filter == OfferFilter())
        #expect(!s.screen.lines.joined().contains("● Kind A"))
    }

    @Test func plusSuggestsAnOfferFromAnyOfferScreenAndStatusFollowsTheRules() throws {
        var s = demoState()
        s.openCaseList()
        s.openCase(id: "demo-001")
        s.send(.escape, .escape)
        // On the chain: open the list of the selected (child's) stage and add the first offer.
        s.send(.enter)
        let offer = s.currentList.first { !s.caseContext!.referred.contains($0.id) }!
        s.open(offer: offer.id)
        s.send(.character("+"))
        #expect(s.screen.lines[1].contains("als Vorschlag zu Familie Ahorn hinzugefügt"))
        #expect(s.openCase?.referrals.last?.offer == offer.id && s.openCase?.referrals.last?.status == .vorgeschlagen)
        s.send(.character("+"))
        #expect(s.screen.lines[1].contains("schon zugeordnet"))
        // In the case: the new referral is there; s offers only the allowed next statuses.
        s.openCaseList()
        s.openCase(id: "demo-001")
        let index = s.openCase!.referrals.count - 1
        let target = s.caseDetailTargets.firstIndex(of: .referral(index))!
        s.send(Array(repeating: .down, count: target))
        s.send(.character("s"))
        guard case .referralStatus(_, let choices, _) = s.overlay else {
            Issue.record("no status choice")
            return
        }
        #expect(choices == [.vermittelt, .abgelehnt])
        #expect(s.screen.row(containing: "Neuer Status") != nil)
        s.send(.enter)
        #expect(s.openCase?.referrals[index].status == .vermittelt)
        #expect(s.screen.lines[1].contains("Status: vermittelt"))
        // The saved case is what the store now holds.
        #expect(try s.caseStore!.read("demo-001").referrals[index].status == .vermittelt)
    }

    @Test func passingAFamilyOnAsksForTheirConsent() throws {
        var s = demoState()
        s.openCaseList()
        s.openCase(id: "demo-001")
        s.addOfferToCase("o-0002")
        let index = s.openCase!.referrals.count - 1
        let target = s.caseDetailTargets.firstIndex(of: .referral(index))!
        s.send(.home)
        s.send(Array(repeating: .down, count: target))
        s.send(.character("s"), .enter)
        #expect(s.openCase?.referrals[index].status == .vermittelt)
        // The consent form opens at once, the recipient preset to the offer's provider.
        let form = try #require(s.openForm?.form)
        #expect(form.title.hasPrefix("Einwilligung zur Datenweitergabe"))
        #expect(form.text("recipient") == s.store.offer(id: "o-0002")!.provider)
        #expect(form.text("given") == "2026-11-21")
        s.send(.ctrlS)
        #expect(s.openForm?.form.errors["scope"] != nil, "scope is required")
        s.type("Kontaktdaten und Anliegen")
        s.send(.ctrlS)
        #expect(s.openForm == nil)
        let consent = try #require(s.openCase?.referrals[index].consent)
        #expect(consent.scope == "Kontaktdaten und Anliegen" && consent.given == Self.today && consent.revoked == nil)
        #expect(s.screen.lines.contains { $0.contains("Einwilligung ✓") })
        // E opens it again; a revocation is recorded with its date.
        s.send(.character("E"), .tab, .tab, .tab)
        s.type("2026-11-21")
        s.send(.ctrlS)
        #expect(s.openCase?.referrals[index].consent?.revoked == Self.today)
        #expect(s.screen.lines.contains { $0.contains("Einwilligung widerrufen") })
    }

    @Test func theOwnerFilterCyclesThroughMineAndColleagues() throws {
        var s = demoState()
        let other = try s.caseStore!.read("demo-002")
        var copy = other
        copy.id = "c-x"
        copy.owner = "fk2"
        s.caseStore = MemoryCaseStore(store: s.store, cases: [other, copy], user: OSUser(name: "demo"), clock: clock)
        s.openCaseList()
        #expect(s.visibleCases.count == 2)
        s.send(.character("o"))
        #expect(s.visibleCases.map(\.id) == ["demo-002"] && s.screen.lines[2].contains("(meine)"))
        s.send(.character("o"))
        #expect(s.visibleCases.map(\.id) == ["c-x"] && s.screen.lines[2].contains("Zuständig: fk2"))
        s.send(.character("o"))
        #expect(s.visibleCases.count == 2)
    }

    @Test func offersAreMarkedForTheHandoutAndACasePrintsItsReferrals() throws {
        var s = demoState()
        s.send(.character("4"), .enter)
        let first = s.currentList[0].id, second = s.currentList[1].id
        s.send(.character("*"), .down, .character("*"))
        #expect(s.handoutOffers == [first, second])
        #expect(s.screen.lines[1].contains("vorgemerkt (2 Angebote)"))
        #expect(s.update(.character("P")) == .writeHandout([first, second]))
        s.send(.up, .character("*"))
        #expect(s.handoutOffers == [second], "* again unmarks")
        // On a case, P prints the case's referred offers (rejected ones left out), not the marks.
        s.openCaseList()
        s.openCase(id: "demo-003")
        let expected = s.openCase!.referrals.filter { $0.status != .abgelehnt }.map(\.offer)
        #expect(s.update(.character("P")) == .writeHandout(expected))
        // What the Navigator then writes: HTML and text, private, nothing of the case.
        let dir = NSTemporaryDirectory() + "kette-handouts-" + UUID().uuidString
        let paths = try HandoutFile.save(store: s.store, offerIDs: expected, directory: dir, date: Self.today)
        #expect(paths.map { ($0 as NSString).lastPathComponent } == ["ausdruck-2026-11-21-1.html", "ausdruck-2026-11-21-1.txt"])
        let text = try String(contentsOfFile: paths[1], encoding: .utf8)
        #expect(!text.contains("Lerche") && !text.contains("demo-003"))
        #expect(text.contains(s.store.offer(id: expected[0])!.title.prefix(20)))
        var st = stat()
        stat(paths[0], &st)
        #expect(st.st_mode & 0o777 == 0o600)
        s.handoutSaved(.success(paths))
        #expect(s.screen.lines[1].contains("Ausdruck gespeichert"))
        // Nothing marked, nothing to print.
        var empty = demoState()
        #expect(empty.update(.character("P")) == .none)
        #expect(empty.screen.lines[1].contains("Nichts vorgemerkt"))
    }

    @Test func caseErrorsSpeakTheInterfaceLanguage() throws {
        var (s, dir) = try diskState()
        chmod("\(dir)/cases/demo-001.json", 0o644)
        s.openCaseList()
        s.openCase(id: "demo-001")
        #expect(s.current.screen == .cases, "an open case file is not shown")
        let line = s.screen.lines[1]
        #expect(line.contains("Rechte 0644 sind zu offen") || s.message?.contains("chmod 600") == true, "\(line)")
        #expect(s.message?.contains("Abhilfe: chmod 600") == true, "\(s.message ?? "")")
        #expect(CaseStoreError.notFound(id: "x").message(.en) == "no case \"x\"")
    }

    @Test func wiedervorlagenListDueFollowUpsAndOpenReferrals() {
        var s = demoState()
        s.send(.character("W"))
        #expect(s.current.screen == .followUps)
        let b = s.screen
        #expect(b.lines[2].hasPrefix("Wiedervorlagen (2)"))
        let overdue = b.row(containing: "demo-003")!
        #expect(b.lines[overdue].contains("14 Tage überfällig"))
        #expect(b.row(containing: "vorgeschlagen") != nil)
        s.send(.enter)
        #expect(s.current.screen == .caseDetail("demo-003"))
    }

    @Test func presentationModeNeverShowsCases() {
        var s = demoState()
        s.openCaseList()
        s.openCase(id: "demo-001")
        s.send(.character("p"))
        #expect(!s.stack.contains { $0.screen.showsCaseData })
        #expect(s.savedStacks.values.allSatisfy { !$0.contains { $0.screen.showsCaseData } })
        let text = s.screen.lines.joined(separator: "\n")
        #expect(!text.contains("Ahorn") && !text.contains("●"))
        s.send(.character("F"))
        #expect(s.current.screen == .chain)
        #expect(s.screen.lines[1].contains("Präsentationsmodus nicht gezeigt"))
    }

    @Test func withoutAccessTheNavigatorSaysWhyAndShowsNoCase() {
        var s = demoState()
        s.caseStore = nil
        s.caseAccessNote = CaseLabels.german.noAccess("praktikant")
        s.send(.character("F"))
        #expect(s.current.screen == .chain)
        #expect(s.screen.lines[1].contains("Fälle sind für praktikant nicht freigegeben"))
    }

    @Test func aNewCaseIsValidatedSavedAndItsDraftSurvivesAnInterruption() throws {
        var (s, dir) = try diskState()
        s.openCaseList()
        s.send(.character("n"))
        #expect(s.openForm != nil && s.screen.lines[2].hasPrefix("Neuer Fall"))
        s.type("Anna Schmidt")
        // Typed text is already on disk as a draft.
        let draft = try #require(s.caseStore!.draft(key: "new"))
        #expect(draft.contains("Anna Schmidt"))
        var st = stat()
        stat("\(dir)/cases/.drafts/fk1/new.json", &st)
        #expect(st.st_mode & 0o777 == 0o600)
        // Saving without a district fails, keeps the input and names the field.
        s.send(.ctrlS)
        #expect(s.openForm?.form.text("pseudonym") == "Anna Schmidt")
        #expect(s.openForm?.form.errors["district"]?.hasPrefix("Pflichtfeld") == true)
        #expect(s.screen.lines.contains { $0.contains("Pflichtfeld") })

        // The connection drops: a new session on the same store gets the draft back.
        var (t, _) = (s, dir)
        t.openForm = nil
        t.send(.character("n"))
        #expect(t.openForm?.form.text("pseudonym") == "Anna Schmidt")
        #expect(t.screen.lines.contains { $0.contains("Entwurf wiederhergestellt") })
        // Choose a district, give a child, save.
        t.send(.tab, .enter, .enter, .tab)
        t.type("Kind 1, 2020-09")
        t.send(.ctrlS)
        #expect(t.openForm == nil, "\(t.openForm?.form.errors ?? [:])")
        let saved = try #require(t.openCase)
        #expect(saved.pseudonym == "Anna Schmidt" && saved.children.map(\.alias) == ["Kind 1"] && saved.owner == "fk1")
        #expect(t.current.screen == .caseDetail(saved.id))
        #expect(t.screen.lines[1].contains("gespeichert") && t.screen.lines[1].contains("echter Name"))
        #expect(t.caseStore!.draft(key: "new") == nil, "a saved case leaves no draft")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/cases/\(saved.id).json"))
    }

    @Test func aConflictKeepsTheInputAndShowsTheOtherVersion() throws {
        var (s, dir) = try diskState()
        s.openCaseList()
        s.openCase(id: "demo-002")
        s.send(.character("e"))
        let notes = s.openForm!.form.index(of: "notes")!
        s.send(Array(repeating: .tab, count: notes))
        s.send(.end)
        s.type(" Meine Ergänzung.")
        // Meanwhile a colleague saves the same case.
        let other = try DirectoryCaseStore(path: dir, store: s.store, user: OSUser(name: "fk2"), clock: clock)
        var theirs = try other.read("demo-002")
        theirs.followUp = Day("2027-01-15")
        _ = try other.save(theirs)

        s.send(.ctrlS)
        let form = try #require(s.openForm?.form, "the form stays open with the input")
        #expect(form.text("notes").hasSuffix(" Meine Ergänzung."))
        #expect(form.notice?.contains("Konflikt") == true && form.notice?.contains("fk2") == true)
        #expect(form.notice?.contains("2027-01-15") == true, "the other version's value is visible")
        #expect(s.screen.lines.contains { $0.contains("Konflikt") })
        // Saving again now builds on the other version, knowingly.
        s.send(.ctrlS)
        #expect(s.openForm == nil)
        let now = try other.read("demo-002")
        #expect(now.notes?.hasSuffix(" Meine Ergänzung.") == true && now.revision == theirs.revision + 2)
    }

    @Test func escWithChangesAsksAndDiscardingRemovesTheDraft() throws {
        var (s, _) = try diskState()
        s.openCaseList()
        s.send(.character("n"))
        s.type("Familie Linde")
        s.send(.escape)
        #expect(s.openForm?.form.isConfirmingDiscard == true)
        #expect(s.caseStore!.draft(key: "new") != nil)
        s.send(.character("n"))
        #expect(s.openForm?.form.text("pseudonym") == "Familie Linde", "n means: do not discard")
        s.send(.escape, .character("j"))
        #expect(s.openForm == nil && s.caseStore!.draft(key: "new") == nil)
    }

    @Test func caseScreensFitSixtyByFifteen() {
        var s = demoState(width: 60, height: 15)
        s.openCaseList()
        #expect(s.screen.lines.allSatisfy { TerminalText.width($0) <= 60 })
        s.openCase(id: "demo-003")
        let b = s.screen
        #expect(b.lines.count == 15 && b.lines.allSatisfy { TerminalText.width($0) <= 60 })
        #expect(b.lines[2].contains("Familie Lerche"))
        #expect(b.cursor != nil)
    }

    @Test func escapeSequencesInCaseDataNeverReachTheScreen() throws {
        var s = demoState()
        let store = s.caseStore!
        var evil = try store.read("demo-001")
        evil.pseudonym = "Familie \u{1B}]0;pwned\u{07}Ahorn"
        evil.notes = "\u{1B}[2J weg"
        s.caseStore = MemoryCaseStore(store: s.store, cases: [evil], user: worker, clock: clock)
        s.openCaseList()
        s.openCase(id: "demo-001")
        let cells = s.screen.lines.joined()
        #expect(!cells.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    // MARK: Found in QA (issue #4)

    /// The SSH connection drops while a case is being edited; a colleague saves the case; the
    /// editor is opened again and the draft comes back. Saving it must not silently replace the
    /// colleague's version: it meets the conflict, keeps the input and shows the other version.
    @Test func aDraftTypedOnAnOlderRevisionIsAConflictNotASilentOverwrite() throws {
        var (s, dir) = try diskState()
        s.openCaseList()
        s.openCase(id: "demo-002")
        let before = try #require(s.openCase)
        s.send(.character("e"))
        let notes = s.openForm!.form.index(of: "notes")!
        s.send(Array(repeating: .tab, count: notes))
        s.send(.end)
        s.type(" Meine Ergänzung.")
        #expect(s.caseStore!.draft(key: "demo-002")?.hasPrefix("r\(before.revision)\n") == true)

        // The connection drops (nothing saved); meanwhile a colleague changes the follow-up.
        let other = try DirectoryCaseStore(path: dir, store: s.store, user: OSUser(name: "fk2"), clock: clock)
        var theirs = try other.read("demo-002")
        theirs.followUp = Day("2027-01-15")
        theirs = try other.save(theirs)

        // A new session of fk1: the draft comes back on the newer case.
        var t = s
        t.openForm = nil
        t.caseStore = try DirectoryCaseStore(path: dir, store: s.store, user: worker, clock: clock)
        t.openCaseList()
        t.openCase(id: "demo-002")
        t.send(.character("e"))
        #expect(t.openForm?.form.text("notes").hasSuffix(" Meine Ergänzung.") == true)
        t.send(.ctrlS)
        let form = try #require(t.openForm?.form, "the form stays open with the restored input")
        #expect(form.text("notes").hasSuffix(" Meine Ergänzung."))
        #expect(form.notice?.contains("Konflikt") == true && form.notice?.contains("fk2") == true, "\(form.notice ?? "")")
        #expect(form.notice?.contains("2027-01-15") == true, "the colleague's value is visible")
        #expect(try other.read("demo-002").followUp == Day("2027-01-15"), "the colleague's version was not replaced")
        // Saving again replaces it knowingly.
        t.send(.ctrlS)
        #expect(t.openForm == nil)
        #expect(try other.read("demo-002").notes?.hasSuffix(" Meine Ergänzung.") == true)
    }

    /// A broken case file does not hide the list: the others are shown and the message names the
    /// file with line and column.
    @Test func aBrokenCaseFileIsNamedWithLineAndColumnAboveTheList() throws {
        var (s, dir) = try diskState()
        try "{\n  \"id\": \"kaputt\",\n  \"pseudonym\": \"X\",,\n}\n".write(toFile: "\(dir)/cases/kaputt.json", atomically: false, encoding: .utf8)
        chmod("\(dir)/cases/kaputt.json", 0o600)
        s.send(.character("F"))
        #expect(s.current.screen == .cases)
        #expect(s.visibleCases.count == 4)
        let text = s.screen.lines.joined(separator: "\n")
        #expect(text.contains("1 Falldatei nicht lesbar") && text.contains("cases/kaputt.json:3:20"), "\(text)")
        #expect(text.contains("Familie Lerche"))
    }

    /// Two colleagues record the family's consent for the same referral. The second session's
    /// watcher brings the first one's save in while the consent form is open; submitting must not
    /// silently replace the colleague's consent: the form stays with the input and says what the
    /// other version holds; submitting again replaces it knowingly.
    @Test func aConsentSavedMeanwhileByAColleagueIsNotSilentlyReplaced() throws {
        var (s, dir) = try diskState()
        s.openCaseList()
        s.openCase(id: "demo-002")
        let targets = s.caseDetailTargets
        let row = try #require(targets.firstIndex { if case .referral = $0 { return true } else { return false } })
        guard case .referral(let index) = targets[row] else { return }
        s.current.selection = row
        s.send(.character("E"))
        try #require(s.openForm != nil, "the consent form opens")
        let typed = (s.openForm?.form.text("scope") ?? "") + "Kontaktdaten und Sprachstand"
        s.type("Kontaktdaten und Sprachstand")

        let other = try DirectoryCaseStore(path: dir, store: s.store, user: OSUser(name: "fk2"), clock: clock)
        var theirs = try other.read("demo-002")
        theirs.referrals[index].consent = Referral.Consent(scope: "nur Name", recipient: "Kita Hafen", given: Self.today)
        _ = try other.save(theirs)
        // The store watcher of this session notices the changed case file.
        s.refreshCases(changed: ["cases/demo-002.json"])

        s.send(.ctrlS)
        #expect(try other.read("demo-002").referrals[index].consent?.scope == "nur Name", "the colleague's consent was replaced silently")
        let form = try #require(s.openForm?.form, "the form stays open with the input")
        #expect(form.text("scope") == typed)
        #expect(form.notice?.contains("fk2") == true && form.notice?.contains("nur Name") == true, "\(form.notice ?? "")")
        s.send(.ctrlS)
        #expect(s.openForm == nil)
        #expect(try other.read("demo-002").referrals[index].consent?.scope == typed)
    }

    /// The administrator restricts the roles in store.json while a colleague has the case list and
    /// a case form open. After the reload nothing of the cases may stay on that screen: not the
    /// list (it was carried over with its pseudonyms), not the open form.
    @Test func rolesRevokedWhileCasesAreOnScreenLeaveNoCaseDataBehind() throws {
        var (s, _) = try diskState()
        s.openCaseList()
        s.openCase(id: "demo-002")
        s.goBack()
        #expect(s.current.screen == .cases && !s.caseList.isEmpty)
        s.send(.character("n"))
        s.type("Familie Linde")
        #expect(s.openForm != nil)

        var restricted = s.store
        restricted.info.cases = CaseSettings(group: "leitung")
        let next = s.reloaded(with: restricted)
        #expect(next.caseStore == nil)
        #expect(next.caseList.count == 0, "the case list stayed in memory: \(next.caseList.map(\.pseudonym))")
        #expect(next.openForm?.purpose.isCase != true, "the case form stayed open")
        #expect(!next.stack.contains { $0.screen.showsCaseData })
        let text = next.screen.lines.joined(separator: "\n")
        for pseudonym in ["Kranich", "Lerche", "Ahorn", "Linde"] {
            #expect(!text.contains(pseudonym), "\(text)")
        }
        #expect(next.caseAccessNote?.contains("fk1") == true)
    }

    /// Opening a case presets the offer filters to the family's district and language. When the
    /// worker then switches to presentation mode (projector), that preset must not stay on the
    /// wall: "Stadtteil: Südpark · Sprache: Ukrainisch" describes the family that was just open.
    @Test func presentationModeDropsTheFiltersPresetFromTheOpenCase() {
        var s = demoState()
        s.openCaseList()
        s.openCase(id: "demo-004")
        #expect(s.filter.district == "suedpark" && s.filter.language == "uk")
        s.send(.character("p"))
        #expect(s.presenting)
        #expect(s.filter.district == nil && s.filter.language == nil)
        let text = s.screen.lines.joined(separator: "\n")
        #expect(!text.contains("Stadtteil: Südpark") && !text.contains("Sprache: Ukrainisch"), "\(text)")
        // A filter chosen by hand (not the case's) stays for the presentation.
        var t = demoState()
        t.filter.district = "altstadt"
        t.send(.character("p"))
        #expect(t.filter.district == "altstadt")
    }
}
