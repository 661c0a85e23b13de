/// Plain-ASCII stand-ins for the symbols the UI draws, for terminals that cannot show UTF-8.
enum AsciiFallback {
    static func character(_ c: Character) -> Character {
        if c.isASCII { return c }
        switch c {
        case "▶", "→", "›": return ">"
        case "↳": return ">"
        case "↑": return "^"
        case "↓": return "v"
        case "✓": return "+"
        case "€": return "E"
        case "…": return "~"
        case "–", "—", "─": return "-"
        case "│": return "|"
        case "┌", "┐", "└", "┘": return "+"
        case "·", "•": return "*"
        case "⏎": return "<"
        case "␣": return "_"
        case "„", "“", "”": return "\""
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        case "Ä": return "A"
        case "Ö": return "O"
        case "Ü": return "U"
        case "ß": return "s"
        default: return "?"
        }
    }
}
