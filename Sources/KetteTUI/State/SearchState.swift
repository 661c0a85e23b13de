/// The incremental search: what was typed, what it found, and the view to return to on Esc.
public struct SearchState: Sendable, Equatable {
    public var query: String = ""
    /// True while the query is being typed (keys go to the query, not to the list).
    public var editing = true
    /// Indexes into the store's offers, best first, narrowed by the active filters.
    public var results: [Int] = []
    /// The navigation stack before the search started; Esc brings it back.
    public var savedStack: [ScreenState]

    public init(savedStack: [ScreenState]) { self.savedStack = savedStack }
}
