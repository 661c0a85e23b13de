import Dispatch
import Foundation
import Testing
@testable import KetteCore

/// Loading and searching from several threads at once (run these under the thread sanitizer too):
/// a store large enough that offers.json is read in two halves with pages given back, loaded four
/// times in parallel, must come out the same every time; an index built in the background and
/// searched from two threads before it is ready must answer like one built at once.
@Suite struct ConcurrentLoadTests {
    static func largeStore() throws -> String {
        let dir = Fixture.temporaryDirectory()
        var store = try Fixture.load().store
        let base = store.offers[0]
        // KETTE_LARGE_OFFERS=40000 gives ≈ 20 MB: more than 8 MB per half, so pages are given back too.
        let n = Int(ProcessInfo.processInfo.environment["KETTE_LARGE_OFFERS"] ?? "") ?? 9_000
        var offers = OfferFileReaderTests.variedOffers(n)
        for k in offers.indices {
            offers[k].stages = base.stages
            offers[k].transitions = []
            offers[k].districts = base.districts
            offers[k].citywide = false
        }
        store.offers = offers
        try StoreWriter.create(store, at: dir)
        return dir
    }

    @Test func parallelLoadsOfALargeStoreAgree() throws {
        let dir = try Self.largeStore()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: dir + "/offers.json")[.size] as? Int)
        #expect(size >= OfferFileReader.parallelThreshold, "\(size) bytes: not read in two halves")
        let bytes = try #require(try DirectoryStoreSource(path: dir).read("offers.json"))
        let full = FastPathDifferentialTests.fullPath(bytes)
        #expect(full.clean)
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var loaded: [LoadedStore] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            guard let l = try? StoreLoader.load(from: DirectoryStoreSource(path: dir)) else { return }
            results.lock.lock()
            results.loaded.append(l)
            results.lock.unlock()
        }
        #expect(results.loaded.count == 4)
        for l in results.loaded {
            #expect(l.diagnostics.isEmpty, "\(l.diagnostics.prefix(3))")
            #expect(l.store.offers == full.offers)
            #expect(l.store.offers.map(\.position) == full.offers.map(\.position))
        }
    }

    @Test func searchingFromTwoThreadsBeforeTheIndexIsBuilt() {
        let offers = OfferFileReaderTests.variedOffers(6_000)
        let reference = SearchIndex(offers: offers)
        let queries = ["mütter", "strasse", "a", "zitat", "日本", "e.v", "angebot träger", "x"]
        for _ in 0..<3 {
            let index = SearchIndex(offers: offers, building: .whenStarted)
            final class Out: @unchecked Sendable { var hits: [[SearchIndex.Hit]] = [] }
            let out = [Out(), Out()]  // one each: no shared array written from two threads
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 { index.startBuilding() }
                out[k].hits = queries.map { index.search($0) }
            }
            for k in 0..<2 { #expect(out[k].hits == queries.map { reference.search($0) }) }
        }
    }
}
