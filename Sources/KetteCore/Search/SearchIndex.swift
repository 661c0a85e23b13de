/// Ranked full-text search over offers with German folding.
///
/// Built once per store: each offer's title, provider, tags and description are folded into
/// byte buffers. A query is split into words; an offer matches when every word occurs in one of
/// its fields. Matches in the title weigh most, then tags, provider, description; a word found at
/// the start of a word counts more than one found inside a word.
public struct SearchIndex: Sendable {
    public struct Hit: Sendable, Equatable {
        public var offerIndex: Int
        public var score: Int
    }

    private struct Entry: Sendable {
        var title: [UInt8]
        var provider: [UInt8]
        var tags: [UInt8]
        var description: [UInt8]
    }

    private let entries: [Entry]

    public init(offers: [Offer]) {
        entries = offers.map { o in
            Entry(title: GermanFolding.fold(o.title), provider: GermanFolding.fold(o.provider),
                  tags: GermanFolding.fold(o.tags.joined(separator: " ")),
                  description: GermanFolding.fold(o.description ?? ""))
        }
    }

    /// Query words, folded; empty words are dropped.
    public static func terms(_ query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { GermanFolding.fold(String($0)) }
            .filter { !$0.isEmpty }
    }

    /// Indexes of matching offers with their scores, best first (ties keep store order).
    /// With `within`, only those offer indexes are considered (narrowing while typing).
    public func search(_ query: String, within candidates: [Int]? = nil) -> [Hit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        var hits: [Hit] = []
        let range = candidates ?? Array(entries.indices)
        for i in range {
            let e = entries[i]
            var total = 0
            var matchedAll = true
            for t in terms {
                let s = Self.score(t, title: e.title, provider: e.provider, tags: e.tags, description: e.description)
                if s == 0 {
                    matchedAll = false
                    break
                }
                total += s
            }
            if matchedAll { hits.append(Hit(offerIndex: i, score: total)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.offerIndex < $1.offerIndex }
        return hits
    }

    private static func score(_ t: [UInt8], title: [UInt8], provider: [UInt8], tags: [UInt8], description: [UInt8]) -> Int {
        var s = 0
        s += weigh(find(t, in: title), base: 100)
        s += weigh(find(t, in: tags), base: 60)
        s += weigh(find(t, in: provider), base: 40)
        s += weigh(find(t, in: description), base: 10)
        return s
    }

    private enum Found { case none, inside, wordStart, wholeWord }

    private static func weigh(_ f: Found, base: Int) -> Int {
        switch f {
        case .none: 0
        case .inside: base
        case .wordStart: base * 2
        case .wholeWord: base * 3
        }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80
    }

    /// The best kind of occurrence of `needle` in `hay`.
    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Found {
        let n = needle.count, h = hay.count
        guard n > 0, n <= h else { return .none }
        var best = Found.none
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if hay[i] == first {
                var j = 1
                while j < n && hay[i + j] == needle[j] { j += 1 }
                if j == n {
                    let startsWord = i == 0 || !isWordByte(hay[i - 1])
                    let endsWord = i + n == h || !isWordByte(hay[i + n])
                    if startsWord && endsWord { return .wholeWord }
                    if startsWord { best = .wordStart } else if best == .none { best = .inside }
                }
            }
            i += 1
        }
        return best
    }

    public var count: Int { entries.count }
}
