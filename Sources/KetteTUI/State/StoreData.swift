import KetteCore

/// The store and everything the navigator derives from it once: built at the start and built again,
/// as a whole, on every reload — so nothing derived from an older store can stay behind, and
/// everything else in ``AppState`` (the session: screens, filters, forms, marks) carries over.
struct StoreData: Sendable {
    let store: Store
    let searchIndex: SearchIndex
    let chainRows: [ChainItem]
    let monitoring: Monitoring
    let gaps: GapAnalysis
    /// Indexes of the store's offers in German title order, computed once: lists in title order are
    /// then a filter over it, without sorting on every frame.
    let titleOrder: [Int]
    /// Lists and counts derived from the store and the filters, shared by copies of the state.
    let cache = DerivedCache()

    init(_ store: Store) {
        self.store = store
        // A large store's index is built in the background once the first screen is drawn
        // (Navigator starts it); a search waits for it if need be.
        self.searchIndex = SearchIndex(offers: store.offers, building: store.offers.count >= 2_000 ? .whenStarted : .now)
        self.chainRows = ChainItem.rows(of: store)
        // On two cores at once: the title order, and monitoring, gaps and the counts of the first screen.
        let cache = self.cache
        let (order, (monitoring, gaps)) = inParallel(store.offers.count >= 2_000, { store.titleOrder() }, {
            let monitoring = Monitoring(store: store)
            let base = OfferFilter().withoutChainPosition
            _ = cache.chainCounts(base) { store.chainCounts(base) }
            return (monitoring, GapAnalysis(store: store, monitoring: monitoring))
        })
        self.titleOrder = order
        self.monitoring = monitoring
        self.gaps = gaps
    }
}
