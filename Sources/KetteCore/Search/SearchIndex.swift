import Foundation

/// Ranked full-text search over offers with German folding.
///
/// Built once per store: each offer's title, tags, provider and description are folded (see
/// ``GermanFolding``) and cut into words (runs of letters, digits and non-ASCII characters). The
/// index keeps one vocabulary of distinct words and, per offer and field, the ids of the distinct
/// words in it. A query is split into terms; an offer matches when every term occurs in one of its
/// fields. Matches in the title weigh most, then tags, provider, description; a term found at the
/// start of a word counts more than one found inside a word, a whole word most.
///
/// A term is looked up once in the vocabulary (every word is classified: contains the term, starts
/// with it, is it); the offers' scores then come the cheapest way: for a one-character term from bit
/// sets of the letters in each field, for a term whose words are rare from the postings (word →
/// places), else from a walk over each candidate's word ids. A term with characters that separate
/// words (such as "e.v." or "0-3") cannot lie inside one word: offers are then checked against their
/// folded text. Results equal a plain scan of the folded text (see the equivalence tests).
///
/// Memory at 150k offers: ≈ 70 MB of word ids, as much of postings, 14 MB of letter sets.
public struct SearchIndex: Sendable {
    public struct Hit: Sendable, Equatable {
        public var offerIndex: Int
        public var score: Int
    }

    /// Field order in the index, with the weight of a match in it.
    static let weights = [100, 60, 40, 10]  // title, tags, provider, description
    static let fieldCount = 4

    private let box: Box
    /// The built index (waits while it is still being built in the background).
    private var index: Storage { box.storage }

    /// Holds the index, which may still be in the making on another thread, or not yet begun.
    private final class Box: @unchecked Sendable {
        let count: Int
        private let condition = NSCondition()
        private var built: Storage?
        /// Starts the build (once); nil when it has started.
        private var start: (() -> Void)?

        init(count: Int, start: (() -> Void)?) {
            self.count = count
            self.start = start
        }

        /// Begins the build if it has not begun.
        func begin() {
            condition.lock()
            let s = start
            start = nil
            condition.unlock()
            s?()
        }

        var storage: Storage {
            begin()
            condition.lock()
            defer { condition.unlock() }
            while built == nil { condition.wait() }
            return built!
        }

        var isBuilt: Bool {
            condition.lock()
            defer { condition.unlock() }
            return built != nil
        }

        func set(_ s: Storage) {
            condition.lock()
            built = s
            condition.broadcast()
            condition.unlock()
        }
    }

    final class Storage: Sendable {
        let offers: [Offer]
        let vocabulary: Vocabulary
        /// Word ids of all offers and fields, one after the other.
        let words: [UInt32]
        /// Field `f` of offer `i` is `words[bounds[4i + f] ..< bounds[4i + f + 1]]`.
        let bounds: [UInt32]
        /// The other way round: for word `w`, `postings[postingStart[w] ..< postingStart[w + 1]]`
        /// are the places it occurs, as `offer << 2 | field`, in store order.
        let postings: [UInt32]
        let postingStart: [UInt32]
        /// For terms of one letter or digit (the first key typed), per offer and field three bit
        /// sets over a–z and 0–9: the characters some word contains, starts with, consists of.
        let letters: [UInt64]

        init(offers: [Offer], vocabulary: Vocabulary, words: [UInt32], bounds: [UInt32]) {
            self.offers = offers
            self.vocabulary = vocabulary
            self.words = words
            self.bounds = bounds
            let v = vocabulary.count
            var start = [UInt32](repeating: 0, count: v + 1)
            for w in words { start[Int(w) + 1] += 1 }
            for k in 0..<v { start[k + 1] += start[k] }
            var next = Array(start.dropLast())
            var postings = [UInt32](repeating: 0, count: words.count)
            let fields = (bounds.count - 1)
            for slot in 0..<fields {
                for k in Int(bounds[slot])..<Int(bounds[slot + 1]) {
                    let w = Int(words[k])
                    postings[Int(next[w])] = UInt32(slot)  // slot = offer * 4 + field
                    next[w] += 1
                }
            }
            self.postings = postings
            self.postingStart = start
            // Per word: contains, starts with, is (one character) — then OR-ed per field.
            var wordMasks = [UInt64](repeating: 0, count: v * 3)
            for w in 0..<v {
                let bytes = vocabulary.wordBytes(w)
                for b in bytes { wordMasks[w * 3] |= SearchIndex.letterBit(b) }
                if let first = bytes.first { wordMasks[w * 3 + 1] = SearchIndex.letterBit(first) }
                if bytes.count == 1 { wordMasks[w * 3 + 2] = SearchIndex.letterBit(bytes[0]) }
            }
            var letters = [UInt64](repeating: 0, count: fields * 3)
            for slot in 0..<fields {
                var c: UInt64 = 0, st: UInt64 = 0, whole: UInt64 = 0
                for k in Int(bounds[slot])..<Int(bounds[slot + 1]) {
                    let w = Int(words[k])
                    c |= wordMasks[w * 3]
                    st |= wordMasks[w * 3 + 1]
                    whole |= wordMasks[w * 3 + 2]
                }
                letters[slot * 3] = c
                letters[slot * 3 + 1] = st
                letters[slot * 3 + 2] = whole
            }
            self.letters = letters
        }
    }

