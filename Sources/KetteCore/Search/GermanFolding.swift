import Foundation

/// Folds text for German search: case-insensitive, ä = ae = a, ö = oe = o, ü = ue = u, ß = ss,
/// other Latin accents stripped (é = e), so "Mütter", "Muetter" and "Mutter" all match.
///
/// The result is UTF-8 bytes, compared with plain byte search. Folding works in two steps: each
/// character is lowercased and stripped of its accent, then the spellings "ae", "oe", "ue" are
/// reduced to "a", "o", "u" — in the text and in the query alike, so both sides meet.
public enum GermanFolding {
    public static func fold(_ text: String) -> [UInt8] {
        let folded: [UInt8]? = text.utf8.withContiguousStorageIfAvailable { u in
            let capacity = 4 * u.count + 16
            var ok = true
            let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                if let n = foldBytes(u, into: buffer.baseAddress!, capacity: capacity) {
                    count = n
                } else {
                    ok = false
                    count = 0
                }
            }
            return ok ? out : foldByScalars(text)
        }
        return folded ?? foldByScalars(text)
    }

    /// Appends the folded form of `text` to `out` (the "ae"/"oe"/"ue" rule sees only `text`).
    public static func foldAppending(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: fold(text))
    }

    /// Folds UTF-8 bytes into `dst`; returns how many bytes were written, or nil when more than
    /// `capacity` would be needed (4 bytes per input byte are always enough in practice).
    /// ASCII and two-byte characters (Latin, Greek, Cyrillic, …) go through tables, longer ones
    /// character by character; the same result as ``foldByScalars(_:)``.
    static func foldBytes(_ u: UnsafeBufferPointer<UInt8>, into dst: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int? {
        var w = 0
        var last: UInt8 = 0  // the last byte written (0: none)
        var i = 0
        let n = u.count
        let t = twoByteTable
        return t.bytes.withUnsafeBufferPointer { tb -> Int? in
            t.start.withUnsafeBufferPointer { ts -> Int? in
                while i < n {
                    let b = u[i]
                    if b < 0x80 {
                        let c = b &- 0x41 < 26 ? b | 0x20 : b
                        // "e" after a, o, u disappears.
                        if !(c == 0x65 && (last == 0x61 || last == 0x6F || last == 0x75)) {
                            guard w < capacity else { return nil }
                            dst[w] = c
                            w += 1
                            last = c
                        }
                        i += 1
                    } else if b < 0xE0, i + 1 < n {
                        let v = Int(b & 0x1F) << 6 | Int(u[i + 1] & 0x3F)
                        for k in Int(ts[v])..<Int(ts[v + 1]) {
                            let c = tb[k]
                            if c == 0x65 && (last == 0x61 || last == 0x6F || last == 0x75) { continue }
                            guard w < capacity else { return nil }
                            dst[w] = c
                            w += 1
                            last = c
                        }
                        i += 2
                    } else {
                        var len = b < 0xF0 ? 3 : 4
                        if i + len > n { len = n - i }
                        let piece = String(decoding: UnsafeBufferPointer(rebasing: u[i..<(i + len)]), as: UTF8.self)
                        for s in piece.unicodeScalars {
                            for c in foldScalar(s) {
                                if c == 0x65 && (last == 0x61 || last == 0x6F || last == 0x75) { continue }
                                guard w < capacity else { return nil }
                                dst[w] = c
                                w += 1
                                last = c
                            }
                        }
                        i += len
                    }
                }
                return w
            }
        }
    }

    /// The folded bytes of every scalar of two UTF-8 bytes (U+0000…U+07FF), flat.
    private struct TwoByteTable: Sendable {
        var bytes: [UInt8] = []
        var start: [Int32] = [0]
    }

    private static let twoByteTable: TwoByteTable = {
        var t = TwoByteTable()
        for v in 0..<0x800 {
            if v >= 0x80, let s = Unicode.Scalar(v) { t.bytes += foldScalar(s) }
            t.start.append(Int32(t.bytes.count))
        }
        return t
    }()

    /// The reference implementation, scalar by scalar (kept for bridged strings and for tests).
    static func foldByScalars(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                var b = UInt8(v)
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                append(b, to: &out)
            } else {
                for b in foldScalar(s) { append(b, to: &out) }
            }
        }
        return out
    }

    public static func foldToString(_ text: String) -> String { String(decoding: fold(text), as: UTF8.self) }

    /// Appends a byte, collapsing "ae", "oe", "ue" into their vowel.
    @inline(__always)
    private static func append(_ b: UInt8, to out: inout [UInt8]) {
        if b == UInt8(ascii: "e"), let last = out.last,
           last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u") {
            return
        }
        out.append(b)
    }

    private static func foldScalar(_ s: Unicode.Scalar) -> [UInt8] {
        switch s.value {
        case 0xDF, 0x1E9E: return Array("ss".utf8)  // ß, ẞ
        case 0xC6, 0xE6: return Array("ae".utf8)
        case 0x152, 0x153: return Array("oe".utf8)
        default: break
        }
        if s.properties.generalCategory == .nonspacingMark { return [] }
        if s.value >= 0xC0 && s.value < 0x250 { return latinTable[Int(s.value) - 0xC0] }
        return Array(s.properties.lowercaseMapping.utf8)
    }

    /// Lowercase and accent-free forms of U+00C0…U+024F (Latin-1 Supplement, Latin Extended-A/B).
    private static let latinTable: [[UInt8]] = (0xC0..<0x250).map { v in
        guard let scalar = Unicode.Scalar(v) else { return [] }
        let lower = String(scalar).lowercased().decomposedStringWithCanonicalMapping
        return Array(String(String.UnicodeScalarView(lower.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        })).utf8)
    }
}
