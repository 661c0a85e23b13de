/// Writes an ``OfferImportPlan`` (from ``OfferCSVImport`` or ``HSDSImport``) into a store's offers.json.
public enum OfferImport {
    /// Why an import was not written. Nothing was changed when one of these is thrown.
    public enum ApplyError: Error, Sendable, CustomStringConvertible {
        /// The bundled demo store, which is never written.
        case demo(store: String)
        case readOnly(store: String)
        /// The store has validation errors; a store that fails to load is never written to.
        case invalidStore(store: String, errors: Int)
        /// The file has rejected rows or services.
        case rejected(entries: Int)
        /// offers.json changed between reading and writing.
        case changedMeanwhile(path: String)
        /// Stopped (Ctrl-C) before the new file replaced the old one.
        case cancelled
        case load(StoreLoadError)
        case write(StoreWriteError)

        public var description: String { ExchangeText.english.applyError(self) }
    }

    /// Merges the plan into offers.json with its revision increased by one, atomically and under the
    /// store's lock; the replaced version goes to the history. Returns the new revision (the current
    /// one when the plan changes nothing; then nothing is written). `progress` is polled last just
    /// before the new file is renamed into place: a cancel up to then leaves the old file.
    @discardableResult
    public static func apply(_ plan: OfferImportPlan, to loaded: LoadedStore,
                             progress: ExchangeProgress = .none) throws(ApplyError) -> Int {
        guard plan.isApplicable else { throw .rejected(entries: plan.rejectedLines.count) }
        let source = loaded.source
        guard let directory = source as? DirectoryStoreSource else { throw .demo(store: source.displayName) }
        guard source.isWritable else { throw .readOnly(store: source.displayName) }
        guard loaded.isValid else { throw .invalidStore(store: source.displayName, errors: loaded.errors.count) }
        let current = loaded.store.meta[.offers]?.revision ?? 0
        guard plan.hasChanges else { return current }

        let lock: StoreLock
        do { lock = try StoreLock(storePath: directory.path) } catch { throw .write(error) }
        defer { withExtendedLifetime(lock) {} }

        // Another writer may have saved since the plan was made: then the plan is stale.
        let fresh: LoadedStore
        do { fresh = try StoreLoader.load(from: directory, includeCases: false) } catch { throw .load(error) }
        guard fresh.isValid else { throw .invalidStore(store: source.displayName, errors: fresh.errors.count) }
        let path = directory.displayPath(of: StoreFile.offers.fileName)
        guard (fresh.store.meta[.offers]?.revision ?? 0) == current, fresh.store.offers == loaded.store.offers
        else { throw .changedMeanwhile(path: path) }

        var store = fresh.store
        store.offers = plan.merged(into: store.offers)
        let revision = current + 1
        let text = StoreWriter.render(.offers, of: store, revision: revision)
        if progress.isCancelled() { throw .cancelled }
        do {
            try StoreWriter.replace(StoreFile.offers.fileName, with: text, in: directory.path, expecting: current, lock: lock)
        } catch { throw .write(error) }
        return revision
    }
}
