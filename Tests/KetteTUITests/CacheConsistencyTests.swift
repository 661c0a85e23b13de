import Foundation
import Testing
import KetteCore
@testable import KetteTUI

/// The per-filter lists and counts kept in ``DerivedCache`` must never be stale: after any
/// sequence of filter changes, and after the store was reloaded with edited offers, they equal
/// what a state that never cached anything computes.
@Suite struct CacheConsistencyTests {
    struct Rng {
        var state: UInt64
        mutating func int(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
    }

    static func randomFilter(_ store: Store, _ rng: inout Rng) -> OfferFilter {
        var f = OfferFilter()
        if rng.int(2) == 0 { f.district = store.districts.isEmpty ? "x" : store.districts[rng.int(store.districts.count)].id }
        if rng.int(3) == 0 { f.field = Field.allCases[rng.int(Field.allCases.count)] }
        if rng.int(3) == 0 { f.language = ["de", "tr", "ar", "uk", "xx"][rng.int(5)] }
        f.freeOnly = rng.int(3) == 0
        f.accessibleOnly = rng.int(4) == 0
        f.includeArchived = rng.int(2) == 0
        if rng.int(4) == 0, let s = store.stages.first { f.stage = s.id }  // a place on the chain is ignored
        return f
    }

    /// Compares every cached list and count of `state` with a fresh state's.
    static func expectFresh(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        var fresh = TUIFixture.state(state.store)
        fresh.filter = state.filter
        #expect(state.chainCounts == fresh.chainCounts, sourceLocation: sourceLocation)
        #expect(state.chainCounts == state.store.chainCounts(state.filter), sourceLocation: sourceLocation)
        for item in state.chainRows {
            for sort in SortOrder.allCases {
                let got = state.offerIndexes(for: item, sort: sort)
                #expect(got == fresh.offerIndexes(for: item, sort: sort), "\(item) \(sort)", sourceLocation: sourceLocation)
                // Independent of any cache: exactly the offers that match, each once.
                let f = item.applied(to: state.filter)
                let expected = state.store.offers.indices.filter { f.matches(state.store.offers[$0]) }
                #expect(got.sorted() == expected, "\(item) \(sort)", sourceLocation: sourceLocation)
            }
            for d in state.store.districts {
                #expect(state.gapCellIndexes(item, district: d.id) == fresh.gapCellIndexes(item, district: d.id),
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// One list, asked for first thing after a change (the cache holds at most 32 entries per
    /// kind: a full comparison fills it and so would flush stale entries before they are read).
    static func expectFreshList(_ state: AppState, _ rng: inout Rng, sourceLocation: SourceLocation = #_sourceLocation) {
        let item = state.chainRows[rng.int(state.chainRows.count)]
        let sort = SortOrder.allCases[rng.int(SortOrder.allCases.count)]
        let got = state.offerIndexes(for: item, sort: sort)
        let f = item.applied(to: state.filter)
        #expect(got.sorted() == state.store.offers.indices.filter { f.matches(state.store.offers[$0]) }, "\(item) \(sort)",
                sourceLocation: sourceLocation)
        var fresh = TUIFixture.state(state.store)
        fresh.filter = state.filter
        #expect(got == fresh.offerIndexes(for: item, sort: sort), sourceLocation: sourceLocation)
        if let d = state.store.districts.first {
            #expect(state.gapCellIndexes(item, district: d.id) == fresh.gapCellIndexes(item, district: d.id), sourceLocation: sourceLocation)
        }
        #expect(state.chainCounts == state.store.chainCounts(state.filter), sourceLocation: sourceLocation)
    }

    @Test func aListAskedForRightAfterAFilterChangeIsNeverStale() {
        var rng = Rng(state: 5)
        var state = TUIFixture.state()
        for _ in 0..<200 {
            state.filter = Self.randomFilter(state.store, &rng)
            Self.expectFreshList(state, &rng)
        }
    }

    @Test func filtersChangedManyTimesNeverGiveStaleLists() {
        var rng = Rng(state: 3)
        var state = TUIFixture.state()
        for _ in 0..<60 {
            let copy = state  // copies share the cache
            state.filter = Self.randomFilter(state.store, &rng)
            Self.expectFresh(state)
            Self.expectFresh(copy)
        }
    }

    @Test func reloadWithEditedOffersNeverGivesStaleLists() {
        var rng = Rng(state: 9)
        var state = TUIFixture.state()
        state.filter = Self.randomFilter(state.store, &rng)
        Self.expectFresh(state)
        for round in 0..<15 {
            var store = state.store
            let k = rng.int(store.offers.count)
            switch round % 5 {
            case 0: store.offers[k].title = "AAA \(round)"
            case 1: store.offers[k].status = store.offers[k].status == .active ? .archived : .active
            case 2: store.offers[k].stages = store.stages.isEmpty ? [] : [store.stages[rng.int(store.stages.count)].id]
            case 3: store.offers[k].cost.free.toggle()
            default: store.offers.remove(at: k)
            }
            state = state.reloaded(with: store)
            Self.expectFreshList(state, &rng)
            Self.expectFresh(state)
            state.filter = Self.randomFilter(state.store, &rng)
            Self.expectFresh(state)
        }
    }
}
