/// Writes JSON as UTF-8 bytes into a buffer, byte for byte as ``JSONWriter`` writes it as a String
/// (two-space indentation, short scalar arrays on one line, the same escapes), but without going
/// through `String` and its Unicode scalars: long exports append to a byte buffer and hand it on in
/// chunks.
///
/// Tests compare both writers on the demo store and on strings full of characters that need escapes.
public enum JSONByteWriter {
    /// `node` as ``JSONWriter/pretty(_:)`` writes it, without the final newline, where the value starts at
    /// `indent` spaces (the lines inside it are indented from there).
    public static func appendPretty(_ node: JSONNode, indent: Int, into out: inout [UInt8]) {
        switch node.kind {
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: emptyArray); return }
            // Arrays of short scalars stay on one line, as JSONWriter writes them.
            if elements.count <= 12, elements.allSatisfy(isShortScalar) {
                out.append(ascii("["))
                for (i, e) in elements.enumerated() {
                    if i > 0 { out.append(contentsOf: commaSpace) }
                    appendCompact(e, into: &out)
                }
                out.append(ascii("]"))
                return
            }
            out.append(contentsOf: openArray)
            for (i, e) in elements.enumerated() {
                appendSpaces(indent + 2, into: &out)
                appendPretty(e, indent: indent + 2, into: &out)
                out.append(contentsOf: i + 1 < elements.count ? commaNewline : newline)
            }
            appendSpaces(indent, into: &out)
            out.append(ascii("]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: emptyObject); return }
            out.append(contentsOf: openObject)
            for (i, m) in members.enumerated() {
                appendSpaces(indent + 2, into: &out)
                appendString(m.key, into: &out)
                out.append(contentsOf: colonSpace)
                appendPretty(m.value, indent: indent + 2, into: &out)
                out.append(contentsOf: i + 1 < members.count ? commaNewline : newline)
            }
            appendSpaces(indent, into: &out)
            out.append(ascii("}"))
        default:
            appendCompact(node, into: &out)
        }
    }

    /// `node` on one line without spaces, as ``JSONWriter/compact(_:)`` writes it.
    public static func appendCompact(_ node: JSONNode, into out: inout [UInt8]) {
        switch node.kind {
        case .null: out.append(contentsOf: nullLiteral)
        case .bool(let b): out.append(contentsOf: b ? trueLiteral : falseLiteral)
        case .number(let literal): out.append(contentsOf: literal.utf8)
        case .string(let s): appendString(s, into: &out)
        case .array(let elements):
            out.append(ascii("["))
            for (i, e) in elements.enumerated() {
                if i > 0 { out.append(ascii(",")) }
                appendCompact(e, into: &out)
            }
            out.append(ascii("]"))
        case .object(let members):
            out.append(ascii("{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(ascii(",")) }
                appendString(m.key, into: &out)
                out.append(ascii(":"))
                appendCompact(m.value, into: &out)
            }
            out.append(ascii("}"))
        }
    }

    /// A JSON string literal with the escapes of ``JSONWriter``: `\"`, `\\`, the short escapes of
    /// control characters, and `\u00XX` for every other character a terminal could act on (C0 and C1
    /// controls, DEL, line and paragraph separators, bidi overrides and isolates). Runs of other bytes
    /// are copied as they are.
    public static func appendString(_ s: String, into out: inout [UInt8]) {
        out.append(ascii("\""))
        var s = s
        s.withUTF8 { u in
            let n = u.count
            var runStart = 0
            var i = 0
            while i < n {
                let b = u[i]
                let length: Int
                let scalar: UInt32
                if b < 0x80 {
                    if b >= 0x20, b != 0x22, b != 0x5C, b != 0x7F { i += 1; continue }
                    length = 1
                    scalar = UInt32(b)
                } else if b == 0xC2, i + 1 < n, u[i + 1] <= 0x9F {
                    // U+0080–U+009F (C1 controls): C2 80 … C2 9F.
                    length = 2
                    scalar = UInt32(u[i + 1])
                } else if b == 0xE2, i + 2 < n,
                          (u[i + 1] == 0x80 && (0xA8...0xAE).contains(u[i + 2])) || (u[i + 1] == 0x81 && (0xA6...0xA9).contains(u[i + 2])) {
                    // U+2028, U+2029, U+202A–U+202E (E2 80 A8 … AE) and U+2066–U+2069 (E2 81 A6 … A9).
                    length = 3
                    scalar = 0x2000 | UInt32(u[i + 1] & 0x3F) << 6 | UInt32(u[i + 2] & 0x3F)
                } else {
                    i += 1
                    continue
                }
                if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                appendEscape(scalar, into: &out)
                i += length
                runStart = i
            }
            if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<n])) }
        }
        out.append(ascii("\""))
    }

    private static func appendEscape(_ scalar: UInt32, into out: inout [UInt8]) {
        out.append(ascii("\\"))
        switch scalar {
        case 0x22: out.append(ascii("\""))
        case 0x5C: out.append(ascii("\\"))
        case 0x0A: out.append(ascii("n"))
        case 0x0D: out.append(ascii("r"))
        case 0x09: out.append(ascii("t"))
        case 0x08: out.append(ascii("b"))
        case 0x0C: out.append(ascii("f"))
        default:
            out.append(ascii("u"))
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hexDigits[Int(scalar >> UInt32(shift) & 0xF)]) }
        }
    }

    private static func appendSpaces(_ count: Int, into out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let n = min(left, spaces.count)
            out.append(contentsOf: spaces[0..<n])
            left -= n
        }
    }

    /// What JSONWriter keeps on one line inside an array.
    private static func isShortScalar(_ node: JSONNode) -> Bool {
        switch node.kind {
        case .string(let s): s.utf8.count <= 24
        case .number, .bool, .null: true
        default: false
        }
    }

    @inline(__always) private static func ascii(_ c: Unicode.Scalar) -> UInt8 { UInt8(ascii: c) }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
    private static let emptyArray: [UInt8] = Array("[]".utf8)
    private static let emptyObject: [UInt8] = Array("{}".utf8)
    private static let openArray: [UInt8] = Array("[\n".utf8)
    private static let openObject: [UInt8] = Array("{\n".utf8)
    private static let commaSpace: [UInt8] = Array(", ".utf8)
    private static let commaNewline: [UInt8] = Array(",\n".utf8)
    private static let newline: [UInt8] = Array("\n".utf8)
    private static let colonSpace: [UInt8] = Array(": ".utf8)
    private static let nullLiteral: [UInt8] = Array("null".utf8)
    private static let trueLiteral: [UInt8] = Array("true".utf8)
    private static let falseLiteral: [UInt8] = Array("false".utf8)
}
