import KetteCore

/// Every key binding of the current screen, in a box over it.
enum HelpView {
    static func draw(_ state: AppState, into b: inout ScreenBuffer) {
        let s = state.strings
        // Help describes the screen under it, not itself.
        var underlying = state
        underlying.overlay = .none
        let context = KeyBindings.context(of: underlying)
        let bindings = KeyBindings.all(context, s)
        let keysWidth = (bindings.map { TerminalText.width($0.keys) }.max() ?? 6) + 2
        let width = min(b.width - 4, 78)
        let height = min(b.height - 2, bindings.count + 4)
        let x = (b.width - width) / 2, y = max(1, (b.height - height) / 2)
        b.box(x: x, y: y, width: width, height: height, title: s.helpTitle(KeyBindings.screenName(context, s)))
        let rows = height - 4
        let scroll = min(state.helpScroll, max(0, bindings.count - rows))
        for (i, k) in bindings.dropFirst(scroll).prefix(rows).enumerated() {
            b.put(k.keys, x: x + 2, y: y + 1 + i, role: .keyName)
            b.putFitted(k.action, x: x + 2 + keysWidth, y: y + 1 + i, width: width - keysWidth - 4)
        }
        b.putFitted(s.helpClose, x: x + 2, y: y + height - 2, width: width - 4, role: .dim)
        b.cursor = (x + 2, y + 1)
    }
}
