import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fast path for `offers.json`: reads the file's raw UTF-8 bytes straight into ``Offer``
/// values, without building a ``JSONNode`` tree first.
///
/// It only handles a file that is entirely well-formed and valid: strict JSON (the same rules as
/// ``JSONParser``), no unknown or duplicate keys, every value of the right type, and nothing the
/// loader would report. On anything else it returns nil, and the loader reads the file again on
/// the full diagnostic path (``JSONParser`` and ``ObjectReader``), which reports every problem
/// with file, line and column. So the fast path never decides what is an error: it only decides
/// that there is none, and then must give exactly the offers (with positions) the full path gives.
///
/// A large file is read in two halves on two threads: the second half starts at a line that
/// begins an offer; the first half must end exactly there, otherwise the file is read in one go.
public enum OfferFileReader {
    public struct Result: Sendable {
        public var offers: [Offer]
        public var revision: Int
    }

    /// Files smaller than this are read on one thread.
    public static let parallelThreshold = 4 << 20

    /// The offers of a valid `offers.json`, or nil when the file needs the full diagnostic path.
    /// Files of at least `parallelAbove` bytes are read in two halves at once.
    /// With `texts` (the same file, kept open), long texts are not held but read from it when
    /// they are used: see ``OfferTextSource``.
    public static func read(_ bytes: [UInt8], parallelAbove: Int = parallelThreshold, texts: OfferTextSource? = nil) -> Result? {
        bytes.withUnsafeBufferPointer { p -> Result? in
            guard let base = p.baseAddress, p.count > 0 else { return nil }
            return read(base, count: p.count, parallel: p.count >= parallelAbove, texts: texts)
        }
    }

    /// Like ``read(_:parallelAbove:)``, but gives the memory of the bytes back to the system as
    /// they are read (those pages then read as zeros): for the loader, which has no further use
    /// for them, so that the bytes and the offers made of them are not both held at the peak.
    public static func read(consuming bytes: inout [UInt8], parallelAbove: Int = parallelThreshold,
                            releaseEvery: Int = 1 << 20, texts: OfferTextSource? = nil) -> Result? {
        bytes.withUnsafeMutableBufferPointer { p -> Result? in
            guard let base = p.baseAddress, p.count > 0 else { return nil }
            return read(UnsafePointer(base), count: p.count, parallel: p.count >= parallelAbove, releaseEvery: releaseEvery,
                        texts: texts)
        }
    }

    static func read(_ base: UnsafePointer<UInt8>, count: Int, parallel: Bool, releaseEvery: Int? = nil,
                     texts: OfferTextSource? = nil) -> Result? {
        var c = OfferCursor(base: base, end: count)
        c.texts = texts
        c.releaseEvery = releaseEvery ?? Int.max
        // No byte-order mark (the full path explains it).
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { return nil }
        do {
            c.skipWhitespace()
            try c.expect(UInt8(ascii: "{"))
            var revision: Int?
            var offers: [Offer]?
            c.skipWhitespace()
            if c.peek == UInt8(ascii: "}") { return nil }  // no "offers": reported by the full path
            while true {
                c.skipWhitespace()
                let key = try c.key()
                if key.matches("offers") {
                    guard offers == nil else { return nil }
                    offers = try readOffers(&c, parallel: parallel)
                } else if key.matches("revision") {
                    guard revision == nil else { return nil }
                    revision = try c.wholeNumber()
                } else {
                    return nil  // unknown keys are kept as extras by the full path
                }
                c.skipWhitespace()
                if c.peek == UInt8(ascii: ",") { c.i += 1; continue }
                try c.expect(UInt8(ascii: "}"))
                break
            }
            c.skipWhitespace()
            guard c.i == c.end, let offers else { return nil }
            return Result(offers: offers, revision: revision ?? 0)
        } catch {
            return nil
        }
    }

    /// The elements of the "offers" array; the cursor stands on its "[".
    private static func readOffers(_ c: inout OfferCursor, parallel: Bool) throws(OfferCursor.Bail) -> [Offer] {
        try c.expect(UInt8(ascii: "["))
        c.skipWhitespace()
        if c.peek == UInt8(ascii: "]") {
            c.i += 1
            return []
        }
        if parallel, let split = splitPoint(c) {
            if let offers = readInTwoHalves(&c, split: split) { return offers }
        }
        var out: [Offer] = []
        try c.offerSequence(into: &out, firstIndex: 0, stopAt: nil)
        return out
    }