    /// The bit of a–z or 0–9 (0 for any other byte).
    @inline(__always)
    static func letterBit(_ b: UInt8) -> UInt64 {
        if b >= 0x61 && b <= 0x7A { return 1 << UInt64(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return 1 << UInt64(26 + b - 0x30) }
        return 0
    }

    /// Builds the index now.
    public init(offers: [Offer]) {
        box = Box(count: offers.count, start: nil)
        box.set(Self.build(offers))
    }

    /// How the index is built.
    public enum Building: Sendable {
        /// Now, before the initializer returns.
        case now
        /// On other threads from now on; a search waits until it is built.
        case inBackground
        /// On other threads once ``startBuilding()`` is called (or a search needs it): a first
        /// screen needs no index, so its build need not compete with the first screen for the cores.
        case whenStarted
    }

    public init(offers: [Offer], building: Building) {
        switch building {
        case .now:
            box = Box(count: offers.count, start: nil)
            box.set(Self.build(offers))
        case .inBackground, .whenStarted:
            final class Later: @unchecked Sendable { weak var box: Box? }
            let later = Later()
            let box = Box(count: offers.count) {
                DispatchQueue.global(qos: .userInitiated).async { later.box?.set(Self.build(offers)) }
            }
            later.box = box
            self.box = box
            if building == .inBackground { box.begin() }
        }
    }

    /// Starts building a ``Building/whenStarted`` index in the background (once; later calls do nothing).
    public func startBuilding() { box.begin() }

    /// True once the index is built (it always is without `inBackground`).
    public var isBuilt: Bool { box.isBuilt }

    /// Waits until the index is built.
    public func waitUntilBuilt() { _ = box.storage }

    private static func build(_ offers: [Offer], threads: Int = 2) -> Storage {
        let n = offers.count
        guard n >= 2_000, threads > 1 else {
            var b = Builder()
            for o in offers { b.add(o) }
            return Storage(offers: offers, vocabulary: b.vocabulary, words: b.words, bounds: b.bounds)
        }
        // Two halves on two threads, each with its own vocabulary; the second is merged into the first.
        final class Part: @unchecked Sendable { var builder = Builder() }
        let parts = [Part(), Part()]
        let mid = n / 2
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let range = k == 0 ? 0..<mid : mid..<n
            var b = Builder()
            b.reserve(offers: range.count)
            for i in range { b.add(offers[i]) }
            parts[k].builder = b
        }
        var first = parts[0].builder
        let second = parts[1].builder
        parts[1].builder = Builder()
        let map = (0..<second.vocabulary.count).map { first.vocabulary.intern(second.vocabulary.wordBytes($0)) }
        let base = UInt32(first.words.count)
        first.words.reserveCapacity(first.words.count + second.words.count)
        for w in second.words { first.words.append(map[Int(w)]) }
        first.bounds.reserveCapacity(first.bounds.count + second.bounds.count)
        for b in second.bounds.dropFirst() { first.bounds.append(b + base) }
        return Storage(offers: offers, vocabulary: first.vocabulary, words: first.words, bounds: first.bounds)
    }

    /// Query words, folded; empty words are dropped.
    public static func terms(_ query: String) -> [[UInt8]] {
        query.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { GermanFolding.fold(String($0)) }
            .filter { !$0.isEmpty }
    }

    public var count: Int { box.count }

