/// Writes an ``OfferImportPlan`` (from ``OfferCSVImport`` or ``HSDSImport``) into a store's offers.json.
public enum OfferImport {
    /// Merges the plan into offers.json with ``StoreWriter/merge(_:into:isCancelled:_:)``: under the
    /// store's lock, only if offers.json is still what the plan was made from, with its revision
    /// increased by one and the replaced version in the history. Returns the new revision (the
    /// current one when the plan changes nothing; then nothing is written). `progress` is polled
    /// last just before the new file is renamed into place: a cancel up to then leaves the old file.
    @discardableResult
    public static func apply(_ plan: OfferImportPlan, to loaded: LoadedStore,
                             progress: ExchangeProgress = .none) throws(StoreMergeError) -> Int {
        guard plan.isApplicable else { throw .rejected(entries: plan.rejectedLines.count) }
        guard plan.hasChanges else { return loaded.store.meta[.offers]?.revision ?? 0 }
        return try StoreWriter.merge(.offers, into: loaded, isCancelled: progress.isCancelled) { store in
            store.offers = plan.merged(into: store.offers)
        }
    }
}
