import KetteCore

extension Navigator {
    /// Saves an offer change through KetteCore and feeds the result back into the state. The
    /// store's watcher is told about the save, so that it is not reported as another session's;
    /// after success and after a conflict the store is read again from disk.
    static func save(_ change: OfferChange, _ state: inout AppState, watcher: StoreWatcher?) {
        guard let watcher else {
            state = state.saveFailed(change, error: .readOnly(path: state.storeLabel), freshStore: nil)
            return
        }
        perform(change, on: &state, source: watcher.source, watcher: watcher)
    }

    static func perform(_ change: OfferChange, on state: inout AppState, source: DirectoryStoreSource, watcher: StoreWatcher?) {
        func fresh() -> Store? {
            // Case files are read only through the case store (roles, audit log), never here.
            guard let loaded = try? StoreLoader.load(from: source, includeCases: false), loaded.isValid else { return nil }
            return loaded.store
        }
        do {
            let saved = try OfferEditing.save(change.offer, replacing: change.replacing, in: state.store, directory: source.path)
            _ = watcher?.poll()
            state = state.didSave(change, store: fresh() ?? saved)
        } catch {
            var reloaded: Store?
            if case .conflict = error {
                _ = watcher?.poll()
                reloaded = fresh()
            }
            state = state.saveFailed(change, error: error, freshStore: reloaded)
        }
    }
}
