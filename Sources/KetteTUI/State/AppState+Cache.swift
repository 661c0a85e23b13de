import Foundation
import KetteCore

/// Offers of a list as indexes into the store's offers: a view reads only the rows it shows, so
/// drawing a frame or moving the selection costs nothing in proportion to the list's length.
public struct OfferList: RandomAccessCollection, Sendable {
    public let offers: [Offer]
    public let indexes: [Int]

    public init(offers: [Offer], indexes: [Int]) {
        self.offers = offers
        self.indexes = indexes
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { indexes.count }
    public subscript(position: Int) -> Offer { offers[indexes[position]] }
}

/// A result handed from one thread to another.
private final class Slot<T>: @unchecked Sendable {
    var value: T?
    init() {}
}

/// Runs `a` and `b` at the same time on two threads when `parallel`, else one after the other.
func inParallel<A, B>(_ parallel: Bool, _ a: () -> A, _ b: () -> B) -> (A, B) {
    guard parallel else { return (a(), b()) }
    let ra = Slot<A>(), rb = Slot<B>()
    withoutActuallyEscaping(a) { a in
        withoutActuallyEscaping(b) { b in
            nonisolated(unsafe) let a = a, b = b
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                if k == 0 { ra.value = a() } else { rb.value = b() }
            }
        }
    }
    return (ra.value!, rb.value!)
}

/// What the views derive from the store and the filters (counts per chain item, the offers of a
/// stage in a sort order, the offers of a gap cell), computed once per filter and kept. The
/// store never changes under a state (a reload makes a new state with a new cache), so a key
/// decides its value, and copies of a state can share one cache.
final class DerivedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [OfferFilter: [String: Int]] = [:]
    private var lists: [ListKey: [Int]] = [:]
    private var rank: [String: Int]?

    struct ListKey: Hashable {
        var item: ChainItem
        var district: String?
        var sort: SortOrder
        var filter: OfferFilter
    }

    /// Entries of each kind kept at most (older ones are dropped all at once).
    static let limit = 32

    private func cached<K: Hashable, V>(_ table: ReferenceWritableKeyPath<DerivedCache, [K: V]>, _ key: K,
                                        _ make: () -> V) -> V {
        lock.lock()
        if let v = self[keyPath: table][key] {
            lock.unlock()
            return v
        }
        lock.unlock()
        let v = make()
        lock.lock()
        if self[keyPath: table].count >= Self.limit { self[keyPath: table].removeAll() }
        self[keyPath: table][key] = v
        lock.unlock()
        return v
    }

    func chainCounts(_ filter: OfferFilter, _ make: () -> [String: Int]) -> [String: Int] {
        cached(\.counts, filter, make)
    }

    func list(_ key: ListKey, _ make: () -> [Int]) -> [Int] {
        cached(\.lists, key, make)
    }

    func titleRank(_ make: () -> [String: Int]) -> [String: Int] {
        lock.lock()
        if let r = rank {
            lock.unlock()
            return r
        }
        lock.unlock()
        let r = make()
        lock.lock()
        rank = r
        lock.unlock()
        return r
    }
}

extension AppState {
    /// Each offer's position in ``titleOrder`` by id: the tie-break of the other sort orders
    /// (made when first needed: the first screen does not need it).
    var titleRank: [String: Int] {
        cache.titleRank { Dictionary(titleOrder.enumerated().map { (store.offers[$1].id, $0) }, uniquingKeysWith: min) }
    }

    /// Offer counts per stage and transition under the active filters (computed once per filter).
    public var chainCounts: [String: Int] {
        let base = filter.withoutChainPosition
        return cache.chainCounts(base) { store.chainCounts(base) }
    }

    /// Indexes of the offers of a stage or transition under the filters, in a sort order.
    public func offerIndexes(for item: ChainItem, sort: SortOrder) -> [Int] {
        let base = filter.withoutChainPosition
        if sort == .title {
            // One pass over the store in title order, once per item and filter.
            return cache.list(DerivedCache.ListKey(item: item, district: nil, sort: .title, filter: base)) {
                let f = item.applied(to: filter)
                var out: [Int] = []
                store.offers.withUnsafeBufferPointer { offers in
                    for i in titleOrder where f.matches(offers[i]) { out.append(i) }
                }
                return out
            }
        }
        return cache.list(DerivedCache.ListKey(item: item, district: nil, sort: sort, filter: base)) {
            let byTitle = offerIndexes(for: item, sort: .title)
            let order = sort.comparator(titleRank: titleRank)
            return byTitle.sorted { order(store.offers[$0], store.offers[$1]) }
        }
    }

    /// Indexes of the offers of one gap cell: those that name the district first, then the city-wide ones.
    public func gapCellIndexes(_ item: ChainItem, district: String) -> [Int] {
        let base = filter.withoutChainPosition
        return cache.list(DerivedCache.ListKey(item: item, district: district, sort: .title, filter: base)) {
            let inItem = offerIndexes(for: item, sort: .title)
            let serving = inItem.filter { store.offers[$0].serves(district: district) }
            return serving.filter { !store.offers[$0].citywide } + serving.filter { store.offers[$0].citywide }
        }
    }

    /// The offers of the list on top of the stack (an offer list, search results or a gap cell),
    /// without copying them.
    public var currentOffers: OfferList {
        let indexes: [Int]
        switch current.screen {
        case .offers(let item): indexes = offerIndexes(for: item, sort: current.sort)
        case .searchResults: indexes = search?.results ?? []
        case .gapCell(let item, let district): indexes = gapCellIndexes(item, district: district)
        case .stale: indexes = staleIndexes
        default: indexes = []
        }
        return OfferList(offers: store.offers, indexes: indexes)
    }
}
