import Foundation
import Testing
@testable import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// Offers read on the fast path from a directory keep where their long texts lie in offers.json
/// (``OfferTextSource``): they must read as the full path's Strings, and a file changed in place
/// by another program must never lead to wrong texts being written or exported.
@Suite struct LazyOfferTextTests {
    /// `text` written to a file of its own and read on the fast path with its texts kept there.
    static func readLazily(_ text: String, parallelAbove: Int = OfferFileReader.parallelThreshold) -> OfferFileReader.Result? {
        let dir = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/offers.json", contents: Data(text.utf8))
        guard let read = try? DirectoryStoreSource(path: dir).readKeepingOpen("offers.json") else { return nil }
        return OfferFileReader.read(read.bytes, parallelAbove: parallelAbove, texts: read.texts)
    }

    /// A store directory with `offers` and the fixture's other files, loaded.
    static func makeStore(_ offers: String = Self.offers) throws -> (dir: String, loaded: LoadedStore) {
        let dir = Fixture.temporaryDirectory() + "/store"
        var files = Fixture.files
        files["offers.json"] = offers
        try StoreWriter.create(files: files, at: dir)
        return (dir, try StoreLoader.load(from: DirectoryStoreSource(path: dir)))
    }

    static let longText = "Beratung für Mütter und Väter in der Südstadt, mit Übersetzung"