    /// Indexes of matching offers with their scores, best first (ties keep store order).
    /// With `within`, only those offer indexes are considered (narrowing while typing).
    public func search(_ query: String, within candidates: [Int]? = nil) -> [Hit] {
        let terms = Self.terms(query)
        guard !terms.isEmpty else { return [] }
        let matchers = terms.map { Matcher($0, vocabulary: index.vocabulary) }
        let n = index.offers.count
        // Candidates in store order, each once and in range, so that ties keep store order
        // (earlier results come best first: put in order through a bitmap, not by sorting).
        let list = candidates.map { c -> [Int] in
            if zip(c, c.dropFirst()).allSatisfy({ $0 < $1 }), (c.first ?? 0) >= 0, (c.last ?? 0) < n { return c }
            var marked = [Bool](repeating: false, count: n)
            for i in c where i >= 0 && i < n { marked[i] = true }
            var out: [Int] = []
            out.reserveCapacity(c.count)
            for i in 0..<n where marked[i] { out.append(i) }
            return out
        }
        let total = list?.count ?? n
        // A one-character term, or a term whose words occur rarely, is cheaper from the letter
        // sets or the postings than by walking every candidate's words.
        let cheap = matchers.contains { !$0.spansWords && ($0.letter != 0 || postingCount($0) * 3 < index.postings.count) }
        if cheap { return Self.rank(scoreByTerms(matchers, list: list)) }
        var hits: [Hit]
        if total >= 20_000 {
            // Two halves on two threads; each keeps store order, so the joined list does too.
            final class Part: @unchecked Sendable { var hits: [Hit] = [] }
            let parts = [Part(), Part()]
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let r = k == 0 ? 0..<(total / 2) : (total / 2)..<total
                parts[k].hits = score(matchers, list: list, range: r)
            }
            hits = parts[0].hits
            hits.append(contentsOf: parts[1].hits)
        } else {
            hits = score(matchers, list: list, range: 0..<total)
        }
        return Self.rank(hits)
    }

    /// How many places the words containing the term have (the work of the postings path).
    private func postingCount(_ m: Matcher) -> Int {
        var total = 0
        index.postingStart.withUnsafeBufferPointer { st in
            m.classes.withUnsafeBufferPointer { cls in
                for w in 0..<cls.count where cls[w] != 0 { total += Int(st[w + 1] &- st[w]) }
            }
        }
        return total
    }

    /// Term by term, each the cheapest way: the letter sets for one character, the postings of
    /// the words that contain it when they are few, else a walk over each remaining offer's words.
    /// Offers drop out at the first term they lack.
    private func scoreByTerms(_ matchers: [Matcher], list: [Int]?) -> [Hit] {
        let s = index
        let n = s.offers.count
        var alive: [Int] = list ?? Array(0..<n)
        var total = [Int32](repeating: 0, count: n)
        // Per offer and field, the best kind of occurrence of the current term (postings path).
        var best = [UInt8](repeating: 0, count: n * SearchIndex.fieldCount)
        for m in matchers where !alive.isEmpty {
            var survivors: [Int] = []
            survivors.reserveCapacity(alive.count)
            if !m.spansWords, m.letter != 0 {
                s.letters.withUnsafeBufferPointer { letters in
                    for i in alive {
                        var t = 0
                        for f in 0..<SearchIndex.fieldCount {
                            let b = (i * SearchIndex.fieldCount + f) * 3
                            let c = letters[b + 2] & m.letter != 0 ? 3 : (letters[b + 1] & m.letter != 0 ? 2 : (letters[b] & m.letter != 0 ? 1 : 0))
                            t += c * SearchIndex.weights[f]
                        }
                        if t > 0 {
                            total[i] += Int32(t)
                            survivors.append(i)
                        }
                    }
                }
            } else if !m.spansWords, postingCount(m) * 3 < s.postings.count {
                best.withUnsafeMutableBufferPointer { bestp in
                    s.postings.withUnsafeBufferPointer { post in
                        s.postingStart.withUnsafeBufferPointer { st in
                            m.classes.withUnsafeBufferPointer { cls in
                                for w in 0..<cls.count where cls[w] != 0 {
                                    let c = cls[w]
                                    for k in Int(st[w])..<Int(st[w + 1]) {
                                        let slot = Int(post[k])
                                        if bestp[slot] < c { bestp[slot] = c }
                                    }
                                }
                            }
                        }
                    }
                    for i in alive {
                        let b = i * SearchIndex.fieldCount
                        let t = Int(bestp[b]) * 100 + Int(bestp[b + 1]) * 60 + Int(bestp[b + 2]) * 40 + Int(bestp[b + 3]) * 10
                        if t > 0 {
                            total[i] += Int32(t)
                            survivors.append(i)
                        }
                    }
                    // Clear what this term set, for the next term.
                    s.postings.withUnsafeBufferPointer { post in
                        s.postingStart.withUnsafeBufferPointer { st in
                            m.classes.withUnsafeBufferPointer { cls in
                                for w in 0..<cls.count where cls[w] != 0 {
                                    for k in Int(st[w])..<Int(st[w + 1]) { bestp[Int(post[k])] = 0 }
                                }
                            }
                        }
                    }
                }
            } else {
                s.words.withUnsafeBufferPointer { words in
                    s.bounds.withUnsafeBufferPointer { bounds in
                        for i in alive {
                            let t = m.score(offer: i, words: words, bounds: bounds, offers: s.offers)
                            if t > 0 {
                                total[i] += Int32(t)
                                survivors.append(i)
                            }
                        }
                    }
                }
            }
            alive = survivors
        }
        return alive.map { Hit(offerIndex: $0, score: Int(total[$0])) }
    }

    /// Scores the offers `list[range]` (or the offer indexes `range` without a list).
    private func score(_ matchers: [Matcher], list: [Int]?, range: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        let s = index
        if matchers.count == 1, !matchers[0].spansWords {
            // The common case, one word being typed: a tight loop over the word ids.
            let m = matchers[0]
            s.words.withUnsafeBufferPointer { words in
                s.bounds.withUnsafeBufferPointer { bounds in
                    m.classes.withUnsafeBufferPointer { cls in
                        for k in range {
                            let i = list?[k] ?? k
                            let t = Matcher.score(offer: i, words: words, bounds: bounds, classes: cls)
                            if t > 0 { hits.append(Hit(offerIndex: i, score: t)) }
                        }
                    }
                }
            }
            return hits
        }
        s.words.withUnsafeBufferPointer { words in
            s.bounds.withUnsafeBufferPointer { bounds in
                for k in range {
                    let i = list?[k] ?? k
                    var total = 0
                    for m in matchers {
                        let t = m.score(offer: i, words: words, bounds: bounds, offers: s.offers)
                        if t == 0 {
                            total = 0
                            break
                        }
                        total += t
                    }
                    if total > 0 { hits.append(Hit(offerIndex: i, score: total)) }
                }
            }
        }
        return hits
    }

    /// Best score first, ties in store order (the hits come in store order): a counting sort.
    static func rank(_ hits: [Hit]) -> [Hit] {
        guard hits.count > 1 else { return hits }
        let top = hits.reduce(0) { max($0, $1.score) }
        if hits.count < 64 || top > 1 << 16 {
            return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offerIndex < $1.offerIndex }
        }
        var start = [Int](repeating: 0, count: top + 2)
        for h in hits { start[top - h.score + 1] += 1 }
        for k in 1..<start.count { start[k] += start[k - 1] }
        var out = [Hit](repeating: Hit(offerIndex: 0, score: 0), count: hits.count)
        for h in hits {
            out[start[top - h.score]] = h
            start[top - h.score] += 1
        }
        return out
    }

    // MARK: Terms

    /// One query term, looked up in the vocabulary.
    private struct Matcher {
        enum Found: UInt8 { case none = 0, inside, wordStart, wholeWord }

        let term: [UInt8]
        /// Per word id: how the term occurs in the word.
        let classes: [UInt8]
        /// For a term with separators: its word pieces (an offer is looked at only when one of its words contains one).
        let pieces: [[UInt8]]
        let spansWords: Bool
        /// The bit of a one-character term of a letter or digit (see ``SearchIndex/letterBit(_:)``), else 0.
        let letter: UInt64

        init(_ term: [UInt8], vocabulary: Vocabulary) {
            self.term = term
            letter = term.count == 1 ? SearchIndex.letterBit(term[0]) : 0
            spansWords = term.contains { !SearchIndex.isWordByte($0) }
            if spansWords {
                // Only a pre-check: a word of the offer must contain one of the term's word pieces.
                pieces = term.split(whereSeparator: { !SearchIndex.isWordByte($0) }).map(Array.init)
                classes = Self.union(pieces, vocabulary)
            } else {
                pieces = []
                classes = vocabulary.classify(term)
            }
        }

        /// Per word: 1 when any piece occurs in it (a cheap pre-check of the offer).
        private static func union(_ pieces: [[UInt8]], _ vocabulary: Vocabulary) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: vocabulary.count)
            for piece in pieces {
                let c = vocabulary.classify(piece)
                for k in out.indices where c[k] != 0 { out[k] = 1 }
            }
            return out
        }

        func score(offer i: Int, words: UnsafeBufferPointer<UInt32>, bounds: UnsafeBufferPointer<UInt32>,
                   offers: [Offer]) -> Int {
            if spansWords { return scoreByText(offer: i, words: words, bounds: bounds, offers: offers) }
            return classes.withUnsafeBufferPointer { Self.score(offer: i, words: words, bounds: bounds, classes: $0) }
        }

        /// The sum over the fields of the best kind of occurrence times the field's weight.
        @inline(__always)
        static func score(offer i: Int, words: UnsafeBufferPointer<UInt32>, bounds: UnsafeBufferPointer<UInt32>,
                          classes cls: UnsafeBufferPointer<UInt8>) -> Int {
            let b = i &* SearchIndex.fieldCount
            @inline(__always) func best(_ f: Int) -> Int {
                var best: UInt8 = 0
                var k = Int(bounds[b &+ f])
                let e = Int(bounds[b &+ f &+ 1])
                while k < e {
                    let c = cls[Int(words[k])]
                    if c > best {
                        best = c
                        if c == 3 { break }
                    }
                    k &+= 1
                }
                return Int(best)
            }
            // Weights: title 100, tags 60, provider 40, description 10 (see ``weights``).
            return best(0) &* 100 &+ best(1) &* 60 &+ best(2) &* 40 &+ best(3) &* 10
        }

        /// A term with separators: every piece must occur in the offer's words; then the term is
        /// looked for in the folded text of each field, as one string of bytes.
        private func scoreByText(offer i: Int, words: UnsafeBufferPointer<UInt32>, bounds: UnsafeBufferPointer<UInt32>,
                                 offers: [Offer]) -> Int {
            let b = i * SearchIndex.fieldCount
            if !pieces.isEmpty {
                var found = false
                for k in Int(bounds[b])..<Int(bounds[b + SearchIndex.fieldCount]) where classes[Int(words[k])] != 0 {
                    found = true
                    break
                }
                if !found { return 0 }
            }
            let fields = SearchIndex.fieldTexts(offers[i])
            var s = 0
            for f in 0..<SearchIndex.fieldCount {
                s += Int(SearchIndex.find(term, in: GermanFolding.fold(fields[f])).rawValue) * SearchIndex.weights[f]
            }
            return s
        }
    }

    /// The texts of an offer's fields in index order.
    static func fieldTexts(_ o: Offer) -> [String] {
        [o.title, o.tags.joined(separator: " "), o.provider, o.description ?? ""]
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80
    }

    /// The best kind of occurrence of `needle` in `hay`.
    private static func find(_ needle: [UInt8], in hay: [UInt8]) -> Matcher.Found {
        let n = needle.count, h = hay.count
        guard n > 0, n <= h else { return .none }
        var best = Matcher.Found.none
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

    // MARK: Building

    /// Collects the words of offers into a vocabulary and per-field word id lists.
    private struct Builder {
        var vocabulary = Vocabulary()
        var words: [UInt32] = []
        var bounds: [UInt32] = [0]
        /// Per word id, the field in which it was last seen (to keep each word once per field).
        private var lastSeen: [UInt32] = []
        private var field: UInt32 = 0
        private let buffer = FoldBuffer()

        mutating func reserve(offers n: Int) {
            bounds.reserveCapacity(n * SearchIndex.fieldCount + 1)
            words.reserveCapacity(n * 64)
        }

        mutating func add(_ o: Offer) {
            addField(o.title)
            if o.tags.count == 1 {
                addField(o.tags[0])
            } else {
                addField(o.tags.joined(separator: " "))
            }
            addField(o.provider)
            // A description read from offers.json is folded from its bytes, without a String.
            var raw: [UInt8] = []
            swap(&raw, &descriptionBytes)
            o.withDescriptionUTF8(buffer: &raw) { addField(utf8: $0) }
            swap(&raw, &descriptionBytes)
        }

        /// Reused for descriptions read from offers.json.
        private var descriptionBytes: [UInt8] = []

        private mutating func addField(_ text: String) {
            var text = text
            text.withUTF8 { addField(utf8: $0) }
        }

        private mutating func addField(utf8 u: UnsafeBufferPointer<UInt8>) {
            field += 1
            let capacity = 4 * u.count + 16
            let dst = buffer.reserve(capacity)
            if let n = GermanFolding.foldBytes(u, into: dst, capacity: capacity) {
                addWords(UnsafeBufferPointer(start: dst, count: n))
            } else {
                GermanFolding.fold(String(decoding: u, as: UTF8.self)).withUnsafeBufferPointer { addWords($0) }
            }
            bounds.append(UInt32(words.count))
        }

        private mutating func addWords(_ folded: UnsafeBufferPointer<UInt8>) {
            let n = folded.count
            var i = 0
            while i < n {
                while i < n, !SearchIndex.isWordByte(folded[i]) { i += 1 }
                let s = i
                while i < n, SearchIndex.isWordByte(folded[i]) { i += 1 }
                if i > s {
                    let id = Int(vocabulary.intern(UnsafeBufferPointer(rebasing: folded[s..<i])))
                    if id >= lastSeen.count { lastSeen.append(contentsOf: repeatElement(0, count: id + 1 - lastSeen.count)) }
                    if lastSeen[id] != field {
                        lastSeen[id] = field
                        words.append(UInt32(id))
                    }
                }
            }
        }
    }

    /// A growing scratch buffer for folded text.
    final class FoldBuffer {
        private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
        private var capacity = 4096
        deinit { storage.deallocate() }

        func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
            if n > capacity {
                storage.deallocate()
                capacity = max(n, capacity * 2)
                storage = .allocate(capacity: capacity)
            }
            return storage
        }
    }
}

