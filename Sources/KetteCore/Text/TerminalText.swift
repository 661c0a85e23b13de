/// Makes store text safe and measurable for a terminal.
///
/// Store data comes from admins' scripts, imports and other tools; an escape sequence hidden in an
/// offer title must never reach the terminal as a command. Control characters (C0, DEL, C1) and
/// bidirectional overrides are shown as visible escapes such as `\x1B` instead.
public enum TerminalText {
    /// True for scalars that must never be written to a terminal as they are.
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The text with every unsafe scalar replaced by a visible escape. With `keepNewlines`,
    /// line feeds stay (for text that is wrapped into paragraphs); tabs become a space.
    public static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        // Built as UTF-8 bytes: linear even for a string of many megabytes.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 64)
        for s in text.unicodeScalars {
            if !isUnsafe(s) {
                UTF8.encode(s) { out.append($0) }
            } else if s == "\n" && keepNewlines {
                out.append(0x0A)
            } else if s == "\t" {
                out.append(0x20)
            } else {
                let hex = String(s.value, radix: 16, uppercase: true)
                let code = s.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
                out.append(contentsOf: code.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The escaped form of the shortest prefix of `text` that is wider than `cells` (or of the
    /// whole text when it is not): enough to draw or truncate it to `cells` without escaping
    /// all of a huge string.
    public static func escapedPrefix(_ text: String, cells: Int) -> String {
        var used = 0
        var end = text.startIndex
        while end < text.endIndex, used <= cells {
            let c = text[end]
            used += c.unicodeScalars.contains(where: isUnsafe) ? width(escaped(String(c))) : width(of: c)
            end = text.index(after: end)
        }
        return escaped(String(text[..<end]))
    }

    /// Display width of one scalar in terminal cells: 0 for combining and invisible format
    /// characters, 2 for East Asian wide and emoji, 1 otherwise.
    public static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x300 { return v < 0x20 || (0x7F...0x9F).contains(v) ? 0 : 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels and finals
        if isWide(v) || s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Display width of one user-perceived character.
    public static func width(of c: Character) -> Int {
        var w = 0
        for s in c.unicodeScalars {
            if s.value == 0xFE0F { w = max(w, 2); continue }  // emoji presentation selector
            let sw = width(of: s)
            if w == 0 { w = sw } else if sw == 2 { w = 2 }
        }
        return w
    }

    /// Display width of a string in terminal cells (unsafe characters count as their escape).
    public static func width(_ text: String) -> Int {
        var total = 0
        for c in text {
            if c.isASCII, let a = c.asciiValue, a >= 0x20, a != 0x7F { total += 1 } else { total += width(of: c) }
        }
        return total
    }

    /// The longest prefix that fits into `cells`, ending in "…" when something was cut.
    /// Never cuts inside a character, and never leaves half of a wide character.
    public static func truncate(_ text: String, to cells: Int) -> String {
        guard cells > 0 else { return "" }
        // One pass that stops at the first character that does not fit: a huge text costs no
        // more than a short one.
        var used = 0
        var keep = text.startIndex  // end of the longest prefix that fits with room for "…"
        var i = text.startIndex
        while i < text.endIndex {
            used += width(of: text[i])
            if used > cells { return String(text[..<keep]) + "…" }
            i = text.index(after: i)
            if used <= cells - 1 { keep = i }
        }
        return text
    }

    /// Pads with spaces (or truncates) to exactly `cells` display cells.
    public static func fit(_ text: String, to cells: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: cells)
        let pad = String(repeating: " ", count: max(0, cells - width(t)))
        return alignRight ? pad + t : t + pad
    }

    /// Breaks text into lines of at most `cells` cells, at spaces where possible; a word longer than
    /// a line is split between characters. Paragraph breaks (`\n`) are kept.
    public static func wrap(_ text: String, to cells: Int) -> [String] {
        guard cells > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                var ww = width(w)
                if lineWidth > 0 && lineWidth + 1 + ww <= cells {
                    line += " " + w
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if ww > cells {
                    // Split between characters, in one pass (a word may be megabytes long).
                    var head = ""
                    var hw = 0
                    for c in w {
                        let cw = width(of: c)
                        if hw + cw > cells, !head.isEmpty {
                            lines.append(head)
                            head = ""
                            hw = 0
                        }
                        head.append(c)
                        hw += cw
                    }
                    w = head
                    ww = hw
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }
}
