#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strings already read, by their exact bytes: offers repeat the names of their providers (a
/// provider runs many offers), titles ("Elterncafé", "Hausaufgabenhilfe" in several districts) and
/// cost notes, and one shared String per distinct text saves a heap allocation per offer and field.
/// Only for texts of 16 to 256 bytes: shorter ones live inside the String without an allocation,
/// longer ones hardly repeat.
final class StringInterner {
    private var strings: [String] = []
    private var hashes: [UInt64] = []
    private var table = [Int32](repeating: -1, count: 1 << 10)
    static let maximumEntries = 1 << 16
    static let lengths = 16...256

    /// The String of `raw` (valid UTF-8, as checked by the reader): one made before, or a new one.
    func string(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        guard Self.lengths.contains(raw.count) else { return String(decoding: raw, as: UTF8.self) }
        var h = StringArrayInterner.seed
        for b in raw { h = StringArrayInterner.mix(h, b) }
        let mask = table.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(table[s])
            if id < 0 { break }
            if hashes[id] == h, equal(strings[id], raw) { return strings[id] }
            s = (s + 1) & mask
        }
        let value = String(decoding: raw, as: UTF8.self)
        guard strings.count < Self.maximumEntries else { return value }
        strings.append(value)
        hashes.append(h)
        if strings.count * 2 > table.count {
            rehash()
        } else {
            table[s] = Int32(strings.count - 1)
        }
        return value
    }

    private func equal(_ s: String, _ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var s = s
        return s.withUTF8 { u in u.count == raw.count && memcmp(u.baseAddress!, raw.baseAddress!, raw.count) == 0 }
    }

    private func rehash() { table = Self.slots(for: hashes, count: table.count * 2) }

    /// An open-addressing table of `count` slots (a power of two, more than `hashes`) holding, at the
    /// first free slot from each hash, the index of that hash (-1 where free): the table of both interners.
    static func slots(for hashes: [UInt64], count: Int) -> [Int32] {
        var table = [Int32](repeating: -1, count: count)
        let mask = count - 1
        for (k, hk) in hashes.enumerated() {
            var t = Int(truncatingIfNeeded: hk) & mask
            while table[t] >= 0 { t = (t + 1) & mask }
            table[t] = Int32(k)
        }
        return table
    }
}
