import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// Ctrl-C arrives as a key: it quits, except where it would throw away typed input.
@Suite struct InterruptTests {
    @Test func ctrlCQuitsFromEveryScreenWithoutAForm() {
        var chain = EditFixture.state()
        #expect(chain.effect(.ctrlC) == .quit)
        var list = EditFixture.state()
        list.send(.character("4"), .enter)
        #expect(list.effect(.ctrlC) == .quit)
        var unchanged = EditFixture.state()
        unchanged.send(.character("4"), .enter, .character("e"))
        #expect(unchanged.openForm != nil)
        #expect(unchanged.effect(.ctrlC) == .quit, "a form without changes loses nothing")
    }

    @Test func ctrlCOnAChangedOfferFormAsksAndNoKeepsTheInput() {
        var s = EditFixture.state()
        s.send(.character("4"), .enter, .character("e"), .end)
        s.type(" – neu")
        let typed = s.openForm!.form.text("title")
        #expect(s.effect(.ctrlC) == .none)
        let asking = s.screen
        #expect(asking.lines.contains { $0.contains("Nicht gespeichert – Kette trotzdem beenden? Die Eingaben gehen verloren. (j/n)") },
                "\(asking.lines.joined(separator: "\n"))")
        // Typing is held while the question is open: `x` neither answers nor lands in the field.
        #expect(s.effect(.character("x")) == .none)
        #expect(s.openForm!.form.text("title") == typed)
        s.send(.character("n"))
        #expect(s.openForm?.form.isConfirmingQuit == false)
        #expect(s.openForm?.form.text("title") == typed)
        #expect(!s.screen.lines.contains { $0.contains("trotzdem beenden") })
        // Esc answers no as well; then Ctrl-C and j quit.
        #expect(s.effect(.ctrlC) == .none)
        s.send(.escape)
        #expect(s.openForm?.form.text("title") == typed)
        #expect(s.effect(.ctrlC, .character("j")) == .quit)
    }

    @Test func aSecondCtrlCQuits() {
        var s = EditFixture.state()
        s.send(.character("4"), .enter, .character("n"))
        s.type("Neues Angebot")
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.effect(.ctrlC) == .quit)
    }

    @Test func theQuestionIsNotHiddenByHelpOrAChoiceList() {
        var s = EditFixture.state()
        s.send(.character("4"), .enter, .character("e"), .end)
        s.type(" – neu")
        s.send(.function(1))
        #expect(s.overlay == .help)
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.overlay == .none)
        #expect(s.screen.lines.contains { $0.contains("trotzdem beenden") })
        #expect(s.effect(.character("j")) == .quit)
    }

    @Test func theQuestionInEnglish() {
        var s = AppState(store: TUIFixture.demo, strings: .english, storeLabel: "Musterstadt", isDemo: false,
                         width: 80, height: 24)
        s.send(.character("4"), .enter, .character("e"), .end)
        s.type(" – new")
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.screen.lines.contains { $0.contains("Not saved — quit Kette anyway? The input will be lost. (y/n)") })
        #expect(s.effect(.character("y")) == .quit)
    }

    @Test func aChangedCaseFormQuitsAtOnceBecauseItsDraftIsKept() throws {
        var (s, _) = try CaseScreenTests().diskState()
        s.openCaseList()
        s.send(.character("n"))
        s.type("Familie Linde")
        #expect(s.caseStore!.draft(key: "new") != nil)
        #expect(s.effect(.ctrlC) == .quit)
        #expect(s.caseStore!.draft(key: "new") != nil, "the draft stays for the next start")
    }

    @Test func theQuestionIsNotHiddenByALongNoteLeftFromAFailedSave() {
        var s = EditFixture.state()
        s.send(.character("4"), .enter, .character("e"), .end)
        s.type(" – neu")
        // A refused save leaves its note (several lines with the chmod that fixes it) over the form.
        s.message = "Gespeichert werden konnte nicht: /srv/kette/team/stadt/angebote/offers.json ist nicht beschreibbar – chmod g+w /srv/kette/team/stadt/angebote/offers.json und chgrp jugendamt /srv/kette/team/stadt"
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.screen.lines.contains { $0.contains("Nicht gespeichert – Kette trotzdem beenden?") },
                "\(s.screen.lines.joined(separator: "\n"))")
    }

    /// The consent form keeps no draft (only new and edited cases do): typed consent is lost on
    /// Ctrl-C, so it asks like an offer form.
    @Test func ctrlCOnAChangedConsentFormAsksBecauseItKeepsNoDraft() throws {
        var s = CaseScreenTests().demoState()
        s.openCaseList()
        s.openCase(id: "demo-001")
        s.addOfferToCase("o-0002")
        let index = s.openCase!.referrals.count - 1
        let target = s.caseDetailTargets.firstIndex(of: .referral(index))!
        s.send(.home)
        s.send(Array(repeating: .down, count: target))
        s.send(.character("s"), .enter)
        #expect(s.openForm?.purpose.isCase == true)
        s.type("Kontaktdaten und Anliegen")
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.screen.lines.contains { $0.contains("Nicht gespeichert – Kette trotzdem beenden?") },
                "\(s.screen.lines.joined(separator: "\n"))")
        s.send(.character("n"))
        #expect(s.openForm?.form.text("scope") == "Kontaktdaten und Anliegen")
        #expect(s.effect(.ctrlC, .character("j")) == .quit)
        // Unchanged, it quits at once.
        var fresh = CaseScreenTests().demoState()
        fresh.openCaseList()
        fresh.openCase(id: "demo-001")
        fresh.addOfferToCase("o-0002")
        fresh.send(.home)
        fresh.send(Array(repeating: .down, count: target))
        fresh.send(.character("s"), .enter)
        #expect(fresh.openForm != nil)
        #expect(fresh.effect(.ctrlC) == .quit)
    }

    /// Ctrl-C leaves a case form at once only because its draft holds the input. When the draft
    /// cannot be written (a `.drafts` closed to this colleague, a full disk), it asks instead.
    @Test func ctrlCOnACaseFormWhoseDraftCouldNotBeSavedAsks() throws {
        var (s, dir) = try diskState()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Not a directory: no draft can be written below it.
        #expect(FileManager.default.createFile(atPath: dir + "/cases/.drafts", contents: Data()))
        s.openCaseList()
        s.send(.character("n"))
        s.type("Familie Linde")
        #expect(s.caseStore!.draft(key: "new") == nil)
        #expect(s.effect(.ctrlC) == .none)
        #expect(s.screen.lines.contains { $0.contains("Nicht gespeichert – Kette trotzdem beenden?") },
                "\(s.screen.lines.joined(separator: "\n"))")
        #expect(s.effect(.character("j")) == .quit)
    }

    func diskState() throws -> (AppState, String) { try CaseScreenTests().diskState() }

    /// In the smallest window (60 columns) the question keeps its answer keys: they were cut off.
    @Test func theQuestionKeepsItsAnswerKeysInANarrowWindow() {
        var s = EditFixture.state(width: 60, height: 15)
        s.send(.character("4"), .enter, .character("e"), .end)
        s.type("x")
        #expect(s.effect(.ctrlC) == .none)
        let line = s.screen.lines.first { $0.contains("Nicht gespeichert") } ?? ""
        #expect(line.contains("Kette trotzdem beenden?") && line.trimmingCharacters(in: .whitespaces).hasSuffix("(j/n)"), "\(s.screen.lines.joined(separator: "\n"))")
    }
}