    /// A position in the middle of the array where a line begins with "{" (after indentation):
    /// in the store's own layout, the start of an offer. Raw line breaks never occur inside JSON
    /// strings, so a line start is always outside a string. Only a guess: the first half checks it.
    private static func splitPoint(_ c: OfferCursor) -> Int? {
        let start = c.i
        var j = start + (c.end - start) / 2
        let limit = min(c.end, j + (1 << 20))
        while j < limit {
            if c.base[j] == 0x0A {
                var k = j + 1
                while k < c.end, c.base[k] == 0x20 || c.base[k] == 0x09 || c.base[k] == 0x0D { k += 1 }
                if k < c.end, c.base[k] == UInt8(ascii: "{") {
                    // The element before must end with "}," on an earlier line.
                    var b = j - 1
                    while b > start, c.base[b] == 0x20 || c.base[b] == 0x09 || c.base[b] == 0x0D { b -= 1 }
                    if c.base[b] == UInt8(ascii: ","), b > start {
                        var e = b - 1
                        while e > start, c.base[e] == 0x20 || c.base[e] == 0x09 || c.base[e] == 0x0D || c.base[e] == 0x0A { e -= 1 }
                        if c.base[e] == UInt8(ascii: "}") { return k }
                    }
                }
                j = k
            } else {
                j += 1
            }
        }
        return nil
    }

    private final class Half: @unchecked Sendable {
        var offers: [Offer] = []
        var cursor: OfferCursor
        var ok = false
        init(_ c: OfferCursor) { cursor = c }
    }

    /// Reads [start, split) and [split, "]") at the same time; nil when the guess was wrong.
    private static func readInTwoHalves(_ c: inout OfferCursor, split: Int) -> [Offer]? {
        let first = Half(c)
        var second = c
        second.i = split
        second.releasedUpTo = split
        // Lines of the second half are counted from its first line; fixed up below.
        second.line = 1
        var ls = split
        while ls > 0, c.base[ls - 1] != 0x0A { ls -= 1 }
        second.lineStart = ls
        second.columnIndex = ls
        second.columnCount = 1
        let secondHalf = Half(second)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let h = k == 0 ? first : secondHalf
            do {
                try h.cursor.offerSequence(into: &h.offers, firstIndex: 0, stopAt: k == 0 ? split : nil)
                h.ok = true
            } catch {
                h.ok = false
            }
        }
        guard first.ok, secondHalf.ok, first.cursor.i == split else { return nil }
        let lineOffset = first.cursor.line - 1
        let indexOffset = first.offers.count
        var out = first.offers
        first.offers = []
        // In place: each offer's storage is referenced only by the array, so nothing is copied.
        for k in secondHalf.offers.indices {
            secondHalf.offers[k].position.line += lineOffset
            secondHalf.offers[k].position.index += indexOffset
        }
        out.append(contentsOf: secondHalf.offers)
        secondHalf.offers = []
        c = secondHalf.cursor
        c.line += lineOffset
        return out
    }
}

/// A growing byte buffer for strings with escapes, reused from string to string.
final class Scratch {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    var count = 0

    init() { storage = .allocate(capacity: capacity) }
    deinit { storage.deallocate() }

    /// The bytes so far; valid until the buffer is changed.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    private func reserve(_ n: Int) {
        guard count + n > capacity else { return }
        var c = capacity
        while c < count + n { c *= 2 }
        let s = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        s.update(from: storage, count: count)
        storage.deallocate()
        storage = s
        capacity = c
    }

    func append(_ b: UInt8) {
        reserve(1)
        storage[count] = b
        count += 1
    }

    func append(_ p: UnsafeBufferPointer<UInt8>) {
        guard let src = p.baseAddress, p.count > 0 else { return }
        reserve(p.count)
        (storage + count).update(from: src, count: p.count)
        count += p.count
    }
}

