import KetteCore

/// Runs the interactive navigator until the user quits.
public enum Navigator {
    /// `presentationTheme` is used while presentation mode is on (the projector theme).
    public static func run(_ initial: AppState, theme: Theme, presentationTheme: Theme? = nil,
                           options: NcursesTerminal.Options) {
        let projector = presentationTheme ?? theme
        let terminal = NcursesTerminal(theme: initial.presenting ? projector : theme, options: options)
        defer { terminal.stop() }
        var state = initial
        let size = terminal.start()
        _ = state.update(.resize(width: size.width, height: size.height))
        while true {
            terminal.draw(Renderer.render(state))
            guard let event = terminal.nextEvent() else { continue }
            if event == .redraw { terminal.invalidate() }
            switch state.update(event) {
            case .quit: return
            case .presentation(let on): terminal.setTheme(on ? projector : theme)
            case .none: break
            }
        }
    }
}
