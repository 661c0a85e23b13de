/// Writes JSON the way Kette stores it: two-space indentation, keys in the order given,
/// non-ASCII text kept as UTF-8, control characters escaped, a final newline.
public enum JSONWriter {
    public static func pretty(_ node: JSONNode) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(node, indent: 0, into: &out)
        out.append("\n")
        return out
    }

    /// One line, no spaces: for `--format json` output piped to other tools.
    public static func compact(_ node: JSONNode) -> String {
        var out = ""
        writeCompact(node, into: &out)
        return out
    }

    private static func write(_ node: JSONNode, indent: Int, into out: inout String) {
        switch node.kind {
        case .array(let elements):
            if elements.isEmpty { out.append("[]"); return }
            // Arrays of short scalars stay on one line, as people write them by hand.
            if elements.allSatisfy(\.isShortScalar), elements.count <= 12 {
                out.append("[")
                for (i, e) in elements.enumerated() {
                    if i > 0 { out.append(", ") }
                    write(e, indent: indent, into: &out)
                }
                out.append("]")
                return
            }
            out.append("[\n")
            for (i, e) in elements.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                write(e, indent: indent + 2, into: &out)
                out.append(i + 1 < elements.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent))
            out.append("]")
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.append("{\n")
            for (i, m) in members.enumerated() {
                out.append(String(repeating: " ", count: indent + 2))
                appendString(m.key, into: &out)
                out.append(": ")
                write(m.value, indent: indent + 2, into: &out)
                out.append(i + 1 < members.count ? ",\n" : "\n")
            }
            out.append(String(repeating: " ", count: indent))
            out.append("}")
        default:
            writeCompact(node, into: &out)
        }
    }

    private static func writeCompact(_ node: JSONNode, into out: inout String) {
        switch node.kind {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let literal): out.append(literal)
        case .string(let s): appendString(s, into: &out)
        case .array(let elements):
            out.append("[")
            for (i, e) in elements.enumerated() {
                if i > 0 { out.append(",") }
                writeCompact(e, into: &out)
            }
            out.append("]")
        case .object(let members):
            out.append("{")
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(",") }
                appendString(m.key, into: &out)
                out.append(":")
                writeCompact(m.value, into: &out)
            }
            out.append("}")
        }
    }

    static func appendString(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            // Everything TerminalText.isUnsafe names (bidi overrides too), so JSON printed to a
            // terminal carries no control character.
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}

extension JSONNode {
    fileprivate var isShortScalar: Bool {
        switch kind {
        case .string(let s): s.utf8.count <= 24
        case .number, .bool, .null: true
        default: false
        }
    }
}
