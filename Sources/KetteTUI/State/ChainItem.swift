import KetteCore

/// A row of the chain overview: a stage, or a transition between two stages.
public enum ChainItem: Sendable, Hashable {
    case stage(String)
    case transition(String)

    public var id: String {
        switch self {
        case .stage(let id), .transition(let id): id
        }
    }

    /// The filter that selects this item's offers.
    public func applied(to filter: OfferFilter) -> OfferFilter {
        var f = filter.withoutChainPosition
        switch self {
        case .stage(let id): f.stage = id
        case .transition(let id): f.transition = id
        }
        return f
    }

    /// Stages in life order, each followed by the transitions that leave it.
    public static func rows(of store: Store) -> [ChainItem] {
        ChainText.rows(store).compactMap { row in
            if let s = row.stage { return .stage(s.id) }
            if let t = row.transition { return .transition(t.id) }
            return nil
        }
    }
}
