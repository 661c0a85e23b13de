import KetteCore

/// An in-memory screen: what the terminal should show, cell by cell. Views draw into it; the
/// ncurses backend copies it to the terminal; tests read it back as text.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the hardware cursor should sit (the selected row, or the input position), so that
    /// screen readers and braille displays follow the selection.
    public var cursor: (x: Int, y: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Draws text from (x, y), clipped to `maxWidth` cells and the buffer's edge. Unsafe control
    /// characters are drawn escaped; a wide character that does not fit whole is not drawn.
    /// Returns the number of cells used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        // Only the part that can show is escaped: a field of many megabytes costs no more than a short one.
        for c in TerminalText.escapedPrefix(text, cells: limit - x) {
            let w = TerminalText.width(of: c)
            if w == 0 {
                // A combining mark joins the character drawn before it.
                var base = col - 1
                if base >= x, base < width, self[base, y].isContinuation { base -= 1 }
                if base >= x, base >= 0, base < width {
                    self[base, y].character = Character(String(self[base, y].character) + String(c))
                }
                continue
            }
            if col + w > limit { break }
            if col >= 0 {
                self[col, y] = Cell(c, role: role)
                if w == 2 { self[col + 1, y] = Cell(" ", role: role, isContinuation: true) }
            }
            col += w
        }
        return col - x
    }

    /// Draws text fitted to exactly `width` cells: truncated with "…" or padded with spaces.
    public mutating func putFitted(_ text: String, x: Int, y: Int, width w: Int, role: Role = .normal, alignRight: Bool = false) {
        guard w > 0 else { return }
        fill(x: x, y: y, width: w, height: 1, role: role)
        let fitted = TerminalText.truncate(TerminalText.escapedPrefix(text, cells: w), to: w)
        let used = TerminalText.width(fitted)
        put(fitted, x: alignRight ? x + w - used : x, y: y, role: role, maxWidth: w)
    }

    /// Fills a rectangle with blanks in a role.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: Role = .normal) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) { self[col, row] = Cell(" ", role: role) }
        }
    }

    /// Changes the role of cells without changing their text (for highlights and selections).
    public mutating func restyle(x: Int, y: Int, width w: Int, role: Role) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) { self[col, y].role = role }
    }

    /// A horizontal line of `─`.
    public mutating func horizontalLine(x: Int, y: Int, width w: Int, role: Role = .border) {
        guard y >= 0, y < height else { return }
        for col in max(0, x)..<min(width, x + w) { self[col, y] = Cell("─", role: role) }
    }

    /// A vertical line of `│`.
    public mutating func verticalLine(x: Int, y: Int, height h: Int, role: Role = .border) {
        guard x >= 0, x < width else { return }
        for row in max(0, y)..<min(height, y + h) { self[x, row] = Cell("│", role: role) }
    }

    /// A box with a title in its top border, its inside cleared.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, title: String? = nil, role: Role = .border) {
        guard w >= 2, h >= 2 else { return }
        fill(x: x, y: y, width: w, height: h)
        horizontalLine(x: x + 1, y: y, width: w - 2, role: role)
        horizontalLine(x: x + 1, y: y + h - 1, width: w - 2, role: role)
        verticalLine(x: x, y: y + 1, height: h - 2, role: role)
        verticalLine(x: x + w - 1, y: y + 1, height: h - 2, role: role)
        if y >= 0 && y < height {
            if x >= 0 && x < width { self[x, y] = Cell("┌", role: role) }
            if x + w - 1 < width { self[x + w - 1, y] = Cell("┐", role: role) }
        }
        if y + h - 1 < height {
            if x >= 0 && x < width { self[x, y + h - 1] = Cell("└", role: role) }
            if x + w - 1 < width { self[x + w - 1, y + h - 1] = Cell("┘", role: role) }
        }
        if let title, w > 6 { put(" \(title) ", x: x + 2, y: y, role: .heading, maxWidth: w - 4) }
    }

    /// The text of one row, continuation cells left out, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s.append(self[x, y].character) }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Every row as text: what a person would read off the screen.
    public var lines: [String] { (0..<height).map(line) }
    public var text: String { lines.joined(separator: "\n") }

    /// The role of the cell under the first occurrence of `needle` (for tests of highlighting).
    public func role(of needle: String) -> Role? {
        for y in 0..<height {
            let l = line(y)
            guard let r = l.range(of: needle) else { continue }
            let prefix = String(l[..<r.lowerBound])
            return self[TerminalText.width(prefix), y].role
        }
        return nil
    }
}
