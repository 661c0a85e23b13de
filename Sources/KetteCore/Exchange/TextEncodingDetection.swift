/// Decodes the bytes of a spreadsheet export: UTF-8 (with or without byte order mark) or Windows-1252.
///
/// The rule, in order:
/// 1. A UTF-8 byte order mark: the file must be UTF-8; an invalid sequence after it is an error.
/// 2. Valid UTF-8 throughout: UTF-8. (Windows-1252 text with umlauts is practically never valid UTF-8.)
/// 3. Invalid UTF-8 but with valid multi-byte UTF-8 sequences elsewhere: the file mixes encodings
///    (e.g. rows pasted from two sources); it is refused instead of guessing.
/// 4. Otherwise Windows-1252, unless it contains one of the five bytes Windows-1252 leaves undefined
///    (0x81, 0x8D, 0x8F, 0x90, 0x9D): then it is neither encoding and is refused.
///
/// A file starting with a UTF-16 byte order mark (Excel's "Unicode text") is refused with a hint.
///
/// Errors carry the 1-based line and column (in bytes of that line) of the first offending byte.
public enum TextEncodingDetection {
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 (BOM)"
        case windows1252 = "Windows-1252"
    }

    public struct Failure: Error, Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            /// Invalid UTF-8 after a UTF-8 byte order mark.
            case invalidUTF8AfterBOM
            /// Valid UTF-8 multi-byte sequences and invalid bytes in one file.
            case mixed
            /// A byte that is neither UTF-8 nor defined in Windows-1252.
            case neither(byte: UInt8)
            /// A UTF-16 byte order mark (Excel's "Unicode text"): not read.
            case utf16
        }
        public var line: Int
        public var column: Int
        public var reason: Reason
    }

    /// The text (without byte order mark) and the encoding it was read in.
    public static func decode(_ bytes: [UInt8]) -> Result<(text: String, encoding: Encoding), Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Failure(line: 1, column: 1, reason: .utf16))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        let scan = scanUTF8(body)
        if scan.firstInvalid == nil {
            return .success((String(decoding: body, as: UTF8.self), hasBOM ? .utf8WithBOM : .utf8))
        }
        let bad = scan.firstInvalid!
        let (line, column) = position(of: bad, in: body)
        if hasBOM { return .failure(Failure(line: line, column: column + (line == 1 ? 3 : 0), reason: .invalidUTF8AfterBOM)) }
        if scan.multiByteSequences > 0 { return .failure(Failure(line: line, column: column, reason: .mixed)) }
        if let i = body.firstIndex(where: { undefinedInWindows1252.contains($0) }) {
            let (l, c) = position(of: i, in: body)
            return .failure(Failure(line: l, column: c, reason: .neither(byte: body[i])))
        }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        for b in body { scalars.append(windows1252Scalar(b)) }
        return .success((String(scalars), .windows1252))
    }

    /// The bytes Windows-1252 does not define.
    public static let undefinedInWindows1252: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The character a Windows-1252 byte stands for (bytes 0x80–0x9F differ from Latin-1).
    static func windows1252Scalar(_ b: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(b) else { return Unicode.Scalar(b) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(b) - 0x80])!
    }

    /// A character Windows-1252 cannot represent.
    public struct Unencodable: Error, Sendable, Hashable {
        public var character: Character
    }

    /// Encodes text as Windows-1252; fails with the first character it cannot represent.
    public static func encodeWindows1252(_ text: String) -> Result<[UInt8], Unencodable> {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        if let failure = appendWindows1252(text, to: &out) { return .failure(failure) }
        return .success(out)
    }

    /// Appends text as Windows-1252 (for output made piece by piece); returns the first character
    /// it cannot represent instead, with `out` then holding an unspecified part of the text.
    public static func appendWindows1252(_ text: String, to out: inout [UInt8]) -> Unencodable? {
        for s in text.unicodeScalars {
            guard let b = windows1252Byte(s) else { return Unencodable(character: firstUnencodableCharacter(text)) }
            out.append(b)
        }
        return nil
    }

    /// Appends valid UTF-8 (e.g. a row made as bytes) as Windows-1252; false when a scalar has no
    /// byte, with `out` then holding an unspecified part of it.
    public static func appendWindows1252(utf8: [UInt8], to out: inout [UInt8]) -> Bool {
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            if b < 0x80 {
                out.append(b)
                i += 1
                continue
            }
            let value: UInt32, length: Int
            if b < 0xE0 {
                value = UInt32(b & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                length = 2
            } else if b < 0xF0 {
                value = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                length = 3
            } else {
                value = UInt32(b & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                    | UInt32(utf8[i + 3] & 0x3F)
                length = 4
            }
            guard let scalar = Unicode.Scalar(value), let byte = windows1252Byte(scalar) else { return false }
            out.append(byte)
            i += length
        }
        return true
    }

    /// The first character Windows-1252 cannot represent, or nil when it can represent all of them.
    public static func firstUnencodableInWindows1252(_ text: String) -> Character? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        guard text.unicodeScalars.contains(where: { windows1252Byte($0) == nil }) else { return nil }
        return firstUnencodableCharacter(text)
    }

    /// The byte for a scalar, or nil when Windows-1252 has none.
    @inline(__always)
    static func windows1252Byte(_ s: Unicode.Scalar) -> UInt8? {
        if s.value < 0x80 || (0xA0...0xFF).contains(s.value) { return UInt8(s.value) }
        return windows1252Bytes[s.value]
    }

    /// The bytes 0x80–0x9F by the scalar each stands for, computed once.
    private static let windows1252Bytes: [UInt32: UInt8] = {
        var bytes: [UInt32: UInt8] = [:]
        for b in UInt8(0x80)...UInt8(0x9F) where !undefinedInWindows1252.contains(b) { bytes[windows1252Scalar(b).value] = b }
        return bytes
    }()

    /// The character (grapheme) holding the first scalar without a byte; only called when there is one.
    private static func firstUnencodableCharacter(_ text: String) -> Character {
        for c in text where c.unicodeScalars.contains(where: { windows1252Byte($0) == nil }) { return c }
        preconditionFailure("no character of the text lacks a Windows-1252 byte")
    }

    private static func scanUTF8(_ bytes: [UInt8]) -> (firstInvalid: Int?, multiByteSequences: Int) {
        var i = 0
        var multi = 0
        var firstInvalid: Int?
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: length = 0
            }
            var ok = length > 0 && i + length <= n
            if ok {
                for k in 1..<length {
                    let c = bytes[i + k]
                    let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                    if c < lo || c > hi { ok = false; break }
                }
            }
            if ok {
                multi += 1
                i += length
            } else {
                if firstInvalid == nil { firstInvalid = i }
                i += 1
            }
        }
        return (firstInvalid, multi)
    }

    private static func position(of index: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        // CR, LF and CRLF end a line, as for the CSV reader.
        var line = 1, start = 0
        for i in 0..<index where bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
            line += 1
            start = i + 1
        }
        return (line, index - start + 1)
    }
}
