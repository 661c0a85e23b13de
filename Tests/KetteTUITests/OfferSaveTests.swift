import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// Saving from the offer form into a store on disk, the way the Navigator does it, including a
/// colleague's save in between.
@Suite struct OfferSaveTests {
    func makeStore() throws -> (dir: String, source: DirectoryStoreSource, state: AppState) {
        let dir = NSTemporaryDirectory() + "kette-tui-save-" + UUID().uuidString
        try StoreWriter.create(TUIFixture.tricky, at: dir)
        let source = DirectoryStoreSource(path: dir)
        let loaded = try StoreLoader.load(from: source)
        #expect(loaded.isValid, "\(loaded.errors)")
        var state = EditFixture.state(loaded.store)
        state.send(.character("2"), .enter)
        return (dir, source, state)
    }

    /// Another session changes one offer's title and saves.
    func colleagueRenames(_ id: String, to title: String, in source: DirectoryStoreSource) throws {
        var theirs = try StoreLoader.load(from: source).store
        theirs.offers[theirs.offers.firstIndex { $0.id == id }!].title = title
        try StoreWriter.save(.offers, of: theirs, in: source.path)
    }

    @Test func aConflictKeepsTheInputAndTheNextSaveBuildsOnTheNewState() throws {
        var (dir, source, state) = try makeStore()
        let watcher = StoreWatcher(source: source)
        state.open(offer: "long")
        state.send(.character("e"))
        state.openForm!.form.set("title", to: .text("Beratung zur Kinderbetreuung"))
        state.openForm!.form.focus(on: "hours")
        state.type(", Do 14–18 Uhr")
        guard case .saveOffer(let first) = state.effect(.ctrlS) else { Issue.record("no save"); return }

        try colleagueRenames("ar", to: "Familienberatung (geändert)", in: source)
        Navigator.perform(first, on: &state, source: source, watcher: watcher)
        let form = try #require(state.openForm?.form)
        #expect(form.notice == Strings.german.saveConflict)
        #expect(form.text("title") == "Beratung zur Kinderbetreuung")
        #expect(form.text("hours") == "Mo–Fr 9–12 Uhr, Do 14–18 Uhr")
        #expect(state.store.offer(id: "ar")?.title == "Familienberatung (geändert)")  // reloaded
        #expect(state.screen.line(3).hasPrefix("Nicht gespeichert: eine andere Sitzung"))
        #expect(!watcher.poll())  // the reload already took the colleague's change in

        guard case .saveOffer(let second) = state.effect(.ctrlS) else { Issue.record("no second save"); return }
        Navigator.perform(second, on: &state, source: source, watcher: watcher)
        #expect(state.openForm == nil)
        #expect(state.message == "Gespeichert: „Beratung zur Kinderbetreuung“.")
        #expect(!watcher.poll())  // our own save is not "another session's"
        let onDisk = try StoreLoader.load(from: source).store
        #expect(onDisk.meta[.offers]?.revision == 2)
        #expect(onDisk.offer(id: "long")?.title == "Beratung zur Kinderbetreuung")
        #expect(onDisk.offer(id: "long")?.hours == "Mo–Fr 9–12 Uhr, Do 14–18 Uhr")
        #expect(onDisk.offer(id: "long")?.updated == EditFixture.today)
        #expect(onDisk.offer(id: "ar")?.title == "Familienberatung (geändert)")
        #expect(state.store.offer(id: "long")?.title == "Beratung zur Kinderbetreuung")
        _ = dir
    }

    @Test func aConflictOnTheSameOfferSaysSo() throws {
        var (_, source, state) = try makeStore()
        state.open(offer: "long")
        state.send(.character("e"))
        state.openForm!.form.set("title", to: .text("Meine Fassung"))
        guard case .saveOffer(let change) = state.effect(.ctrlS) else { Issue.record("no save"); return }
        try colleagueRenames("long", to: "Ihre Fassung", in: source)
        Navigator.perform(change, on: &state, source: source, watcher: nil)
        #expect(state.openForm?.form.notice == Strings.german.saveConflictSameOffer)
        #expect(state.openForm?.form.text("title") == "Meine Fassung")
    }

    @Test func archivingWritesTheStatus() throws {
        var (_, source, state) = try makeStore()
        state.open(offer: "ar")
        state.send(.escape)
        guard case .saveOffer(let change) = state.effect(.character("x"), .character("j")) else { Issue.record("no save"); return }
        Navigator.perform(change, on: &state, source: source, watcher: nil)
        let onDisk = try StoreLoader.load(from: source).store
        #expect(onDisk.offer(id: "ar")?.status == .archived)
        #expect(onDisk.offers.count == 3)
        #expect(!state.currentList.contains { $0.id == "ar" })
        #expect(state.message?.hasPrefix("Archiviert:") == true)
    }

    @Test func aStoreThatCannotBeWrittenKeepsTheForm() throws {
        var (dir, source, state) = try makeStore()
        state.open(offer: "long")
        state.send(.character("e"))
        state.type("!")
        guard case .saveOffer(let change) = state.effect(.ctrlS) else { Issue.record("no save"); return }
        // The lock file replaced by a directory: the save fails without a conflict.
        try? FileManager.default.removeItem(atPath: dir + "/.kette.lock")
        try FileManager.default.createDirectory(atPath: dir + "/.kette.lock", withIntermediateDirectories: false)
        Navigator.perform(change, on: &state, source: source, watcher: nil)
        #expect(state.openForm?.form.notice?.hasPrefix("Nicht gespeichert:") == true)
        #expect(state.openForm?.form.text("title").hasSuffix("!") == true)
    }

    /// After saving an offer the navigator reads the store again — without the case files: case
    /// data is read only through the case store (role check, audit log). It loaded every case file
    /// into the navigator's store, for any user who may edit offers.
    @Test func savingAnOfferDoesNotReadTheCaseFiles() throws {
        var (dir, source, state) = try makeStore()
        mkdir("\(dir)/cases", 0o700)
        try #"{"id": "c1", "pseudonym": "Familie Geheim", "district": "nord", "children": [], "owner": "fk1", "status": "open", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z", "revision": 1}"#
            .write(toFile: "\(dir)/cases/c1.json", atomically: false, encoding: .utf8)
        chmod("\(dir)/cases/c1.json", 0o600)
        #expect(try StoreLoader.load(from: source, includeCases: true).store.cases.count == 1, "premise: the case file is valid")
        state.open(offer: "long")
        state.send(.character("e"))
        state.openForm!.form.set("title", to: .text("Neue Fassung"))
        guard case .saveOffer(let change) = state.effect(.ctrlS) else { Issue.record("no save"); return }
        Navigator.perform(change, on: &state, source: source, watcher: nil)
        #expect(state.openForm == nil && state.store.offer(id: "long")?.title == "Neue Fassung")
        #expect(state.store.cases.count == 0, "case files were read into the navigator: \(state.store.cases.map(\.pseudonym))")
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/cases/.audit.log"))
    }
}
