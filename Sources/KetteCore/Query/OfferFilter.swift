#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The filters a social worker sets when looking for offers; all set filters must hold (AND).
public struct OfferFilter: Sendable, Hashable {
    public var stage: String?
    public var transition: String?
    /// "Available in": offers that list the district or are city-wide.
    public var district: String?
    public var field: Field?
    public var language: String?
    public var freeOnly = false
    public var accessibleOnly = false
    /// Archived offers are left out unless this is set.
    public var includeArchived = false

    public init(stage: String? = nil, transition: String? = nil, district: String? = nil, field: Field? = nil,
                language: String? = nil, freeOnly: Bool = false, accessibleOnly: Bool = false,
                includeArchived: Bool = false) {
        self.stage = stage
        self.transition = transition
        self.district = district
        self.field = field
        self.language = language
        self.freeOnly = freeOnly
        self.accessibleOnly = accessibleOnly
        self.includeArchived = includeArchived
    }

    public func matches(_ o: Offer) -> Bool {
        if !includeArchived && o.status == .archived { return false }
        if let stage, !o.stages.contains(stage) { return false }
        if let transition, !o.transitions.contains(transition) { return false }
        if let district, !o.serves(district: district) { return false }
        if let field, o.field != field { return false }
        if let language, !o.languages.contains(language) { return false }
        if freeOnly && !o.cost.free { return false }
        if accessibleOnly && !o.accessible { return false }
        return true
    }

    /// The same filter without the place on the chain: what the status line shows and what
    /// applies across all screens.
    public var withoutChainPosition: OfferFilter {
        var f = self
        f.stage = nil
        f.transition = nil
        return f
    }

    /// True when no filter beyond the place on the chain is set.
    public var isEmpty: Bool { withoutChainPosition == OfferFilter(includeArchived: includeArchived) }
}

extension Store {
    /// Offers that match, in title order (German folding for the order).
    public func offers(matching filter: OfferFilter) -> [Offer] {
        Offer.sortedByTitle(offers.filter(filter.matches))
    }

    /// How many offers serve each stage and transition under a filter, keyed by id.
    public func chainCounts(_ filter: OfferFilter) -> [String: Int] {
        let base = filter.withoutChainPosition
        // A chain has a few dozen ids: a short list compared by value beats hashing every id.
        var ids: [String] = [], numbers: [Int] = []
        @inline(__always) func count(_ id: String) {
            if let k = ids.firstIndex(of: id) {
                numbers[k] += 1
            } else {
                ids.append(id)
                numbers.append(1)
            }
        }
        for o in offers where base.matches(o) {
            for s in o.stages { count(s) }
            for t in o.transitions { count(t) }
        }
        return Dictionary(uniqueKeysWithValues: zip(ids, numbers))
    }
}

extension Store {
    /// Indexes of all offers in German title order (see ``Offer/titleOrder(_:_:)``), each title
    /// folded once.
    public func titleOrder() -> [Int] { Offer.titleOrderIndexes(offers) }
}

extension Offer {
    /// The indexes of `offers` in title order; each title is folded once, not on every comparison.
    public static func titleOrderIndexes(_ offers: [Offer]) -> [Int] {
        // All folded titles in one buffer, compared with memcmp: no array per title, no reference
        // counting while sorting.
        var keys: [UInt8] = []
        var start: [Int] = [0]
        start.reserveCapacity(offers.count + 1)
        for o in offers {
            GermanFolding.foldAppending(o.title, to: &keys)
            start.append(keys.count)
        }
        var order = Array(offers.indices)
        keys.withUnsafeBufferPointer { k in
            start.withUnsafeBufferPointer { st in
                order.sort { a, b in
                    let la = st[a + 1] - st[a], lb = st[b + 1] - st[b]
                    let c = min(la, lb) == 0 ? 0 : memcmp(k.baseAddress! + st[a], k.baseAddress! + st[b], min(la, lb))
                    if c != 0 { return c < 0 }
                    if la != lb { return la < lb }
                    return offers[a].id < offers[b].id
                }
            }
        }
        return order
    }

    /// `offers` in title order.
    public static func sortedByTitle(_ offers: [Offer]) -> [Offer] {
        titleOrderIndexes(offers).map { offers[$0] }
    }

    /// Alphabetical by title as a German reader expects (Ä with A), then by id. For single
    /// comparisons; to sort many offers use ``sortedByTitle(_:)``.
    public static func titleOrder(_ a: Offer, _ b: Offer) -> Bool {
        let fa = GermanFolding.fold(a.title), fb = GermanFolding.fold(b.title)
        if fa != fb { return fa.lexicographicallyPrecedes(fb) }
        return a.id < b.id
    }
}
