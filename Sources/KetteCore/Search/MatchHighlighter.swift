/// Finds where query words occur in original text, so a view can highlight them. Works through
/// the same folding as search, so "mutter" highlights "Mütter" and "Muetter".
public enum MatchHighlighter {
    /// Character offsets (start, length) of every occurrence of any term, sorted, not overlapping.
    public static func matches(of terms: [[UInt8]], in text: String) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        var folded: [UInt8] = []
        var owner: [Int] = []  // index of the original character of each folded byte
        for (ci, c) in text.enumerated() {
            let piece = GermanFolding.fold(String(c))
            for b in piece {
                // Same collapse rule as GermanFolding: "e" after a/o/u disappears.
                if b == UInt8(ascii: "e"), let last = folded.last,
                   last == UInt8(ascii: "a") || last == UInt8(ascii: "o") || last == UInt8(ascii: "u") {
                    continue
                }
                folded.append(b)
                owner.append(ci)
            }
        }
        var ranges: [Range<Int>] = []
        for t in terms where !t.isEmpty && t.count <= folded.count {
            var i = 0
            while i <= folded.count - t.count {
                if folded[i] == t[0] && Array(folded[i..<(i + t.count)]) == t {
                    var end = owner[i + t.count - 1] + 1
                    // An "e" swallowed right after the match ("Mue" for "mu") belongs to it.
                    if i + t.count < owner.count, owner[i + t.count] > end { end = owner[i + t.count] }
                    ranges.append(owner[i]..<end)
                    i += t.count
                } else {
                    i += 1
                }
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        return merged
    }
}
