import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// Archived offers leave the lists; the filter „auch archivierte“ brings them back, marked, so that
/// one archived by mistake can be made active again in its form. They are never printed or referred.
@Suite struct ArchivedOffersTests {
    /// The demo's archived "Spielmobil „Rollende Kiste“" (Kita and Grundschule).
    static let archivedID = "o-0180"

    /// Turns on the filter row „auch archivierte“ in the filter picker.
    static func showArchived(_ s: inout AppState) {
        s.send(.character("f"))
        for _ in 0..<FilterPicker.Row.archived.rawValue { s.send(.down) }
        s.send(.enter, .escape)
    }

    /// Shows archived offers and selects the archived one by searching for it.
    static func selectArchivedOffer(_ s: inout AppState) {
        showArchived(&s)
        s.send(.character("/"))
        s.type("Rollende Kiste")
        s.send(.enter)
        #expect(s.targetOffer?.id == archivedID)
    }

    @Test func theFilterListsArchivedOffersMarked() throws {
        var s = EditFixture.state(width: 100, height: 30)
        let archived = try #require(s.store.offer(id: Self.archivedID))
        #expect(archived.status == .archived)
        s.send(.character("4"), .enter)
        let activeCount = s.currentOffers.count
        #expect(!s.screen.lines.contains { $0.contains("Rollende Kiste") })

        Self.showArchived(&s)
        #expect(s.filter.includeArchived)
        #expect(s.currentOffers.count == activeCount + 1)
        #expect(s.screen.line(1).contains("✓ auch archivierte"), "\(s.screen.line(1))")
        s.send(.character("/"))
        s.type("Rollende Kiste")
        s.send(.enter)
        #expect(s.targetOffer?.id == Self.archivedID)
        #expect(s.screen.lines.contains { $0.hasPrefix("▶ archiviert: Spielmobil") }, "\(s.screen.lines.joined(separator: "\n"))")
        // `c` clears every filter: archived offers leave again.
        s.send(.escape, .escape, .character("f"), .character("c"), .escape)
        #expect(!s.filter.includeArchived)
    }

    @Test func anArchivedOfferIsMadeActiveAgainInItsForm() throws {
        var s = EditFixture.state(width: 100, height: 30)
        Self.selectArchivedOffer(&s)
        s.send(.character("e"))
        var open = try #require(s.openForm)
        #expect(open.form.values["status"]?.selection == ["archived"])
        let field = try #require(open.form.fields.firstIndex { $0.key == "status" })
        open.form.focus = field
        s.openForm = open
        // The status field is a choice: open it, go to „aktiv“, take it, save.
        s.send(.enter, .home, .enter)
        #expect(s.openForm?.form.values["status"]?.selection == ["active"])
        let effect = s.effect(.ctrlS)
        guard case .saveOffer(let change) = effect else { Issue.record("no save: \(effect)"); return }
        #expect(change.offer.id == Self.archivedID && change.offer.status == .active)
    }

    @Test func anArchivedOfferIsNotMarkedForAHandout() {
        var s = EditFixture.state(width: 100, height: 30)
        Self.selectArchivedOffer(&s)
        s.send(.character("*"))
        #expect(s.handoutOffers.isEmpty)
        #expect(s.screen.line(1).contains("archiviert und kommt nicht auf einen Ausdruck"), "\(s.screen.line(1))")
    }

    @Test func anArchivedOfferIsNotAddedToTheCaseInContext() throws {
        var s = CaseScreenTests().demoState()
        s.openCaseList()
        s.send(.enter)
        #expect(s.caseContext != nil)
        let referrals = s.openCase?.referrals.count
        s.addOfferToCase(Self.archivedID)
        #expect(s.message == CaseLabels.german.archivedNotReferred)
        #expect(s.openCase?.referrals.count == referrals)
    }

    @Test func theChainPreviewMarksArchivedOffersToo() {
        // Tall enough for the whole Kita preview (title order puts the Spielmobil far down).
        var s = EditFixture.state(width: 100, height: 200)
        Self.showArchived(&s)
        s.send(.character("4"), .selectionRested)
        let lines = s.screen.lines
        #expect(lines.contains { $0.contains("• archiviert: Spielmobil „Rollende Kiste“") }, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("• Spielmobil „Rollende Kiste“") })
    }

    @Test func theDetailOfAnArchivedOfferSaysSo() {
        var s = EditFixture.state(width: 100, height: 30)
        Self.selectArchivedOffer(&s)
        s.send(.enter)
        #expect(s.screen.lines.contains { $0.contains("archiviert") }, "\(s.screen.lines.joined(separator: "\n"))")
    }
}
