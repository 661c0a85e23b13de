extension StoreWriter {
    /// Writes a change planned on an earlier read of the store (`loaded`) into one of its files, if
    /// that file is still what the plan saw.
    ///
    /// Under the store's lock: reads the store again (case files aside), refuses with
    /// ``StoreMergeError/changedMeanwhile(path:)`` when `file` no longer holds what `loaded` held,
    /// applies `change` to the fresh store — refusing the same way when another file changed
    /// meanwhile and the result no longer fits it — and writes `file` with its revision increased by one
    /// through ``replace(_:with:in:expecting:mode:lock:)`` (revision check, history, atomic write).
    /// `isCancelled` is polled while waiting for the lock and last, just before the write: a cancel up
    /// to then leaves the old file.
    /// Returns the new revision.
    @discardableResult
    public static func merge(_ file: StoreFile, into loaded: LoadedStore, isCancelled: () -> Bool = { false },
                             _ change: (inout Store) -> Void) throws(StoreMergeError) -> Int {
        let source = loaded.source
        guard let directory = source as? DirectoryStoreSource else { throw .demo(store: source.displayName) }
        guard source.isWritable else { throw .readOnly(store: source.displayName) }
        guard loaded.isValid else { throw .invalidStore(store: source.displayName, errors: loaded.errors.count) }

        let lock: StoreLock
        do { lock = try StoreLock(storePath: directory.path, isCancelled: isCancelled) } catch {
            // Ctrl-C while another writer holds the lock: stop as cancelled, not as locked.
            throw isCancelled() ? .cancelled : .write(error)
        }
        defer { withExtendedLifetime(lock) {} }
        let fresh: LoadedStore
        // Case files are read only through the case store (roles, audit log), never here.
        do { fresh = try StoreLoader.load(from: directory, includeCases: false) } catch { throw .load(error) }
        guard fresh.isValid else { throw .invalidStore(store: source.displayName, errors: fresh.errors.count) }
        guard holdsTheSame(file, fresh.store, loaded.store) else {
            throw .changedMeanwhile(path: directory.displayPath(of: file.fileName))
        }

        var store = fresh.store
        change(&store)
        // The plan resolved names against the other files as `loaded` had them: when one of them
        // changed meanwhile (a district removed by hand), the merged records may name what is gone.
        if let other = StoreFile.allCases.first(where: { $0 != file && !holdsTheSame($0, fresh.store, loaded.store) }) {
            let sink = DiagnosticSink()
            StoreValidator.check(store, source: directory, sink: sink)
            if sink.errorCount > 0 { throw .changedMeanwhile(path: directory.displayPath(of: other.fileName)) }
        }
        let current = fresh.store.meta[file]?.revision ?? 0
        let text = render(file, of: store, revision: current + 1)
        // After the texts were read for the rendering: none of them may come from a changed file.
        if file == .offers {
            do { try OfferTextSource.check(store.offers) } catch { throw .write(error) }
        }
        if isCancelled() { throw .cancelled }
        do { try replace(file.fileName, with: text, in: directory.path, expecting: current, lock: lock) } catch { throw .write(error) }
        return current + 1
    }

    /// Whether `file` has the same records, revision and unknown keys in both stores.
    private static func holdsTheSame(_ file: StoreFile, _ a: Store, _ b: Store) -> Bool {
        guard a.meta[file] == b.meta[file] else { return false }
        return switch file {
        case .store: a.info == b.info
        case .leitbild: a.leitbild == b.leitbild
        case .stages: a.stages == b.stages && a.transitions == b.transitions
        case .districts: a.districts == b.districts
        case .needs: a.needs == b.needs
        case .offers: a.offers == b.offers
        case .indicators: a.indicators == b.indicators && a.values == b.values
        }
    }
}
