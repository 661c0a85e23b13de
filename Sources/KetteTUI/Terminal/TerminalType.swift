/// Which terminal description the navigator uses.
///
/// Over SSH `TERM` often names a terminal the server has no terminfo entry for (`xterm-kitty`,
/// `alacritty`, `foot`, `wezterm` …); ncurses would end with "Error opening terminal". Such
/// terminals all understand the xterm control sequences, so the navigator falls back to the
/// closest description the machine has and says so. A terminal that cannot move the cursor
/// (`TERM=dumb`, an editor's shell buffer) cannot show the navigator at all.
public enum TerminalType {
    public enum Decision: Sendable, Equatable {
        /// `TERM` is known here and can address the cursor.
        case use(String)
        /// `TERM` is unknown here (or not set): use `to` instead.
        case fallback(from: String?, to: String)
        /// No usable description: `TERM` cannot address the cursor, and no fallback applies.
        case unusable(String?)
    }

    /// A terminfo entry of this machine: whether it can move the cursor (`cup`).
    public enum Entry: Sendable, Equatable { case addressable, notAddressable }

    /// `entry` looks a name up in the machine's terminfo (nil: no entry).
    public static func decide(term: String?, colorTerm: String?, entry: (String) -> Entry?) -> Decision {
        let term = term.flatMap { $0.isEmpty ? nil : $0 }
        if let term, let found = entry(term) {
            return found == .addressable ? .use(term) : .unusable(term)
        }
        // Colour terminals name themselves "…-256color" or set COLORTERM (which ssh does not pass
        // on), or are one of the xterm-like emulators that all have 256 colours and more (kitty's
        // "xterm-kitty", "xterm-ghostty", alacritty, foot, wezterm …); offer them the 256-colour xterm first.
        let modern = ["xterm-", "alacritty", "foot", "wezterm", "ghostty", "contour", "rio", "kitty"]
        let colourful = term?.contains("256color") == true || !(colorTerm ?? "").isEmpty
            || modern.contains { term?.hasPrefix($0) == true }
        let candidates = (colourful ? ["xterm-256color"] : []) + ["xterm", "vt100"]
        for candidate in candidates where entry(candidate) == .addressable {
            return .fallback(from: term, to: candidate)
        }
        return .unusable(term)
    }
}