/// Arrays of strings already read, by their exact text: offers repeat the same few lists of
/// stages, districts, languages and tags, and one shared array per distinct text saves an
/// allocation per list and offer (time and memory). Identical text means identical strings.
final class StringArrayInterner {
    private var keys = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 14)
    private var keysCapacity = 1 << 14
    private var keysCount = 0
    private var starts: [Int] = [0]
    private var values: [[String]] = []
    private var hashes: [UInt64] = []
    private var table = [Int32](repeating: -1, count: 1 << 10)
    static let maximumEntries = 1 << 16
    static let maximumLength = 512

    deinit { keys.deallocate() }

    /// FNV-1a over the bytes (computed by the caller while it looks for the end of the array).
    @inline(__always)
    static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 1_099_511_628_211 }
    static let seed: UInt64 = 14_695_981_039_346_656_037

    private func slot(_ w: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> (slot: Int, found: Int?) {
        let mask = table.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(table[s])
            if id < 0 { return (s, nil) }
            if hashes[id] == h, starts[id + 1] - starts[id] == w.count,
               w.count == 0 || memcmp(keys + starts[id], w.baseAddress!, w.count) == 0 {
                return (s, id)
            }
            s = (s + 1) & mask
        }
    }

    func lookup(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> [String]? {
        guard w.count <= Self.maximumLength else { return nil }
        return slot(w, h).found.map { values[$0] }
    }

    func insert(_ w: UnsafeBufferPointer<UInt8>, hash h: UInt64, _ value: [String]) {
        guard w.count <= Self.maximumLength, values.count < Self.maximumEntries else { return }
        let (s, found) = slot(w, h)
        guard found == nil else { return }
        if keysCount + w.count > keysCapacity {
            let c = max(keysCapacity * 2, keysCount + w.count)
            let k = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            k.update(from: keys, count: keysCount)
            keys.deallocate()
            keys = k
            keysCapacity = c
        }
        if let src = w.baseAddress { (keys + keysCount).update(from: src, count: w.count) }
        keysCount += w.count
        let id = values.count
        starts.append(keysCount)
        values.append(value)
        hashes.append(h)
        if values.count * 2 > table.count {
            table = StringInterner.slots(for: hashes, count: table.count * 2)
        } else {
            table[s] = Int32(id)
        }
    }
}

/// A position in the bytes of a JSON file with the line bookkeeping of ``JSONParser``.
struct OfferCursor {
    struct Bail: Error {}

    /// The bytes of a key, compared without making a String.
    struct Key {
        let start: UnsafePointer<UInt8>
        let count: Int
        @inline(__always)
        func matches(_ s: StaticString) -> Bool {
            guard s.utf8CodeUnitCount == count else { return false }
            let w = s.utf8Start
            for k in 0..<count where start[k] != w[k] { return false }
            return true
        }
    }

    let base: UnsafePointer<UInt8>
    let end: Int
    var i = 0
    var line = 1
    var lineStart = 0
    /// Whether pages behind the cursor are given back (see ``OfferFileReader/read(consuming:)``),
    /// and from where: only the part this cursor reads, never what another cursor may still read.
    var releaseEvery = Int.max
    var releasedUpTo = 0
    /// The file the bytes are, kept open: long texts are then stored as where they lie in it.
    var texts: OfferTextSource?

    init(base: UnsafePointer<UInt8>, end: Int) {
        self.base = base
        self.end = end
    }

    var peek: UInt8 { i < end ? base[i] : 0 }

