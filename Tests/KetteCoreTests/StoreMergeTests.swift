import Foundation
import Testing
@testable import KetteCore

/// Writing a change planned on an earlier read (``StoreWriter/merge(_:into:isCancelled:_:)``), the
/// one write path of the offer and indicator imports.
@Suite struct StoreMergeTests {
    func makeStore() throws -> (dir: String, loaded: LoadedStore) {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        return (dir, try StoreLoader.load(from: DirectoryStoreSource(path: dir)))
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func rename(_ store: inout Store) { store.offers[0].title = "Neu" }

    @Test func anUnchangedFileIsWrittenWithItsHistory() throws {
        let (dir, loaded) = try makeStore()
        #expect(try StoreWriter.merge(.offers, into: loaded, rename) == 1)
        let after = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(after.isValid, "\(after.lines)")
        #expect(after.store.offers[0].title == "Neu" && after.store.meta[.offers]?.revision == 1)
        #expect(StoreHistory.versions(of: "offers.json", in: dir).map(\.revision) == [0])
        // A save of another file meanwhile does not stop it: only the merged file must be as seen.
        var other = after.store
        other.districts[0].name = "Nordstadt-Mitte"
        try StoreWriter.save(.districts, of: other, in: dir)
        #expect(try StoreWriter.merge(.offers, into: after) { $0.offers[1].title = "Auch neu" } == 2)
    }

    @Test func aFileChangedSinceThePlanIsRefusedAndNothingIsWritten() throws {
        let (dir, loaded) = try makeStore()
        let path = dir + "/offers.json"
        // A colleague saves offers.json after the plan was made ...
        var theirs = loaded.store
        theirs.offers[1].title = "Ihr Titel"
        try StoreWriter.save(.offers, of: theirs, in: dir)
        let saved = try bytes(path)
        #expect(throws: StoreMergeError.changedMeanwhile(path: path)) { try StoreWriter.merge(.offers, into: loaded, rename) }
        #expect(try bytes(path) == saved)
        #expect(StoreHistory.versions(of: "offers.json", in: dir).map(\.revision) == [0])
        // ... or someone edits it by hand and leaves the revision as it was.
        let (dir2, loaded2) = try makeStore()
        let edited = try String(contentsOfFile: dir2 + "/offers.json", encoding: .utf8)
            .replacingOccurrences(of: "Sprachförderung in der Kita", with: "Von Hand")
        try edited.write(toFile: dir2 + "/offers.json", atomically: true, encoding: .utf8)
        #expect(throws: StoreMergeError.changedMeanwhile(path: dir2 + "/offers.json")) {
            try StoreWriter.merge(.offers, into: loaded2, rename)
        }
        #expect(try String(contentsOfFile: dir2 + "/offers.json", encoding: .utf8) == edited)
        #expect(StoreHistory.versions(of: "offers.json", in: dir2).isEmpty)
    }

    @Test func aChangeThatNoLongerFitsAnotherFileChangedMeanwhileIsRefused() throws {
        // The plan was made when districts.json had "west" (no offer used it yet) ...
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        files["districts.json"] = Fixture.districts.replacingOccurrences(
            of: #"{"id": "nord","#, with: #"{"id": "west", "name": "Weststadt"}, {"id": "nord","#)
        try StoreWriter.create(files: files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        try #require(loaded.isValid, "\(loaded.lines)")
        // ... then someone removes "west" from districts.json before the import writes.
        var theirs = loaded.store
        theirs.districts.removeAll { $0.id == "west" }
        try StoreWriter.save(.districts, of: theirs, in: dir)
        let before = try bytes(dir + "/offers.json")
        #expect(throws: StoreMergeError.changedMeanwhile(path: dir + "/districts.json")) {
            try StoreWriter.merge(.offers, into: loaded) { $0.offers[0].districts = ["west"] }
        }
        #expect(try bytes(dir + "/offers.json") == before)
        let after = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(after.isValid, "\(after.lines)")
        // Indicator values are merged the same way.
        #expect(throws: StoreMergeError.changedMeanwhile(path: dir + "/districts.json")) {
            try StoreWriter.merge(.indicators, into: loaded) { store in
                store.values.append(IndicatorValue(indicator: "sgb2", district: "west", year: 2025, value: 12))
            }
        }
        #expect(try StoreLoader.load(from: DirectoryStoreSource(path: dir)).isValid)
    }

