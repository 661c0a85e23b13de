import KetteCore

/// Runs the interactive navigator until the user quits.
public enum Navigator {
    public static func run(_ initial: AppState, theme: Theme, options: NcursesTerminal.Options) {
        let terminal = NcursesTerminal(theme: theme, options: options)
        defer { terminal.stop() }
        var state = initial
        let size = terminal.start()
        _ = state.update(.resize(width: size.width, height: size.height))
        while true {
            terminal.draw(Renderer.render(state))
            guard let event = terminal.nextEvent() else { continue }
            if event == .redraw { terminal.invalidate() }
            if state.update(event) == .quit { break }
        }
    }
}
