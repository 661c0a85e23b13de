/// The screens of the navigator; the app keeps a stack of them.
public enum Screen: Sendable, Equatable {
    /// The start screen: stages and transitions in life order with offer counts.
    case chain
    /// The offers of one stage or transition.
    case offers(ChainItem)
    /// One offer in full.
    case detail(offerID: String)
    /// Results of the incremental search.
    case searchResults
}

/// A screen on the stack with its own place: selection, scroll offset, sort order.
public struct ScreenState: Sendable, Equatable {
    public var screen: Screen
    public var selection = 0
    public var scroll = 0
    public var sort: SortOrder = .title

    public init(_ screen: Screen) { self.screen = screen }
}

/// How an offer list is sorted (`s` cycles through them).
public enum SortOrder: Sendable, CaseIterable, Equatable {
    case title, provider, field, updated

    public var next: SortOrder {
        let all = SortOrder.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
