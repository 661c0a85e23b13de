import Foundation

/// Folds text for German search: case-insensitive, ä = ae = a, ö = oe = o, ü = ue = u, ß = ss,
/// other Latin accents stripped (é = e), so "Mütter", "Muetter" and "Mutter" all match.
///
/// The result is UTF-8 bytes, compared with plain byte search. Folding works in two steps: each
/// character is lowercased and stripped of its accent, then the spellings "ae", "oe", "ue" are
/// reduced to "a", "o", "u" — in the text and in the query alike, so both sides meet.
public enum GermanFolding {
    public static func fold(_ text: String) -> [UInt8] {
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
