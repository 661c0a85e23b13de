import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// The offer form while another session (`kette import`, a colleague) writes the store (QA of issue #6).
@Suite struct ExchangeQATUITests {
    /// An import changes the offer being edited; the navigator notices the change on disk and
    /// reloads. The save passed the revision check (the store on screen was the new one) and
    /// silently put back the old hours the form still held.
    @Test func anImportOfTheOfferBeingEditedIsNotUndoneSilentlyBySaving() throws {
        let dir = NSTemporaryDirectory() + "kette-tui-qa6-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try StoreWriter.create(TUIFixture.tricky, at: dir)
        let source = DirectoryStoreSource(path: dir)
        var state = EditFixture.state(try StoreLoader.load(from: source).store)
        state.send(.character("2"), .enter)
        let watcher = StoreWatcher(source: source)
        state.open(offer: "long")
        state.send(.character("e"))
        state.openForm!.form.set("title", to: .text("Meine Fassung"))

        // The import: only the hours of this offer.
        let csv = Array("ID;Öffnungszeiten\r\nlong;Nur dienstags\r\n".utf8)
        let loaded = try StoreLoader.load(from: source)
        let plan = try OfferCSVImport.plan(csv, store: loaded.store, today: EditFixture.today)
        #expect(plan.changed.count == 1, "\(plan.rejected)")
        try OfferImport.apply(plan, to: loaded)
        #expect(watcher.poll())
        Navigator.reload(&state, from: watcher)
        #expect(state.openForm != nil)

        // The first Ctrl-S does not save; it says what happened and keeps the input.
        if case .saveOffer = state.effect(.ctrlS) { Issue.record("saved over the import without a word") }
        #expect(state.openForm?.form.notice == Strings.german.saveConflictSameOffer)
        #expect(state.openForm?.form.text("title") == "Meine Fassung")
        #expect(try StoreLoader.load(from: source).store.offer(id: "long")?.hours == "Nur dienstags")

        // The second one overwrites deliberately, as the notice says.
        guard case .saveOffer(let change) = state.effect(.ctrlS) else { Issue.record("no second save"); return }
        Navigator.perform(change, on: &state, source: source, watcher: watcher)
        #expect(state.openForm == nil)
        #expect(try StoreLoader.load(from: source).store.offer(id: "long")?.title == "Meine Fassung")
    }
}
