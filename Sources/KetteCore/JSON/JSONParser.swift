/// A strict RFC 8259 parser over UTF-8 bytes that records the position of every value.
///
/// It rejects what Foundation would silently accept or repair: invalid UTF-8, raw control
/// characters in strings, trailing commas, comments, a byte-order mark, nesting deeper than
/// ``maximumDepth`` and anything after the top-level value. Errors say what was expected.
public struct JSONParser {
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    // Column cache: scalars counted from `lineStart` up to `columnIndex`.
    private var columnIndex = 0
    private var columnCount = 1
    private var depth = 0

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8))
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw error("the file starts with a byte-order mark; save it as UTF-8 without BOM")
        }
        skipWhitespace()
        guard index < bytes.count else { throw error("expected a JSON value, found an empty file") }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw error("expected end of file after the top-level value, found \(describeCurrent())")
        }
        return value
    }

    // MARK: Positions

    private mutating func column(at position: Int) -> Int {
        if position < columnIndex || columnIndex < lineStart {
            columnIndex = lineStart
            columnCount = 1
        }
        while columnIndex < position {
            if bytes[columnIndex] & 0xC0 != 0x80 { columnCount += 1 }
            columnIndex += 1
        }
        return columnCount
    }

    private mutating func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
        let p = min(position ?? index, bytes.count)
        return JSONSyntaxError(line: line, column: column(at: p), message: message)
    }

    private func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        switch b {
        case 0x20...0x7E: return "'\(Character(Unicode.Scalar(b)))'"
        default: return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }
    }

    // MARK: Values

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        let startLine = line
        let startColumn = column(at: index)
        guard index < bytes.count else { throw error("expected a value, found end of file") }
        let kind: JSONNode.Kind
        switch bytes[index] {
        case UInt8(ascii: "{"): kind = try parseObject()
        case UInt8(ascii: "["): kind = try parseArray()
        case UInt8(ascii: "\""): kind = .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); kind = .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); kind = .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); kind = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(literal: try parseNumber())
        default:
            throw error("expected a value (object, array, string, number, true, false or null), found \(describeCurrent())")
        }
        return JSONNode(kind, line: startLine, column: startColumn)
    }

    private mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        let ok = index + n <= bytes.count && word.withUTF8Buffer { w in
            (0..<n).allSatisfy { bytes[index + $0] == w[$0] }
        }
        guard ok else { throw error("expected '\(word)', found \(describeCurrent())") }
        index += n
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Kind {
        try enter()
        index += 1
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    throw error("expected a key in double quotes after ',', found '}' (trailing comma)")
                }
                throw error("expected a key in double quotes, found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after key \"\(TerminalText.escaped(key))\", found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key, value))
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or '}' in object, found end of file") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return .object(members)
            default: throw error("expected ',' or '}' after the value of \"\(TerminalText.escaped(key))\", found \(describeCurrent())")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Kind {
        try enter()
        index += 1
        var elements: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                throw error("expected a value after ',', found ']' (trailing comma)")
            }
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or ']' in array, found end of file") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .array(elements)
            default: throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.index
            while p.index < p.bytes.count, (0x30...0x39).contains(p.bytes[p.index]) { p.index += 1 }
            return p.index - s
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else {
            throw error("expected a digit in number, found \(describeCurrent())")
        }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                throw error("numbers must not have leading zeros")
            }
        } else {
            _ = digits(&self)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error("expected a digit after the decimal point, found \(describeCurrent())") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits(&self) == 0 { throw error("expected a digit in the exponent, found \(describeCurrent())") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw controlCharacterError(b) }
            if b >= 0x80 { try validateUTF8Sequence() } else { index += 1 }
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &out)
            case 0..<0x20:
                throw controlCharacterError(b)
            case 0x80...:
                let s = index
                try validateUTF8Sequence()
                out.append(contentsOf: bytes[s..<index])
            default:
                out.append(b)
                index += 1
            }
        }
        throw error("expected '\"' to close the string, found end of file")
    }

    private mutating func controlCharacterError(_ b: UInt8) -> JSONSyntaxError {
        if b == 0x0A {
            return error("expected '\"' to close the string before the end of the line (write a line break as \\n)")
        }
        return error("control character 0x\(String(b, radix: 16)) inside a string; write it as an escape such as \\u00\(b < 16 ? "0" : "")\(String(b, radix: 16))")
    }

    private mutating func parseEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1
        guard index < bytes.count else { throw error("expected an escape character after '\\', found end of file") }
        let e = bytes[index]
        index += 1
        if let byte = JSONEscape.simple(e) {
            out.append(byte)
            return
        }
        switch e {
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("expected a low surrogate \\uDC00–\\uDFFF after a high surrogate")
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("expected a low surrogate \\uDC00–\\uDFFF after a high surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("unpaired low surrogate in \\u escape")
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            index -= 1
            throw error("expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found \(describeCurrent())")
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("expected 4 hex digits after \\u, found end of file") }
            guard let d = JSONEscape.hexDigit(bytes[index]) else {
                throw error("expected 4 hex digits after \\u, found \(describeCurrent())")
            }
            v = v << 4 | d
            index += 1
        }
        return v
    }

    /// Checks one multi-byte UTF-8 sequence at `index` and steps over it.
    private mutating func validateUTF8Sequence() throws(JSONSyntaxError) {
        let b0 = bytes[index]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; scalar = UInt32(b0 & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; scalar = UInt32(b0 & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; scalar = UInt32(b0 & 0x07); minimum = 0x10000
        default: throw error("invalid UTF-8 byte 0x\(String(b0, radix: 16, uppercase: true)); the file must be saved as UTF-8")
        }
        guard index + length <= bytes.count else { throw error("truncated UTF-8 sequence; the file must be saved as UTF-8") }
        for k in 1..<length {
            let b = bytes[index + k]
            guard b & 0xC0 == 0x80 else {
                throw error("invalid UTF-8 sequence; the file must be saved as UTF-8")
            }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
            throw error("invalid UTF-8 sequence; the file must be saved as UTF-8")
        }
        index += length
    }
}