    @inline(__always)
    mutating func skipWhitespace() {
        while i < end {
            let b = base[i]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                i += 1
            } else if b == 0x0A {
                i += 1
                line += 1
                lineStart = i
            } else {
                return
            }
        }
    }

    @inline(__always)
    mutating func expect(_ b: UInt8) throws(Bail) {
        guard i < end, base[i] == b else { throw Bail() }
        i += 1
    }

    /// Column cache: scalars counted from `lineStart` up to `columnIndex` (positions asked for
    /// only grow, so bytes are counted once, also on a file that is one long line).
    var columnIndex = 0
    var columnCount = 1

    /// 1-based column in Unicode scalars, as ``JSONParser`` counts it.
    mutating func column(at position: Int) -> Int {
        if columnIndex < lineStart || position < columnIndex {
            columnIndex = lineStart
            columnCount = 1
        }
        while columnIndex < position {
            if base[columnIndex] & 0xC0 != 0x80 { columnCount += 1 }
            columnIndex += 1
        }
        return columnCount
    }

    /// A key in plain ASCII without escapes (any other key is not one the fast path knows), then ":".
    mutating func key() throws(Bail) -> Key {
        try expect(UInt8(ascii: "\""))
        let s = i
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "\"") { break }
            if b < 0x20 || b >= 0x80 || b == UInt8(ascii: "\\") { throw Bail() }
            i += 1
        }
        guard i < end else { throw Bail() }
        let k = Key(start: base + s, count: i - s)
        i += 1
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        return k
    }

    mutating func literal(_ word: StaticString) throws(Bail) {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { throw Bail() }
        let w = word.utf8Start
        for k in 0..<n where base[i + k] != w[k] { throw Bail() }
        i += n
    }

    mutating func bool() throws(Bail) -> Bool {
        switch peek {
        case UInt8(ascii: "t"): try literal("true"); return true
        case UInt8(ascii: "f"): try literal("false"); return false
        default: throw Bail()
        }
    }

    /// A non-negative whole number written without fraction or exponent.
    mutating func wholeNumber() throws(Bail) -> Int {
        let s = i
        var v = 0
        while i < end, base[i] >= 0x30, base[i] <= 0x39 {
            v = v &* 10 &+ Int(base[i] - 0x30)
            i += 1
        }
        let n = i - s
        guard n >= 1, n <= 18, !(n > 1 && base[s] == 0x30) else { throw Bail() }
        if i < end, base[i] == UInt8(ascii: ".") || base[i] | 0x20 == UInt8(ascii: "e") { throw Bail() }
        return v
    }

    /// The raw bytes of a string without escapes (checked as the full parser checks them);
    /// strings with escapes come back decoded in `scratch`.
    @inline(__always)
    mutating func rawString(_ scratch: Scratch) throws(Bail) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let s = i
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                let r = UnsafeBufferPointer(start: base + s, count: i - s)
                i += 1
                return r
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw Bail() }
            if b < 0x80 { i += 1 } else { try utf8Sequence() }
        }
        guard i < end else { throw Bail() }
        scratch.count = 0
        scratch.append(UnsafeBufferPointer(start: base + s, count: i - s))
        while i < end {
            let b = base[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return scratch.bytes  // valid until the scratch buffer is used again
            case UInt8(ascii: "\\"):
                try escape(into: scratch)
            case 0..<0x20:
                throw Bail()
            case 0x80...:
                let s2 = i
                try utf8Sequence()
                scratch.append(UnsafeBufferPointer(start: base + s2, count: i - s2))
            default:
                scratch.append(b)
                i += 1
            }
        }
        throw Bail()
    }

    mutating func string(_ scratch: Scratch) throws(Bail) -> String {
        String(decoding: try rawString(scratch), as: UTF8.self)
    }

    /// A string, or nil for `null`.
    mutating func optionalString(_ scratch: Scratch) throws(Bail) -> String? {
        if peek == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        return try string(scratch)
    }

    /// A long text, or nil for `null`: with ``texts``, where it lies in the file (the bytes start at
    /// offset 0 of the file); a text of at most 15 bytes is held all the same, as Swift keeps it
    /// inside the String without a heap allocation.
    mutating func optionalText(_ scratch: Scratch) throws(Bail) -> OfferTextValue? {
        guard texts != nil else { return try optionalString(scratch).map(OfferTextValue.text) }
        if peek == UInt8(ascii: "n") {
            try literal("null")
            return nil
        }
        let start = i + 1
        let raw = try rawString(scratch)
        if raw.count > 15, let ref = OfferTextRef(offset: start, length: i - 1 - start, escaped: raw.baseAddress != base + start) {
            return .stored(ref)
        }
        return .text(String(decoding: raw, as: UTF8.self))
    }

    /// A required string that must not be blank (the full path reports "must not be empty").
    mutating func nonBlankString(_ scratch: Scratch, interner: StringInterner? = nil) throws(Bail) -> String {
        let raw = try rawString(scratch)
        var printable = false
        for b in raw where b > 0x20 && b < 0x7F {
            printable = true
            break
        }
        let s = interner?.string(raw) ?? String(decoding: raw, as: UTF8.self)
        if !printable, s.allSatisfy(\.isWhitespace) { throw Bail() }
        return s
    }

    /// The end (index of "]") of a flat array of strings on one line starting at the cursor, with
    /// the hash of its text, or nil.
    private func flatArrayEnd() -> (close: Int, hash: UInt64)? {
        var h = StringArrayInterner.mix(StringArrayInterner.seed, base[i])
        var k = i + 1
        var inString = false
        while k < end {
            let b = base[k]
            h = StringArrayInterner.mix(h, b)
            if inString {
                if b == UInt8(ascii: "\\") {
                    k += 1
                    if k < end { h = StringArrayInterner.mix(h, base[k]) }
                    k += 1
                    continue
                }
                if b == UInt8(ascii: "\"") { inString = false }
            } else if b == UInt8(ascii: "\"") {
                inString = true
            } else if b == UInt8(ascii: "]") {
                return (k, h)
            } else if b == UInt8(ascii: "[") || b == UInt8(ascii: "{") || b == 0x0A {
                return nil  // nested, or over several lines (lines are counted while reading)
            }
            k += 1
        }
        return nil
    }

    /// ``stringArray(_:check:)`` through an interner: an array with the same text as one read
    /// before (and so already checked the same way) is that array again.
    mutating func stringArray(_ scratch: Scratch, interner: StringArrayInterner,
                              check: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil) throws(Bail) -> [String] {
        guard peek == UInt8(ascii: "["), let (close, hash) = flatArrayEnd() else { return try stringArray(scratch, check: check) }
        let raw = UnsafeBufferPointer(start: base + i, count: close + 1 - i)
        if let known = interner.lookup(raw, hash: hash) {
            i = close + 1
            return known
        }
        let value = try stringArray(scratch, check: check)
        if i == close + 1 { interner.insert(raw, hash: hash, value) }
        return value
    }

    mutating func stringArray(_ scratch: Scratch, check: ((UnsafeBufferPointer<UInt8>) -> Bool)? = nil) throws(Bail) -> [String] {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        var out: [String] = []
        if peek == UInt8(ascii: "]") {
            i += 1
            return out
        }
        while true {
            skipWhitespace()
            let raw = try rawString(scratch)
            if let check, !check(raw) { throw Bail() }
            out.append(String(decoding: raw, as: UTF8.self))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                i += 1
                continue
            }
            try expect(UInt8(ascii: "]"))
            return out
        }
    }

    private mutating func escape(into out: Scratch) throws(Bail) {
        i += 1
        guard i < end else { throw Bail() }
        let e = base[i]
        i += 1
        if let byte = JSONEscape.simple(e) {
            out.append(byte)
            return
        }
        switch e {
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard i + 1 < end, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") else { throw Bail() }
                i += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw Bail() }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw Bail()
            }
            guard let u = Unicode.Scalar(scalar) else { throw Bail() }
            for b in UTF8.encode(u)! { out.append(b) }
        default:
            throw Bail()
        }
    }

    private mutating func hex4() throws(Bail) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < end else { throw Bail() }
            guard let d = JSONEscape.hexDigit(base[i]) else { throw Bail() }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// One multi-byte UTF-8 sequence, with the same rules as ``JSONParser``.
    @inline(__always)
    private mutating func utf8Sequence() throws(Bail) {
        let b0 = base[i]
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; scalar = UInt32(b0 & 0x1F); minimum = 0x80
        case 0xE0...0xEF: length = 3; scalar = UInt32(b0 & 0x0F); minimum = 0x800
        case 0xF0...0xF4: length = 4; scalar = UInt32(b0 & 0x07); minimum = 0x10000
        default: throw Bail()
        }
        guard i + length <= end else { throw Bail() }
        for k in 1..<length {
            let b = base[i + k]
            guard b & 0xC0 == 0x80 else { throw Bail() }
            scalar = scalar << 6 | UInt32(b & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { throw Bail() }
        i += length
    }

    // MARK: Offers

    /// One interner per key: arrays are checked per key (languages differently from the others).
    final class Interners {
        let stages = StringArrayInterner(), transitions = StringArrayInterner(), districts = StringArrayInterner()
        let languages = StringArrayInterner(), tags = StringArrayInterner()
        /// Texts offers repeat: provider names, titles, cost notes.
        let titles = StringInterner(), providers = StringInterner(), notes = StringInterner()
    }

    /// Offers separated by commas up to the closing "]" (stepped over), or, with `stopAt`, up to
    /// the offer starting exactly there.
    mutating func offerSequence(into out: inout [Offer], firstIndex: Int, stopAt: Int?) throws(Bail) {
        let scratch = Scratch()
        let interners = Interners()
        var index = firstIndex
        while true {
            skipWhitespace()
            if let stopAt, i >= stopAt {
                guard i == stopAt else { throw Bail() }
                return
            }
            out.append(try offer(index: index, scratch, interners))
            index += 1
            if i - releasedUpTo >= releaseEvery { release() }
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                i += 1
                skipWhitespace()
                if peek == UInt8(ascii: "]") { throw Bail() }  // trailing comma
                continue
            }
            try expect(UInt8(ascii: "]"))
            if stopAt != nil { throw Bail() }
            return
        }
    }

    /// Gives back the whole pages between `releasedUpTo` and a little before the cursor.
    private mutating func release() {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let address = Int(bitPattern: base)
        let from = (address + releasedUpTo + page - 1) / page * page
        // Not past the last offer's start: columns are counted from there on.
        let to = (address + min(i - min(releaseEvery, 64 << 10), max(columnIndex, lineStart))) / page * page
        if to > from, let p = UnsafeMutableRawPointer(bitPattern: from) {
            _ = madvise(p, to - from, Int32(MADV_DONTNEED))
            releasedUpTo = to - address
        }
    }

    private static func isLanguageCode(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count == 2 && (0x61...0x7A).contains(b[0]) && (0x61...0x7A).contains(b[1])
    }

    private static func isIdentifier(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...64).contains(u.count) else { return false }
        @inline(__always) func alnum(_ b: UInt8) -> Bool {
            (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
        }
        guard alnum(u[0]) else { return false }
        for b in u where !(alnum(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: "-")) {
            return false
        }
        return true
    }

    private static func day(_ u: UnsafeBufferPointer<UInt8>) -> Day? {
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func digits(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for k in from..<(from + n) {
                let b = u[k]
                guard b >= 0x30, b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    private static func field(_ u: UnsafeBufferPointer<UInt8>) -> Field? {
        for f in Field.allCases where f.rawValue.utf8.elementsEqual(u) { return f }
        return nil
    }

    private mutating func offer(index: Int, _ scratch: Scratch, _ interners: Interners) throws(Bail) -> Offer {
        let position = SourcePosition(line: line, column: column(at: i), index: index)
        try expect(UInt8(ascii: "{"))
        var seen: UInt32 = 0
        @inline(__always) func mark(_ bit: UInt32) throws(Bail) {
            guard seen & bit == 0 else { throw Bail() }  // duplicate key
            seen |= bit
        }
        var id: String?, title: String?, provider: String?, field: Field?
        var stages: [String]?, transitions: [String]?, citywide: Bool?, districts: [String]?
        var description: OfferTextValue?, address: OfferTextValue?, contact: Offer.Contact?, languages: [String]?
        var cost: Offer.Cost?, accessible: Bool?, eligibility: OfferTextValue?, hours: OfferTextValue?, tags: [String] = []
        var updated: Day?, status = Offer.Status.active
        skipWhitespace()
        if peek == UInt8(ascii: "}") { throw Bail() }
        while true {
            skipWhitespace()
            let k = try key()
            switch k.count {
            case 2 where k.matches("id"):
                try mark(1 << 0)
                let raw = try rawString(scratch)
                guard Self.isIdentifier(raw) else { throw Bail() }
                id = String(decoding: raw, as: UTF8.self)
            case 5 where k.matches("title"):
                try mark(1 << 1)
                title = try nonBlankString(scratch, interner: interners.titles)
            case 8 where k.matches("provider"):
                try mark(1 << 2)
                provider = try nonBlankString(scratch, interner: interners.providers)
            case 5 where k.matches("field"):
                try mark(1 << 3)
                guard let f = Self.field(try rawString(scratch)) else { throw Bail() }
                field = f
            case 6 where k.matches("stages"):
                try mark(1 << 4)
                stages = try stringArray(scratch, interner: interners.stages)
            case 11 where k.matches("transitions"):
                try mark(1 << 5)
                transitions = try stringArray(scratch, interner: interners.transitions)
            case 8 where k.matches("citywide"):
                try mark(1 << 6)
                citywide = try bool()
            case 9 where k.matches("districts"):
                try mark(1 << 7)
                districts = try stringArray(scratch, interner: interners.districts)
            case 11 where k.matches("description"):
                try mark(1 << 8)
                description = try optionalText(scratch)
            case 7 where k.matches("address"):
                try mark(1 << 9)
                address = try optionalText(scratch)
            case 7 where k.matches("contact"):
                try mark(1 << 10)
                contact = try contactObject(scratch)
            case 9 where k.matches("languages"):
                try mark(1 << 11)
                languages = try stringArray(scratch, interner: interners.languages, check: Self.isLanguageCode)
            case 4 where k.matches("cost"):
                try mark(1 << 12)
                cost = try costObject(scratch, notes: interners.notes)
            case 10 where k.matches("accessible"):
                try mark(1 << 13)
                accessible = try bool()
            case 11 where k.matches("eligibility"):
                try mark(1 << 14)
                eligibility = try optionalText(scratch)
            case 5 where k.matches("hours"):
                try mark(1 << 15)
                hours = try optionalText(scratch)
            case 4 where k.matches("tags"):
                try mark(1 << 16)
                tags = try stringArray(scratch, interner: interners.tags)
            case 7 where k.matches("updated"):
                try mark(1 << 17)
                guard let d = Self.day(try rawString(scratch)) else { throw Bail() }
                updated = d
            case 6 where k.matches("status"):
                try mark(1 << 18)
                let raw = try rawString(scratch)
                if "active".utf8.elementsEqual(raw) {
                    status = .active
                } else if "archived".utf8.elementsEqual(raw) {
                    status = .archived
                } else {
                    throw Bail()
                }
            default:
                throw Bail()  // an unknown key: the full path keeps it as an extra
            }
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                i += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            break
        }
        guard let id, let title, let provider, let field, let stages, let transitions, let citywide, let districts,
              let languages, let cost, let accessible, let updated else { throw Bail() }
        if stages.isEmpty && transitions.isEmpty { throw Bail() }
        if districts.isEmpty && !citywide { throw Bail() }
        return Offer(id: id, title: title, provider: provider, field: field, stages: stages, transitions: transitions,
                     citywide: citywide, districts: districts, description: description, address: address,
                     contact: contact, languages: languages, cost: cost, accessible: accessible,
                     eligibility: eligibility, hours: hours, tags: tags, updated: updated, status: status,
                     position: position, texts: texts)
    }

    private mutating func contactObject(_ scratch: Scratch) throws(Bail) -> Offer.Contact {
        try expect(UInt8(ascii: "{"))
        var c = Offer.Contact()
        var seen: UInt8 = 0
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            i += 1
            return c
        }
        while true {
            skipWhitespace()
            let k = try key()
            let bit: UInt8
            if k.matches("phone") {
                bit = 1
                c.phoneValue = try optionalText(scratch)
            } else if k.matches("email") {
                bit = 2
                c.emailValue = try optionalText(scratch)
            } else if k.matches("web") {
                bit = 4
                c.webValue = try optionalText(scratch)
            } else {
                throw Bail()
            }
            guard seen & bit == 0 else { throw Bail() }
            seen |= bit
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                i += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            return c
        }
    }

    private mutating func costObject(_ scratch: Scratch, notes: StringInterner) throws(Bail) -> Offer.Cost {
        try expect(UInt8(ascii: "{"))
        var free: Bool?, note: String?
        var seen: UInt8 = 0
        skipWhitespace()
        if peek == UInt8(ascii: "}") { throw Bail() }
        while true {
            skipWhitespace()
            let k = try key()
            let bit: UInt8
            if k.matches("free") {
                bit = 1
                free = try bool()
            } else if k.matches("note") {
                bit = 2
                if peek == UInt8(ascii: "n") {
                    try literal("null")
                    note = nil
                } else {
                    note = notes.string(try rawString(scratch))
                }
            } else {
                throw Bail()
            }
            guard seen & bit == 0 else { throw Bail() }
            seen |= bit
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                i += 1
                continue
            }
            try expect(UInt8(ascii: "}"))
            guard let free else { throw Bail() }
            return Offer.Cost(free: free, note: note)
        }
    }
}
