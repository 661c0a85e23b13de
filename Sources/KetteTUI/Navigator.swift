import KetteCore

/// Runs the interactive navigator until the user quits.
public enum Navigator {
    /// `presentationTheme` is used while presentation mode is on (the projector theme). With a
    /// `watcher`, the store is reloaded within a second when another session changes it.
    /// `initial` is consumed: the caller's copy of the first store (with its search index and the
    /// open offers.json its texts are read from) must not outlive the first reload.
    public static func run(_ initial: consuming AppState, theme: Theme, presentationTheme: Theme? = nil,
                           options: NcursesTerminal.Options, watcher: StoreWatcher? = nil) {
        let projector = presentationTheme ?? theme
        let terminal = NcursesTerminal(theme: initial.presenting ? projector : theme, options: options)
        defer { terminal.stop() }
        var state = consume initial
        let size = terminal.start()
        _ = state.update(.resize(width: size.width, height: size.height))
        if let f = terminal.fallback {
            state.message = [state.message, state.strings.terminalFallback(f.from, f.to)].compactMap { $0 }.joined(separator: " · ")
        }
        let poll = watcher == nil ? nil : 500
        let clock = ContinuousClock()
        // The chain's preview, held while the selection moves, is drawn once the selection rests.
        var rest = PreviewRest()
        while true {
            terminal.draw(Renderer.render(state))
            // The first screen is up: now the search index may take the cores (no-op once started).
            state.searchIndex.startBuilding()
            rest.keep(previewPending: state.isPreviewPending, at: clock.now)
            // Wait for a key until the held preview is due or the store is polled; with neither,
            // block until a key comes — no timer runs when nothing is pending.
            terminal.setPollInterval(milliseconds: rest.waitMilliseconds(at: clock.now, poll: poll))
            guard let event = terminal.nextEvent() else {
                // No key (or one ncurses could not decode): the rest may be over.
                if rest.isOver(at: clock.now) {
                    rest.cancel()
                    _ = state.update(.selectionRested)
                }
                if let watcher { notice(watcher.changes(), in: &state, from: watcher) }
                continue
            }
            if event == .redraw { terminal.invalidate() }
            if let watcher { notice(watcher.changes(), in: &state, from: watcher) }
            let saves = state.caseSaves
            let effect = state.update(event)
            rest.noteEvent(previewPending: state.isPreviewPending, at: clock.now)
            // This session's own case saves are not news from another session.
            if state.caseSaves != saves { _ = watcher?.changes() }
            switch effect {
            case .quit: return
            case .presentation(let on): terminal.setTheme(on ? projector : theme)
            case .saveOffer(let change): save(change, &state, watcher: watcher)
            case .writeHandout(let ids):
                let result = Result { () throws(HandoutFile.Failure) in
                    try HandoutFile.save(store: state.store, offerIDs: ids, directory: state.handoutDirectory, date: state.today)
                }
                state.handoutSaved(result)
            case .none: break
            }
        }
    }

    /// Store files changed on disk: reload the store. Only case files changed: read the case on
    /// screen (and the list) again, through the case store.
    static func notice(_ changed: [String], in state: inout AppState, from watcher: StoreWatcher) {
        guard !changed.isEmpty else { return }
        if changed.allSatisfy({ $0.hasPrefix(StoreFile.casesDirectory + "/") }) {
            state.refreshCases(changed: changed)
        } else {
            reload(&state, from: watcher)
        }
    }

    /// Reloads the store after a change on disk; a store that does not load (or has errors) leaves
    /// the current data on screen with a note.
    static func reload(_ state: inout AppState, from watcher: StoreWatcher) {
        // Case files are read only through the case store (roles, audit log), never by the reload.
        let loaded: LoadedStore
        do {
            loaded = try StoreLoader.load(from: watcher.source, includeCases: false)
        } catch {
            state.message = state.strings.reloadUnreadable(error.message(state.language))
            return
        }
        guard loaded.isValid else {
            state.message = state.strings.reloadFailed(loaded.errors.count)
            return
        }
        state = state.reloaded(with: loaded.store)
    }
}
