import KetteCore

/// Runs the interactive navigator until the user quits.
public enum Navigator {
    /// `presentationTheme` is used while presentation mode is on (the projector theme). With a
    /// `watcher`, the store is reloaded within a second when another session changes it.
    public static func run(_ initial: AppState, theme: Theme, presentationTheme: Theme? = nil,
                           options: NcursesTerminal.Options, watcher: StoreWatcher? = nil) {
        let projector = presentationTheme ?? theme
        let terminal = NcursesTerminal(theme: initial.presenting ? projector : theme, options: options)
        defer { terminal.stop() }
        var state = initial
        let size = terminal.start()
        _ = state.update(.resize(width: size.width, height: size.height))
        terminal.setPollInterval(milliseconds: watcher == nil ? nil : 500)
        while true {
            terminal.draw(Renderer.render(state))
            // The first screen is up: now the search index may take the cores (no-op once started).
            state.searchIndex.startBuilding()
            guard let event = terminal.nextEvent() else {
                if let watcher, watcher.poll() { reload(&state, from: watcher) }
                continue
            }
            if event == .redraw { terminal.invalidate() }
            if let watcher, watcher.poll() { reload(&state, from: watcher) }
            switch state.update(event) {
            case .quit: return
            case .presentation(let on): terminal.setTheme(on ? projector : theme)
            case .none: break
            }
        }
    }

    /// Reloads the store after a change on disk; a store that does not load (or has errors) leaves
    /// the current data on screen with a note.
    static func reload(_ state: inout AppState, from watcher: StoreWatcher) {
        guard let loaded = try? StoreLoader.load(from: watcher.source) else {
            state.message = state.strings.reloadFailed(1)
            return
        }
        guard loaded.isValid else {
            state.message = state.strings.reloadFailed(loaded.errors.count)
            return
        }
        state = state.reloaded(with: loaded.store)
    }
}
