/// A key or terminal event, decoded from ncurses (or built by tests).
public enum Event: Sendable, Equatable {
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case character(Character)
    case resize(width: Int, height: Int)
    /// Ctrl-L: repaint everything.
    case redraw
    case ctrlC
    /// Ctrl-S: save a form (the terminal's XON/XOFF flow control is switched off for it).
    case ctrlS
    /// A function key F1 … F12 (F2 saves a form).
    case function(Int)
    /// No key came for ``PreviewRest/duration`` after a move on the chain: the preview, held while
    /// the selection moved, now shows the selected item. Sent by the navigator's loop, never by a key.
    case selectionRested

    public static func char(_ c: Character) -> Event { .character(c) }

    /// Key events for typing a string (tests, search input).
    public static func typing(_ text: String) -> [Event] { text.map { .character($0) } }
}