    @Test func aWriterThatIgnoresTheLockMeetsTheRevisionCheck() throws {
        let (dir, loaded) = try makeStore()
        let path = dir + "/offers.json"
        var theirs = loaded.store
        theirs.offers[1].title = "Ohne Sperre"
        let text = StoreWriter.render(.offers, of: theirs, revision: 7)
        #expect {
            // Between the check and the write, someone writes the file without taking the lock.
            try StoreWriter.merge(.offers, into: loaded) { store in
                try? text.write(toFile: path, atomically: true, encoding: .utf8)
                rename(&store)
            }
        } throws: { e in
            (e as? StoreMergeError) == .write(.conflict(path: path, expected: 0, found: 7))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aHeldLockRefusesAfterWaitingAndWritesNothing() throws {
        let (dir, loaded) = try makeStore()
        let before = try bytes(dir + "/offers.json")
        // flock belongs to the open file: a second lock in this process waits as another process would.
        let held = try StoreLock(storePath: dir)
        #expect(throws: StoreMergeError.write(.locked(path: dir))) { try StoreWriter.merge(.offers, into: loaded, rename) }
        withExtendedLifetime(held) {}
        #expect(try bytes(dir + "/offers.json") == before)
    }

    /// Ctrl-C while another writer holds the lock: the import stops as cancelled ("Abgebrochen",
    /// exit 130), at once, instead of waiting out the lock and reporting it as held.
    @Test func aCancelWhileWaitingForTheLockStopsAtOnce() throws {
        let (dir, loaded) = try makeStore()
        let before = try bytes(dir + "/offers.json")
        let held = try StoreLock(storePath: dir)
        let start = ContinuousClock.now
        #expect(throws: StoreMergeError.cancelled) { try StoreWriter.merge(.offers, into: loaded, isCancelled: { true }, rename) }
        #expect(ContinuousClock.now - start < .seconds(2))
        withExtendedLifetime(held) {}
        #expect(try bytes(dir + "/offers.json") == before)
    }

    @Test func aCancelJustBeforeTheWriteLeavesTheOldFile() throws {
        let (dir, loaded) = try makeStore()
        let before = try bytes(dir + "/offers.json")
        #expect(throws: StoreMergeError.cancelled) { try StoreWriter.merge(.offers, into: loaded, isCancelled: { true }, rename) }
        #expect(try bytes(dir + "/offers.json") == before)
    }

    @Test func theDemoAndStoresWithErrorsAreRefused() throws {
        let demo = try StoreLoader.load(from: MemoryStoreSource(name: "Demo", files: Fixture.files))
        #expect(throws: StoreMergeError.demo(store: "Demo")) { try StoreWriter.merge(.offers, into: demo, rename) }
        var (dir, loaded) = try makeStore()
        loaded.diagnostics.append(Diagnostic(file: dir + "/districts.json", line: 1, column: 1, message: "kaputt"))
        #expect(throws: StoreMergeError.invalidStore(store: dir, errors: 1)) { try StoreWriter.merge(.offers, into: loaded, rename) }
    }

    @Test func messagesNameTheFileAndSayNothingWasSaved() {
        let e = StoreMergeError.changedMeanwhile(path: "/srv/kette/offers.json")
        #expect(e.description == "/srv/kette/offers.json was changed meanwhile (by another Kette session or program); "
            + "nothing was saved — run the import again.")
        #expect(e.message(.de) == "/srv/kette/offers.json wurde inzwischen geändert (von einer anderen Kette-Sitzung oder "
            + "einem anderen Programm); nichts wurde gespeichert – bitte den Import wiederholen.")
        #expect(StoreMergeError.rejected(entries: 1).message(.de).hasPrefix("Nichts importiert: 1 Zeile hat Fehler."))
        #expect(StoreMergeError.readOnly(store: "/s\u{1B}[2J").description == "/s\\x1B[2J: the store is read-only (no write permission).")
    }
}
