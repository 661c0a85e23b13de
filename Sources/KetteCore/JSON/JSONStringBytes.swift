/// Checks and decodes the bytes between the quotes of a JSON string read again from a file
/// (``OfferTextSource``): they must still be a string the loader would have accepted.
enum JSONStringBytes {
    /// No quote, backslash or control character, and UTF-8 made of whole sequences.
    static func isPlainContent(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
                i += 1
                continue
            }
            guard let length = sequenceLength(p, at: i) else { return false }
            i += length
        }
        return true
    }

    /// The length of the UTF-8 sequence starting at `i` when it is whole (lead byte and
    /// continuation bytes; the loader has checked the finer rules on the same bytes).
    @inline(__always)
    private static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let length: Int
        switch p[i] {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard i + length <= p.count else { return nil }
        for k in 1..<length where p[i + k] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// Decodes a string body with escapes into `out` (appended), as ``JSONParser`` does; false on
    /// anything the parser refuses.
    static func unescape(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        var i = 0
        let n = p.count
        func hex4() -> UInt32? {
            guard i + 4 <= n else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let d = JSONEscape.hexDigit(p[i]) else { return nil }
                v = v << 4 | d
                i += 1
            }
            return v
        }
        while i < n {
            let b = p[i]
            if b == UInt8(ascii: "\\") {
                guard i + 1 < n else { return false }
                let e = p[i + 1]
                i += 2
                if let byte = JSONEscape.simple(e) {
                    out.append(byte)
                    continue
                }
                guard e == UInt8(ascii: "u"), var scalar = hex4() else { return false }
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < n, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u") else { return false }
                    i += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return false }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    return false
                }
                guard let u = Unicode.Scalar(scalar), let encoded = UTF8.encode(u) else { return false }
                out.append(contentsOf: encoded)
            } else if b < 0x80 {
                if b < 0x20 || b == UInt8(ascii: "\"") { return false }
                out.append(b)
                i += 1
            } else {
                guard let length = sequenceLength(p, at: i) else { return false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<(i + length)]))
                i += length
            }
        }
        return true
    }
}
