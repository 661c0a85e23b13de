import KetteCore

extension FormField {
    /// Text editing at the cursor: insert, Backspace, Delete, ←/→, Home/End (of the line in a
    /// multi-line field). Works on characters, so an umlaut or a wide character is one step.
    mutating func edit(_ e: Event) {
        var chars = Array(value.text ?? "")
        var cursor = min(max(0, self.cursor), chars.count)
        switch e {
        case .character(let c):
            // Control characters (C1 codes can arrive as characters) never enter the text.
            if c.unicodeScalars.contains(where: TerminalText.isUnsafe) { return }
            let before = chars.count
            chars.insert(c, at: cursor)
            // A combining mark typed after a letter joins it: the text then has no more characters.
            let joined = Array(String(chars))
            cursor += joined.count - before
            chars = joined
        case .enter:
            guard kind == .multiline else { return }
            chars.insert("\n", at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return }
            chars.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < chars.count else { return }
            chars.remove(at: cursor)
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(chars.count, cursor + 1)
        case .home:
            cursor = kind == .multiline ? (chars[..<cursor].lastIndex(of: "\n") ?? -1) + 1 : 0
        case .end:
            cursor = kind == .multiline ? (chars[cursor...].firstIndex(of: "\n") ?? chars.count) : chars.count
        default:
            return
        }
        value = .text(String(chars))
        self.cursor = min(cursor, String(chars).count)
    }
}