    /// Texts that are hard to read back: escapes, \u sequences (a surrogate pair too), umlauts
    /// as they are, empty strings, short ones (held), null and absent fields.
    static let offers = #"""
    {
      "offers": [
        {"id": "kita-a", "title": "Kita A", "provider": "Träger", "field": "bildung", "stages": ["kita"],
         "transitions": [], "citywide": true, "districts": [],
         "description": "Beratung für Mütter und Väter in der Südstadt, mit Übersetzung",
         "address": "Straße \"Am Ring\" 1,\n12345 Ort \u00e4\u00F6\u00fc \ud83d\ude00 \\ \/ \t Ende",
         "contact": {"phone": "0123 456789-1234567", "email": "", "web": null},
         "languages": ["de"], "cost": {"free": false, "note": "5 € pro Termin, ermäßigt 2 €"}, "accessible": true,
         "eligibility": "", "hours": "Mo–Fr", "updated": "2025-01-01"},
        {"id": "kita-b", "title": "Kita B", "provider": "Träger", "field": "bildung", "stages": ["kita"],
         "transitions": [], "citywide": true, "districts": [], "description": null,
         "contact": {"email": "kontakt-mit-langer-adresse@example.org"},
         "languages": ["de"], "cost": {"free": true}, "accessible": false, "hours": null,
         "eligibility": "Familien mit Kindern unter drei Jahren \u2013 \"alle\"", "updated": "2025-01-02"}
      ]
    }
    """#

    @Test func lazyOffersEqualTheFullPathsOffers() throws {
        let full = OfferFileReaderTests.fullPath(Self.offers)
        #expect(full.diagnostics.isEmpty, "\(full.diagnostics)")
        let lazy = try #require(Self.readLazily(Self.offers))
        #expect(lazy.offers.count == 2)
        for (a, b) in zip(lazy.offers, full.offers) {
            #expect(a == b)
            #expect(a.textSource != nil)
            for (x, y) in [(a.description, b.description), (a.address, b.address), (a.eligibility, b.eligibility),
                           (a.hours, b.hours), (a.contact?.phone, b.contact?.phone), (a.contact?.email, b.contact?.email),
                           (a.contact?.web, b.contact?.web), (a.cost.note, b.cost.note)] {
                #expect(x == y)
            }
        }
        let a = lazy.offers[0]
        #expect(a.description == Self.longText)
        #expect(a.address == "Straße \"Am Ring\" 1,\n12345 Ort äöü 😀 \\ / \t Ende")
        #expect(a.eligibility == "" && a.contact?.email == "" && a.contact?.web == nil)
        #expect(lazy.offers[1].description == nil && lazy.offers[1].address == nil && lazy.offers[1].hours == nil)
        #expect(lazy.offers[1].eligibility == "Familien mit Kindern unter drei Jahren – \"alle\"")
        // The JSON the offers are written as is the same too.
        #expect(JSONWriter.pretty(a.json) == JSONWriter.pretty(full.offers[0].json))
    }

    @Test func theStoreLoaderKeepsTextsInTheFileOnlyForDirectories() throws {
        let (_, loaded) = try Self.makeStore()
        #expect(loaded.isValid, "\(loaded.lines)")
        #expect(loaded.store.offers.allSatisfy { $0.textSource != nil })
        let memory = try Fixture.load(["offers.json": Self.offers])
        #expect(memory.store.offers.allSatisfy { $0.textSource == nil })
        #expect(memory.store.offers == loaded.store.offers)
    }

    @Test func settingALazyFieldReplacesItAndLeavesCopiesAlone() throws {
        let lazy = try #require(Self.readLazily(Self.offers))
        let original = lazy.offers[0]
        var edited = original
        edited.description = "Neu"
        edited.contact?.email = "neu@example.org"
        #expect(edited.description == "Neu" && edited.contact?.email == "neu@example.org")
        // The other stored texts are still read from the file; the copy is untouched.
        #expect(edited.address == original.address && edited.contact?.phone == "0123 456789-1234567")
        #expect(original.description == Self.longText && original.contact?.email == "")
        #expect(edited != original)
        edited.description = Self.longText
        edited.contact?.email = ""
        #expect(edited == original)
    }

    @Test func afterAnAtomicReplaceTheOldTextIsReadConsistently() throws {
        let (dir, loaded) = try Self.makeStore()
        // Kette's own saves (and `mv`) replace the file: the offers still read the file they were read from.
        let newer = Self.offers.replacingOccurrences(of: "Südstadt", with: "Nordstadt, ganz anders und viel länger")
        try Data(newer.utf8).write(to: URL(fileURLWithPath: dir + "/offers.json"), options: .atomic)
        let o = loaded.store.offers[0]
        #expect(o.description == Self.longText)
        #expect(loaded.store.offers[1].eligibility == "Familien mit Kindern unter drei Jahren – \"alle\"")
        #expect(throws: Never.self) { try OfferTextSource.check(loaded.store.offers) }
    }

    /// Rewrites the file in place, as nano or VS Code do (same inode, new content).
    static func rewriteInPlace(_ path: String, _ text: String) throws {
        let fd = open(path, O_WRONLY | O_TRUNC)
        try #require(fd >= 0)
        defer { close(fd) }
        let bytes = Array(text.utf8)
        #expect(write(fd, bytes, bytes.count) == bytes.count)
    }

    @Test func anInPlaceChangeIsShownAsUnavailableAndRefusedBySavesAndExports() throws {
        let (dir, loaded) = try Self.makeStore()
        let path = dir + "/offers.json"
        // The same length, other words, so that only the change itself can tell.
        let changed = Self.offers.replacingOccurrences(of: "Südstadt", with: "Nordstadt").replacingOccurrences(of: "Mütter", with: "Muetter")
        #expect(changed.utf8.count == Self.offers.utf8.count)
        usleep(20_000)
        try Self.rewriteInPlace(path, changed)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        var store = loaded.store
        #expect(store.offers[0].description == OfferTextSource.unavailableText)
        #expect(store.offers[0].contact?.phone == OfferTextSource.unavailableText)
        #expect(store.offers[0].title == "Kita A")
        let expected = StoreWriteError.changedSinceLoad(path: path)
        #expect(throws: expected) { try OfferTextSource.check(store.offers) }
        // A save refuses, and the file stays as the other program left it.
        store.offers[1].title = "Kita B neu"
        #expect(throws: expected) { try StoreWriter.save(.offers, of: store, in: dir) }
        #expect(throws: expected) {
            _ = try OfferEditing.save(store.offers[1], replacing: "kita-b", in: loaded.store, directory: dir)
        }
        // Exports refuse before anything goes out.
        var out: [UInt8] = []
        #expect(throws: expected) { try OfferCSVExport.write(store.offers) { out += $0 } }
        #expect(throws: expected) { try HSDSExport.write(store.offers, store: store) { out += $0 } }
        #expect(out.isEmpty)
        // An import (a merge into the store read again) refuses too.
        #expect(throws: StoreMergeError.self) { try StoreWriter.merge(.offers, into: loaded) { $0.offers[1].title = "Import" } }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(StoreHistory.versions(of: "offers.json", in: dir).isEmpty)
        // Said in both languages, naming the file.
        #expect(expected.message(.de).contains("von einem anderen Programm überschrieben") && expected.message(.de).contains(path))
        #expect(expected.description.contains("nothing was written"))
        // A reload reads the new content.
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(again.store.offers[0].description == "Beratung für Muetter und Väter in der Nordstadt, mit Übersetzung")
    }

    @Test func aChangeAfterTheTextsWereReadIsStillRefused() throws {
        let (dir, loaded) = try Self.makeStore()
        let path = dir + "/offers.json"
        // Every text read (and cached) while the file was intact: the export still refuses at its end.
        _ = loaded.store.offers.map { ($0.description, $0.address, $0.contact) }
        usleep(20_000)
        try Self.rewriteInPlace(path, Self.offers + " ")
        var chunks = 0
        #expect(throws: StoreWriteError.changedSinceLoad(path: path)) {
            try OfferCSVExport.write(loaded.store.offers) { _ in chunks += 1 }
        }
        #expect(chunks == 0)
    }

    @Test func aStoreEqualsItselfReadAgainAndAnImportWritesStoredTexts() throws {
        let (dir, loaded) = try Self.makeStore()
        let again = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(again.store.offers == loaded.store.offers)
        try StoreWriter.merge(.offers, into: loaded) { $0.offers[1].title = "Kita B (importiert)" }
        let merged = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store.offers
        #expect(merged[1].title == "Kita B (importiert)")
        #expect(merged[0] == loaded.store.offers[0] && merged[1].eligibility == loaded.store.offers[1].eligibility)
    }

    @Test func theSearchIndexReadsStoredDescriptions() throws {
        let (_, loaded) = try Self.makeStore()
        let index = SearchIndex(offers: loaded.store.offers)
        #expect(index.search("übersetzung").map(\.offerIndex) == [0])
        let eager = SearchIndex(offers: try Fixture.load(["offers.json": Self.offers]).store.offers)
        #expect(index.search("mutter").map(\.offerIndex) == eager.search("mutter").map(\.offerIndex))
    }

    /// An index built after offers.json was changed in place does not find the placeholder's words
    /// in every offer (the navigator reads the store again and builds a new index).
    @Test func anIndexBuiltOverAChangedFileDoesNotSearchThePlaceholder() throws {
        let (dir, loaded) = try Self.makeStore()
        usleep(20_000)
        try Self.rewriteInPlace(dir + "/offers.json", Self.offers.replacingOccurrences(of: "Südstadt", with: "Nordstadt"))
        #expect(loaded.store.offers[0].description == OfferTextSource.unavailableText)
        let index = SearchIndex(offers: loaded.store.offers)
        #expect(index.search("verfügbar").isEmpty)
        #expect(index.search("nicht verfuegbar programm").isEmpty)
        #expect(index.search("Kita A").map(\.offerIndex).contains(0), "titles stay searchable")
    }
}

/// A form opened while offers.json was changed in place shows the placeholder in its fields; once
/// the store was read again (an intact file), saving that form must not write the placeholder.
@Suite struct UnavailableTextWriteTests {
    @Test func thePlaceholderIsNeverWrittenIntoAReloadedStore() throws {
        let (dir, loaded) = try LazyOfferTextTests.makeStore()
        let path = dir + "/offers.json"
        let changed = LazyOfferTextTests.offers.replacingOccurrences(of: "Südstadt", with: "Nordstadt")
        usleep(20_000)
        try LazyOfferTextTests.rewriteInPlace(path, changed)
        let shown = try #require(loaded.store.offers[0].description)
        #expect(shown == OfferTextSource.unavailableText)
        // The watcher reads the store again: a new, intact source.
        let fresh = try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store
        // The form's values applied to the fresh offer (as after a conflict), the placeholder kept,
        // once as it was shown and once with the user's words around it.
        for text in [shown, "Neu: " + shown + " Ende"] {
            var edited = try #require(fresh.offer(id: "kita-a"))
            edited.description = text
            #expect(throws: StoreWriteError.changedSinceLoad(path: path)) {
                _ = try OfferEditing.save(edited, replacing: "kita-a", in: fresh, directory: dir)
            }
            var contact = edited.contact ?? Offer.Contact()
            edited.description = "Beratung"
            contact.phone = shown
            edited.contact = contact
            #expect(throws: StoreWriteError.self) { try OfferCSVExport.write([edited]) { _ in } }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == changed)
        // An ordinary edit of the fresh store still saves.
        var ok = try #require(fresh.offer(id: "kita-a"))
        ok.description = "Beratung ⚠ Text nicht verfügbar"
        #expect(throws: Never.self) { _ = try OfferEditing.save(ok, replacing: "kita-a", in: fresh, directory: dir) }
    }
}