/// The distinct words of an index: their bytes one after the other, and a hash table to find a
/// word's id without making an array or a string of it.
struct Vocabulary: Sendable {
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    private var table = [Int32](repeating: -1, count: 1 << 12)
    private var hashes: [UInt32] = []

    var count: Int { starts.count - 1 }

    /// The bytes of one word (for merging vocabularies).
    func wordBytes(_ id: Int) -> [UInt8] { Array(bytes[Int(starts[id])..<Int(starts[id + 1])]) }

    mutating func intern(_ w: [UInt8]) -> UInt32 {
        w.withUnsafeBufferPointer { intern($0) }
    }

    @inline(__always)
    private static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in w { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The id of a word, added when new.
    mutating func intern(_ w: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(w)
        var mask = table.count - 1
        var slot = Int(h) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h, equal(Int(id), w) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        bytes.append(contentsOf: w)
        starts.append(Int32(bytes.count))
        hashes.append(h)
        if count * 2 > table.count {
            table = [Int32](repeating: -1, count: table.count * 2)
            mask = table.count - 1
            for (k, hk) in hashes.enumerated() {
                var s = Int(hk) & mask
                while table[s] >= 0 { s = (s + 1) & mask }
                table[s] = Int32(k)
            }
        } else {
            table[slot] = id
        }
        return UInt32(id)
    }

    private func equal(_ id: Int, _ w: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[id]), e = Int(starts[id + 1])
        guard e - s == w.count else { return false }
        var k = 0
        while k < w.count {
            if bytes[s + k] != w[k] { return false }
            k += 1
        }
        return true
    }

    /// For every word: 3 when it is the term, 2 when it starts with it, 1 when it contains it, else 0.
    func classify(_ term: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        let n = term.count
        guard n > 0 else { return out }
        bytes.withUnsafeBufferPointer { b in
            starts.withUnsafeBufferPointer { st in
                term.withUnsafeBufferPointer { t in
                    let first = t[0]
                    for id in 0..<count {
                        let s = Int(st[id]), len = Int(st[id + 1]) - s
                        guard len >= n else { continue }
                        var best: UInt8 = 0
                        var i = 0
                        while i <= len - n {
                            if b[s + i] == first {
                                var j = 1
                                while j < n && b[s + i + j] == t[j] { j += 1 }
                                if j == n {
                                    best = i == 0 ? (len == n ? 3 : 2) : 1
                                    break
                                }
                            }
                            i += 1
                        }
                        // Found inside first: a later occurrence cannot start the word.
                        out[id] = best
                    }
                }
            }
        }
        return out
    }
}
