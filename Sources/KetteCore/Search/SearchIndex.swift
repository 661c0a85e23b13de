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
/// with it, is it); the offers' scores then come the cheapest way: for a one-character term from the
/// letter sets (per field how each of a–z, 0–9 occurs), for a term whose words are rare from the
/// postings (word → places), else from a walk over each candidate's word ids. A term with characters that separate
/// words (such as "e.v." or "0-3") cannot lie inside one word: offers are then checked against their
/// folded text. Results equal a plain scan of the folded text (see the equivalence tests).
///
/// Memory at 150k offers (the benchmark's store, 860 distinct words): 16 MB of word ids (16 bits
/// each), as much of postings, 5.4 MB of letter sets, 2.4 MB of bounds — 40 MB (80 MB with 32-bit
/// ids and places and three 64-bit letter sets per field). `kette-bench --load-only DIR --phases`
/// prints the parts.
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

    /// Word ids of all offers and fields, one after the other: 16 bits wide while the vocabulary
    /// has at most 65,536 words (any real store of offers), else 32. The loops over them are
    /// generic over the width, so each width gets its own specialised loop.
    enum WordIDs: Sendable {
        case narrow([UInt16])
        case wide([UInt32])

        var count: Int {
            switch self {
            case .narrow(let a): a.count
            case .wide(let a): a.count
            }
        }

        var bytes: Int {
            switch self {
            case .narrow(let a): a.capacity * 2
            case .wide(let a): a.capacity * 4
            }
        }
    }

    /// Offers per block of the postings: their places (`offer << 2 | field`) fit in 16 bits.
    static let offersPerBlock = 1 << 14

    final class Storage: Sendable {
        let offers: [Offer]
        let vocabulary: Vocabulary
        let words: WordIDs
        /// Field `f` of offer `i` is `words[bounds[4i + f] ..< bounds[4i + f + 1]]`.
        let bounds: [UInt32]
        /// The other way round, per word the places it occurs (`offer << 2 | field`), in store
        /// order, cut into blocks of ``offersPerBlock`` offers so that a place needs 16 bits: for
        /// word `w` in block `b`, `postings[postingStart[w * blocks + b] ..< postingStart[w * blocks + b + 1]]`
        /// are the places' low 16 bits (the block gives the rest).
        let postings: [UInt16]
        let postingStart: [UInt32]
        let blocks: Int
        /// For terms of one letter or digit (the first key typed), per offer and field and per
        /// character of a–z and 0–9 two bits: how it occurs in the field's words (the kind of
        /// ``Matcher/Found``: 0 not, 1 inside a word, 2 at the start of one, 3 as a word of its
        /// own). a–z and 0–5 in `lettersLow`, 6–9 in `lettersHigh` (9 bytes a field, not 3 × 8).
        let lettersLow: [UInt64]
        let lettersHigh: [UInt8]

        init(offers: [Offer], vocabulary: Vocabulary, words: WordIDs, bounds: [UInt32]) {
            self.offers = offers
            self.vocabulary = vocabulary
            self.words = words
            self.bounds = bounds
            let blocks = max(1, (offers.count + SearchIndex.offersPerBlock - 1) / SearchIndex.offersPerBlock)
            self.blocks = blocks
            switch words {
            case .narrow(let a):
                (postings, postingStart) = a.withUnsafeBufferPointer { Self.postings($0, bounds, vocabulary.count, blocks) }
                (lettersLow, lettersHigh) = a.withUnsafeBufferPointer { Self.letters($0, bounds, vocabulary) }
            case .wide(let a):
                (postings, postingStart) = a.withUnsafeBufferPointer { Self.postings($0, bounds, vocabulary.count, blocks) }
                (lettersLow, lettersHigh) = a.withUnsafeBufferPointer { Self.letters($0, bounds, vocabulary) }
            }
        }

        /// The postings and their starts (see ``postings``), by counting first (sized exactly).
        private static func postings<W: FixedWidthInteger & UnsignedInteger>(
            _ words: UnsafeBufferPointer<W>, _ bounds: [UInt32], _ v: Int, _ blocks: Int
        ) -> ([UInt16], [UInt32]) {
            var start = [UInt32](repeating: 0, count: v * blocks + 1)
            let slots = bounds.count - 1
            for slot in 0..<slots {
                let b = slot >> 16
                for k in Int(bounds[slot])..<Int(bounds[slot + 1]) { start[Int(words[k]) * blocks + b + 1] += 1 }
            }
            for k in 0..<(v * blocks) { start[k + 1] += start[k] }
            var next = Array(start.dropLast())
            let postings = [UInt16](unsafeUninitializedCapacity: words.count) { p, count in
                for slot in 0..<slots {
                    let b = slot >> 16
                    for k in Int(bounds[slot])..<Int(bounds[slot + 1]) {
                        let c = Int(words[k]) * blocks + b
                        p[Int(next[c])] = UInt16(truncatingIfNeeded: slot)  // slot = offer * 4 + field
                        next[c] += 1
                    }
                }
                count = words.count
            }
            return (postings, start)
        }

        /// The letter classes per field (see ``lettersLow``): per word the characters it contains,
        /// starts with, is; OR-ed per field; the three nested sets added lane by lane.
        private static func letters<W: FixedWidthInteger & UnsignedInteger>(
            _ words: UnsafeBufferPointer<W>, _ bounds: [UInt32], _ vocabulary: Vocabulary
        ) -> ([UInt64], [UInt8]) {
            let v = vocabulary.count
            var wordMasks = [UInt64](repeating: 0, count: v * 3)
            for w in 0..<v {
                let bytes = vocabulary.wordBytes(w)
                for b in bytes { wordMasks[w * 3] |= SearchIndex.letterBit(b) }
                if let first = bytes.first { wordMasks[w * 3 + 1] = SearchIndex.letterBit(first) }
                if bytes.count == 1 { wordMasks[w * 3 + 2] = SearchIndex.letterBit(bytes[0]) }
            }
            let slots = bounds.count - 1
            var low = [UInt64](repeating: 0, count: slots)
            var high = [UInt8](repeating: 0, count: slots)
            for slot in 0..<slots {
                var c: UInt64 = 0, st: UInt64 = 0, whole: UInt64 = 0
                for k in Int(bounds[slot])..<Int(bounds[slot + 1]) {
                    let w = Int(words[k])
                    c |= wordMasks[w * 3]
                    st |= wordMasks[w * 3 + 1]
                    whole |= wordMasks[w * 3 + 2]
                }
                // whole ⊆ starts ⊆ contains: the sum of a character's three bits is its kind (no carries).
                low[slot] = spread(c) &+ spread(st) &+ spread(whole)
                high[slot] = UInt8(truncatingIfNeeded: spread(c >> 32) &+ spread(st >> 32) &+ spread(whole >> 32))
            }
            return (low, high)
        }

        /// Bit `k` of the low 32 bits to bit `2k`.
        @inline(__always)
        static func spread(_ x: UInt64) -> UInt64 {
            var x = x & 0xFFFF_FFFF
            x = (x | x << 16) & 0x0000_FFFF_0000_FFFF
            x = (x | x << 8) & 0x00FF_00FF_00FF_00FF
            x = (x | x << 4) & 0x0F0F_0F0F_0F0F_0F0F
            x = (x | x << 2) & 0x3333_3333_3333_3333
            x = (x | x << 1) & 0x5555_5555_5555_5555
            return x
        }

        var footprint: [(part: String, bytes: Int)] {
            func size<T>(_ a: [T]) -> Int { a.capacity * MemoryLayout<T>.stride }
            return [("vocabulary words", vocabulary.count), ("word ids", words.count),
                    ("words", words.bytes), ("bounds", size(bounds)), ("postings", size(postings)),
                    ("postingStart", size(postingStart)), ("letters", size(lettersLow) + size(lettersHigh)),
                    ("vocabulary", vocabulary.footprint)]
        }
    }

    /// The memory of the built index by part, in bytes (capacities, not counts: slack counts),
    /// with the vocabulary's size and the number of word ids (for the benchmark's phases).
    public var footprint: [(part: String, bytes: Int)] { index.footprint }

    /// The number of distinct words and the width of their ids (for tests).
    var vocabularyCount: Int { index.vocabulary.count }
    var wordIDBits: Int {
        if case .narrow = index.words { return 16 }
        return 32
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
            var none: Builder?
            let (vocabulary, words, bounds) = join(&b, &none)
            return Storage(offers: offers, vocabulary: vocabulary, words: words, bounds: bounds)
        }
        // Two halves on two threads, each with its own vocabulary; the second is merged into the first.
        final class Part: @unchecked Sendable {
            var builder = Builder()
            /// The builder, no longer held here (so that its arrays go with the last use).
            func take() -> Builder {
                defer { builder = Builder() }
                return builder
            }
        }
        let parts = [Part(), Part()]
        let mid = n / 2
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let range = k == 0 ? 0..<mid : mid..<n
            var b = Builder()
            b.reserve(offers: range.count)
            for i in range { b.add(offers[i]) }
            parts[k].builder = b
        }
        var first = parts[0].take()
        var second: Builder? = parts[1].take()
        let (vocabulary, words, bounds) = join(&first, &second)
        return Storage(offers: offers, vocabulary: vocabulary, words: words, bounds: bounds)
    }

    /// One vocabulary, word ids and bounds from one or two builders, sized exactly and the ids as
    /// narrow as the joined vocabulary allows. Each builder's ids go as soon as they are copied:
    /// the build's peak holds the joined ids and one builder's, not both builders' too.
    private static func join(_ first: inout Builder, _ second: inout Builder?) -> (Vocabulary, WordIDs, [UInt32]) {
        var vocabulary = first.vocabulary
        let map = second.map { s in (0..<s.vocabulary.count).map { vocabulary.intern(s.vocabulary.wordBytes($0)) } }
        vocabulary.finish()
        let firstCount = first.count
        let total = firstCount + (second?.count ?? 0)
        func ids<W: FixedWidthInteger & UnsignedInteger>(_: W.Type) -> [W] {
            [W](unsafeUninitializedCapacity: total) { p, count in
                first.copyIDs(into: p.baseAddress!, map: nil)
                first.releaseIDs()
                second?.copyIDs(into: p.baseAddress! + firstCount, map: map)
                second?.releaseIDs()
                count = total
            }
        }
        let words: WordIDs = vocabulary.count <= 1 << 16 ? .narrow(ids(UInt16.self)) : .wide(ids(UInt32.self))
        let more = second.map { $0.bounds.count - 1 } ?? 0
        let bounds = [UInt32](unsafeUninitializedCapacity: first.bounds.count + more) { p, count in
            for (k, b) in first.bounds.enumerated() { p[k] = b }
            if let second {
                let base = UInt32(firstCount)
                for k in 1..<second.bounds.count { p[first.bounds.count + k - 1] = second.bounds[k] + base }
            }
            count = first.bounds.count + more
        }
        return (vocabulary, words, bounds)
    }

    /// A copy of `a` without spare capacity (an array grown by appending keeps up to twice its count).
    static func exactly<T>(_ a: [T]) -> [T] {
        guard a.capacity > a.count else { return a }
        return [T](unsafeUninitializedCapacity: a.count) { p, count in
            _ = p.initialize(from: a)
            count = a.count
        }
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
        let cheap = matchers.contains { !$0.spansWords && ($0.letter >= 0 || usesPostings($0)) }
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

    /// True when the postings are the cheaper way for the term: the words that contain it are rare.
    private func usesPostings(_ m: Matcher) -> Bool {
        !index.postings.isEmpty && postingCount(m) * 3 < index.postings.count
    }

    /// How many places the words containing the term have (the work of the postings path).
    private func postingCount(_ m: Matcher) -> Int {
        var total = 0
        let blocks = index.blocks
        index.postingStart.withUnsafeBufferPointer { st in
            m.classes.withUnsafeBufferPointer { cls in
                for w in 0..<cls.count where cls[w] != 0 { total += Int(st[(w + 1) &* blocks] &- st[w &* blocks]) }
            }
        }
        return total
    }

    /// Calls `body` with the word ids at their width (a generic `body` is specialised for both).
    @inline(__always)
    private func withWords<R>(_ narrow: (UnsafeBufferPointer<UInt16>) -> R, _ wide: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        switch index.words {
        case .narrow(let a): a.withUnsafeBufferPointer(narrow)
        case .wide(let a): a.withUnsafeBufferPointer(wide)
        }
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
            if !m.spansWords, m.letter >= 0 {
                if m.letter < 32 {
                    s.lettersLow.withUnsafeBufferPointer { Self.scoreLetters($0, shift: 2 * m.letter, alive, &total, &survivors) }
                } else {
                    s.lettersHigh.withUnsafeBufferPointer { Self.scoreLetters($0, shift: 2 * (m.letter - 32), alive, &total, &survivors) }
                }
            } else if !m.spansWords, usesPostings(m) {
                best.withUnsafeMutableBufferPointer { bestp in
                    forEachPlace(of: m) { slot, c in if bestp[slot] < c { bestp[slot] = c } }
                    for i in alive {
                        let b = i * SearchIndex.fieldCount
                        let t = Int(bestp[b]) * 100 + Int(bestp[b + 1]) * 60 + Int(bestp[b + 2]) * 40 + Int(bestp[b + 3]) * 10
                        if t > 0 {
                            total[i] += Int32(t)
                            survivors.append(i)
                        }
                    }
                    // Clear what this term set, for the next term.
                    forEachPlace(of: m) { slot, _ in bestp[slot] = 0 }
                }
            } else {
                func walk<W: FixedWidthInteger & UnsignedInteger>(_ words: UnsafeBufferPointer<W>) {
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
                withWords(walk, walk)
            }
            alive = survivors
        }
        return alive.map { Hit(offerIndex: $0, score: Int(total[$0])) }
    }

    /// The letter-set path: the kinds of one character in each field (2-bit lanes at `shift`).
    @inline(__always)
    private static func scoreLetters<L: FixedWidthInteger & UnsignedInteger>(
        _ lanes: UnsafeBufferPointer<L>, shift: Int, _ alive: [Int], _ total: inout [Int32], _ survivors: inout [Int]
    ) {
        for i in alive {
            let b = i &* SearchIndex.fieldCount
            @inline(__always) func kind(_ f: Int) -> Int { Int(truncatingIfNeeded: (lanes[b &+ f] &>> L(truncatingIfNeeded: shift)) & 3) }
            // Weights: title 100, tags 60, provider 40, description 10 (see ``weights``).
            let t = kind(0) &* 100 &+ kind(1) &* 60 &+ kind(2) &* 40 &+ kind(3) &* 10
            if t > 0 {
                total[i] += Int32(t)
                survivors.append(i)
            }
        }
    }

    /// Calls `body` with every place (`offer << 2 | field`) of the words that contain the term,
    /// and how they contain it.
    @inline(__always)
    private func forEachPlace(of m: Matcher, _ body: (Int, UInt8) -> Void) {
        let s = index
        let blocks = s.blocks
        s.postings.withUnsafeBufferPointer { post in
            s.postingStart.withUnsafeBufferPointer { st in
                m.classes.withUnsafeBufferPointer { cls in
                    for w in 0..<cls.count where cls[w] != 0 {
                        let c = cls[w]
                        for b in 0..<blocks {
                            let base = b << 16
                            for k in Int(st[w &* blocks &+ b])..<Int(st[w &* blocks &+ b &+ 1]) { body(base | Int(post[k]), c) }
                        }
                    }
                }
            }
        }
    }

    /// Scores the offers `list[range]` (or the offer indexes `range` without a list).
    private func score(_ matchers: [Matcher], list: [Int]?, range: Range<Int>) -> [Hit] {
        var hits: [Hit] = []
        let s = index
        if matchers.count == 1, !matchers[0].spansWords {
            // The common case, one word being typed: a tight loop over the word ids.
            let m = matchers[0]
            func walk<W: FixedWidthInteger & UnsignedInteger>(_ words: UnsafeBufferPointer<W>) {
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
            withWords(walk, walk)
            return hits
        }
        func walk<W: FixedWidthInteger & UnsignedInteger>(_ words: UnsafeBufferPointer<W>) {
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
        withWords(walk, walk)
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
        /// For a one-character term of a letter or digit, its lane in the letter sets (a–z 0–25,
        /// 0–9 26–35; see ``SearchIndex/letterBit(_:)``), else -1.
        let letter: Int

        init(_ term: [UInt8], vocabulary: Vocabulary) {
            self.term = term
            let bit = term.count == 1 ? SearchIndex.letterBit(term[0]) : 0
            letter = bit == 0 ? -1 : bit.trailingZeroBitCount
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

        func score<W: FixedWidthInteger & UnsignedInteger>(offer i: Int, words: UnsafeBufferPointer<W>,
                                                           bounds: UnsafeBufferPointer<UInt32>, offers: [Offer]) -> Int {
            if spansWords { return scoreByText(offer: i, words: words, bounds: bounds, offers: offers) }
            return classes.withUnsafeBufferPointer { Self.score(offer: i, words: words, bounds: bounds, classes: $0) }
        }

        /// The sum over the fields of the best kind of occurrence times the field's weight.
        @inline(__always)
        static func score<W: FixedWidthInteger & UnsignedInteger>(offer i: Int, words: UnsafeBufferPointer<W>,
                                                                  bounds: UnsafeBufferPointer<UInt32>,
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
        private func scoreByText<W: FixedWidthInteger & UnsignedInteger>(offer i: Int, words: UnsafeBufferPointer<W>,
                                                                         bounds: UnsafeBufferPointer<UInt32>,
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
        /// The word ids, 16 bits wide until an id needs more (then all move to `wide`).
        private(set) var narrow: [UInt16] = []
        private(set) var wide: [UInt32] = []
        private(set) var isWide = false
        var bounds: [UInt32] = [0]
        /// Per word id, the field in which it was last seen (to keep each word once per field).
        private var lastSeen: [UInt32] = []
        private var field: UInt32 = 0
        private let buffer = FoldBuffer()

        mutating func reserve(offers n: Int) {
            bounds.reserveCapacity(n * SearchIndex.fieldCount + 1)
            narrow.reserveCapacity(n * 64)
        }

        var count: Int { isWide ? wide.count : narrow.count }

        /// Lets the word ids go (once they are copied; `count` is then 0).
        mutating func releaseIDs() {
            narrow = []
            wide = []
        }

        private mutating func append(_ id: Int) {
            if !isWide {
                if id <= 0xFFFF {
                    narrow.append(UInt16(truncatingIfNeeded: id))
                    return
                }
                wide = narrow.map(UInt32.init)
                narrow = []
                isWide = true
            }
            wide.append(UInt32(id))
        }

        /// Copies the word ids into `out` as `W`, each through `map` when one is given.
        func copyIDs<W: FixedWidthInteger & UnsignedInteger>(into out: UnsafeMutablePointer<W>, map: [UInt32]?) {
            func copy<S: FixedWidthInteger & UnsignedInteger>(_ ids: [S]) {
                ids.withUnsafeBufferPointer { p in
                    if let map {
                        map.withUnsafeBufferPointer { m in for k in 0..<p.count { out[k] = W(truncatingIfNeeded: m[Int(p[k])]) } }
                    } else {
                        for k in 0..<p.count { out[k] = W(truncatingIfNeeded: p[k]) }
                    }
                }
            }
            if isWide { copy(wide) } else { copy(narrow) }
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
            bounds.append(UInt32(count))
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
                        append(id)
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

    /// Drops what only adding words needs (the hash table) and spare capacity: a built index only
    /// reads its vocabulary (no ``intern(_:)`` after this).
    mutating func finish() {
        table = []
        hashes = []
        bytes = SearchIndex.exactly(bytes)
        starts = SearchIndex.exactly(starts)
    }

    /// Bytes held (capacities).
    var footprint: Int {
        bytes.capacity + starts.capacity * 4 + table.capacity * 4 + hashes.capacity * 4
    }

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
