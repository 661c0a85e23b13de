import Foundation
import Testing
@testable import KetteCore

/// Changing offers: the rules of `kette validate` on one edited offer, and saving offers.json.
@Suite struct OfferEditingCoreTests {
    func makeStore() throws -> (dir: String, loaded: LoadedStore) {
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: Fixture.files, at: dir)
        return (dir, try StoreLoader.load(from: DirectoryStoreSource(path: dir)))
    }

    @Test func saveWritesTheFileAndBumpsTheRevision() throws {
        let (dir, loaded) = try makeStore()
        #expect(loaded.store.meta[.offers]?.revision ?? 0 == 0)
        var offer = loaded.store.offer(id: "o1")!
        offer.title = "Sprachförderung – neu"
        let saved = try OfferEditing.save(offer, replacing: "o1", in: loaded.store, directory: dir)
        #expect(saved.meta[.offers]?.revision == 1)
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(again.isValid)
        #expect(again.store.meta[.offers]?.revision == 1)
        #expect(again.store.offer(id: "o1")?.title == "Sprachförderung – neu")
        #expect(again.store.offers.map(\.id) == loaded.store.offers.map(\.id))  // in place, nothing else changed
        let text = try String(contentsOfFile: dir + "/offers.json", encoding: .utf8)
        #expect(text.contains("\"revision\": 1"))
        // A new offer is appended; the revision goes on.
        var new = offer
        new.id = "o9"
        new.title = "Neu"
        let twice = try OfferEditing.save(new, replacing: nil, in: saved, directory: dir)
        #expect(twice.meta[.offers]?.revision == 2)
        let third = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        #expect(third.offers.last?.id == "o9")
        #expect(third.offers.count == loaded.store.offers.count + 1)
    }

    @Test func aSaveOnAnOldRevisionIsAConflictAndWritesNothing() throws {
        let (dir, loaded) = try makeStore()
        var theirs = loaded.store
        theirs.offers[1].title = "Von der Kollegin"
        try StoreWriter.save(.offers, of: theirs, in: dir)
        var mine = loaded.store.offer(id: "o1")!
        mine.title = "Von mir"
        #expect(throws: StoreWriteError.conflict(path: dir + "/offers.json", expected: 0, found: 1)) {
            try OfferEditing.save(mine, replacing: "o1", in: loaded.store, directory: dir)
        }
        let onDisk = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        #expect(onDisk.offer(id: "o1")?.title == "Sprachförderung in der Kita")
        #expect(onDisk.offers[1].title == "Von der Kollegin")
    }

    @Test func issuesUseValidatesRulesOnTheEditedOffer() throws {
        let store = try Fixture.load().store
        var o = store.offer(id: "o3")!
        #expect(OfferEditing.issues(of: o, replacing: "o3", in: store).isEmpty)
        o.title = "  "
        o.stages = []
        o.transitions = []
        o.districts = ["sued", "west"]
        o.languages = ["de", "DEU"]
        let issues = OfferEditing.issues(of: o, replacing: "o3", in: store)
        #expect(issues.contains(OfferIssue(field: "title", kind: .required)))
        #expect(issues.contains(OfferIssue(field: "stages", kind: .needsStageOrTransition)))
        #expect(issues.contains(OfferIssue(field: "districts", kind: .unknownReference("west"))))
        #expect(issues.contains { $0.field == "languages" })
        // Not city-wide and no district.
        var p = store.offer(id: "o1")!
        p.districts = []
        #expect(OfferEditing.issues(of: p, replacing: "o1", in: store) == [OfferIssue(field: "districts", kind: .needsDistrictOrCitywide)])
        p.citywide = true
        #expect(OfferEditing.issues(of: p, replacing: "o1", in: store).isEmpty)
    }

    @Test func newOffersNeedAFreeValidID() throws {
        let store = try Fixture.load().store
        var o = store.offer(id: "o1")!
        #expect(OfferEditing.issues(of: o, replacing: nil, in: store) == [OfferIssue(field: "id", kind: .duplicateID)])
        o.id = "neu mit leerzeichen"
        #expect(OfferEditing.issues(of: o, replacing: nil, in: store).first == OfferIssue(field: "id", kind: .invalidID))
        o.id = ""
        #expect(OfferEditing.issues(of: o, replacing: nil, in: store).first == OfferIssue(field: "id", kind: .required))
        o.id = OfferEditing.nextID(in: store)
        #expect(o.id == "o-1")
        #expect(OfferEditing.issues(of: o, replacing: nil, in: store).isEmpty)
        o.transitions = ["t-weg"]
        #expect(OfferEditing.issues(of: o, replacing: nil, in: store) == [OfferIssue(field: "transitions", kind: .unknownReference("t-weg"))])
        #expect(OfferEditing.freeID("o1", in: store) == "o1-2")
    }

    @Test func unknownKeysOfAnEditedOfferAreKept() throws {
        let files = Fixture.files.merging(["offers.json": """
            {"offers": [\(Fixture.offer("o1", title: "A").dropLast()), "x-extern": {"id": 7}}], "x-top": true}
            """]) { _, new in new }
        let dir = Fixture.temporaryDirectory() + "/store"
        try StoreWriter.create(files: files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.isValid, "\(loaded.errors)")
        var o = loaded.store.offer(id: "o1")!
        o.title = "B"
        try OfferEditing.save(o, replacing: "o1", in: loaded.store, directory: dir)
        let text = try String(contentsOfFile: dir + "/offers.json", encoding: .utf8)
        #expect(text.contains("\"x-extern\"") && text.contains("\"x-top\"") && text.contains("\"B\""))
    }

    @Test func staleOffersAreTheActiveOnesOlderThanTheCutoff() throws {
        let store = try Fixture.load().store  // every offer updated 2026-01-15
        #expect(StaleOffers.list(store.offers, today: Day("2027-01-15")!, months: 12).isEmpty)
        let stale = StaleOffers.list(store.offers, today: Day("2027-01-16")!, months: 12)
        #expect(stale.map(\.id) == ["o1", "o2", "o3", "o5"])  // o4 is archived
        #expect(StaleOffers.list(store.offers, today: Day("2026-07-16")!, months: 6).count == 4)
    }
}
