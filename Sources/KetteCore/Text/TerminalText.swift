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
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if !isUnsafe(s) {
                out.append(s)
            } else if s == "\n" && keepNewlines {
                out.append(s)
            } else if s == "\t" {
                out.append(" ")
            } else {
                let hex = String(s.value, radix: 16, uppercase: true)
                let code = s.value <= 0xFF ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{" + hex + "}"
                out.append(contentsOf: code.unicodeScalars)
            }
        }
        return String(out)
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
        if width(text) <= cells { return text }
        var out = ""
        var used = 0
        for c in text {
            let w = width(of: c)
            if used + w > cells - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
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
                while ww > cells {
                    var head = ""
                    var hw = 0
                    var rest = Substring(w)
                    while let c = rest.first, hw + width(of: c) <= cells {
                        head.append(c)
                        hw += width(of: c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty { break }
                    lines.append(head)
                    w = String(rest)
                    ww = width(w)
                }
                line = w
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }
}
