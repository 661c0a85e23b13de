import Foundation
import Testing
@testable import KetteCore

/// Differential tests: randomly mutated offers.json files (valid and subtly invalid) through the
/// fast path and the full diagnostic path. Whenever the fast path accepts a file, the full path
/// must find nothing to report and give exactly the same offers, positions and revision.
/// `KETTE_FUZZ_ITERATIONS` sets how many files are tried (default 400).
@Suite struct FastPathDifferentialTests {
    /// The full path over raw bytes (JSONParser + ObjectReader), with everything it would report
    /// or keep as an extra.
    static func fullPath(_ bytes: [UInt8]) -> (offers: [Offer], revision: Int, clean: Bool) {
        let sink = DiagnosticSink()
        guard let root = try? JSONParser.parse(bytes) else { return ([], 0, false) }
        guard var r = ObjectReader(root, path: "", file: "f", sink: sink) else { return ([], 0, false) }
        var revision = 0
        if let v = r.int("revision", required: false) {
            if v < 0 { r.report("revision must not be negative", key: "revision") }
            revision = v
        }
        var offers: [Offer] = []
        for (i, e) in (r.array("offers") ?? []).enumerated() {
            if let o = Offer(json: e, path: "offers[\(i)]", file: "f", sink: sink) { offers.append(o) }
        }
        var clean = sink.diagnostics.isEmpty && r.extras().isEmpty
        for o in offers where !o.extras.isEmpty || !(o.contact?.extras.isEmpty ?? true) || !o.cost.extras.isEmpty {
            clean = false
        }
        return (offers, revision, clean)
    }

    static func messages(_ bytes: [UInt8]) -> [String] {
        guard let loaded = try? StoreLoader.load(from: ByteStoreSource(["offers.json": bytes])) else { return ["store error"] }
        return loaded.diagnostics.filter { $0.file.hasSuffix("offers.json") }.map(\.description)
    }

    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        mutating func chance(_ k: Int) -> Bool { int(k) == 0 }
        mutating func byte(from alphabet: [UInt8]) -> UInt8 { alphabet[Int(next() % UInt64(alphabet.count))] }
    }

    /// Snippets that are hard for a JSON reader, as raw bytes.
    static let snippets: [[UInt8]] = {
        var s: [[UInt8]] = ["\\u0000", "\\ud800\\udc00", "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\ud800\\u0041", "\\\"",
                            "\\\\", "\\/", "\\u00e4", "\\U00e4", "\\x41", "\\", "\"", "1e400", "-0", "0001", "1.0", "1E2",
                            "\r\n", "\t", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{A0}", "\u{3000}", "\u{301}", "\u{212A}", "\u{37E}", "\u{2126}", "ß", "日本",
                            "😀", ",", "]", "}", "[", "{", ":", "null", "true", "false", " ", "\n", "\n{", "},\n{", "},\n  {",
                            "\"extra\": 1, ", ", \"x\": [[[[[[[[[[1]]]]]]]]]]", "\"id\": \"dup\", ",
                            "\"revision\": 3, "].map { Array($0.utf8) }
        s += [[0x00], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
              [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xFF],
              [0xC3], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x7F], [0x1F], [0x0C], [0x0B]]
        return s
    }()

    static func mutate(_ input: [UInt8], _ rng: inout Rng) -> [UInt8] {
        var b = input
        let rounds = 1 + rng.int(3)
        for _ in 0..<rounds where !b.isEmpty {
            let p = rng.int(b.count + 1)
            switch rng.int(10) {
            case 0: b.removeSubrange(p..<min(b.count, p + 1 + rng.int(4)))                    // delete a few bytes
            case 1: b = Array(b[0..<p])                                                        // cut off mid-token
            case 2, 3, 4: b.insert(contentsOf: snippets[rng.int(snippets.count)], at: p)       // insert a snippet
            case 5: if p < b.count { b[p] = UInt8(truncatingIfNeeded: rng.next()) }            // flip a byte
            case 6:                                                                            // replace inside a string
                if let q = b[p...].firstIndex(of: UInt8(ascii: "\"")), q + 1 < b.count {
                    b.insert(contentsOf: snippets[rng.int(snippets.count)], at: q + 1)
                }
            case 7:                                                                            // swap two lines
                var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 2 {
                    let x = rng.int(lines.count), y = rng.int(lines.count)
                    lines.swapAt(x, y)
                    b = Array(lines.joined(separator: [0x0A]))
                }
            case 8:                                                                            // duplicate a line
                var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                if lines.count > 1 {
                    let x = rng.int(lines.count)
                    lines.insert(lines[x], at: x)
                    b = Array(lines.joined(separator: [0x0A]))
                }
            default:                                                                           // whitespace variety
                let ws: [[UInt8]] = [[0x0D, 0x0A], [0x09], [0x20, 0x20, 0x20], [0x0D], [0x0A, 0x0A]]
                if let q = b[p...].firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") }) {
                    b.insert(contentsOf: ws[rng.int(ws.count)], at: q + 1)
                }
            }
        }
        return b
    }

    /// Valid files of several shapes to start from.
    static func bases() -> [[UInt8]] {
        var out: [String] = []
        for n in [0, 1, 2, 3, 7, 40] {
            let text = OfferFileReaderTests.storeText(OfferFileReaderTests.variedOffers(n), revision: n)
            out.append(text)
            // Minified, CRLF, "revision" first, extra whitespace.
            out.append(text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " "))
            out.append(text.replacingOccurrences(of: "\n", with: "\r\n"))
            if let r = text.range(of: ",\n  \"revision\": \(n)") {
                var t = text
                t.removeSubrange(r)
                out.append(t.replacingOccurrences(of: "{\n  \"offers\"", with: "{\"revision\": \(n),\n  \"offers\""))
            }
        }
        return out.map { Array($0.utf8) }
    }

    /// Compares both paths on one file; returns whether the fast path accepted it.
    @discardableResult
    static func compare(_ bytes: [UInt8], parallelAbove: Int, consuming: Bool = false,
                        sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let fast: OfferFileReader.Result?
        if consuming {
            var copy = bytes
            fast = OfferFileReader.read(consuming: &copy, parallelAbove: parallelAbove, releaseEvery: 4096)
        } else {
            fast = OfferFileReader.read(bytes, parallelAbove: parallelAbove)
        }
        guard let fast else { return false }
        let full = fullPath(bytes)
        let shown = String(decoding: bytes.prefix(300), as: UTF8.self)
        #expect(full.clean, "the fast path accepted a file the full path reports: \(shown)", sourceLocation: sourceLocation)
        guard full.clean else { return true }
        #expect(fast.revision == full.revision, sourceLocation: sourceLocation)
        #expect(fast.offers == full.offers, "\(shown)", sourceLocation: sourceLocation)
        #expect(fast.offers.map(\.position) == full.offers.map(\.position), "\(shown)", sourceLocation: sourceLocation)
        // Byte for byte: String == holds for canonically equivalent text ("K" and the Kelvin sign).
        func utf8(_ offers: [Offer]) -> [[UInt8]] { offers.map { Array(JSONWriter.compact($0.json).utf8) } }
        #expect(utf8(fast.offers) == utf8(full.offers), "\(shown)", sourceLocation: sourceLocation)
        return true
    }

    @Test func mutatedFilesNeverDisagree() {
        let iterations = Int(ProcessInfo.processInfo.environment["KETTE_FUZZ_ITERATIONS"] ?? "") ?? 400
        var rng = Rng(state: UInt64(ProcessInfo.processInfo.environment["KETTE_FUZZ_SEED"] ?? "") ?? 0x9E37_79B9_7F4A_7C15)
        let bases = Self.bases()
        var accepted = 0, refusedButClean = 0
        for _ in 0..<iterations {
            let file = Self.mutate(bases[rng.int(bases.count)], &rng)
            let a = Self.compare(file, parallelAbove: Int.max)
            let b = Self.compare(file, parallelAbove: 0, consuming: rng.chance(2))
            #expect(a == b, "one thread and two threads disagree on: \(String(decoding: file.prefix(300), as: UTF8.self))")
            if a { accepted += 1 } else if Self.fullPath(file).clean { refusedButClean += 1 }
        }
        print("fast/full differential: \(iterations) files, \(accepted) accepted by the fast path, \(refusedButClean) clean files left to the full path")
    }

    /// Through the whole loader (validator included): a file the fast path takes must load with
    /// the same offers, positions and diagnostics as the same file sent down the full path (by an
    /// unknown top-level key after the offers, which changes no position before it).
    @Test func theLoaderGivesTheSameStoreOnBothPaths() throws {
        let iterations = (Int(ProcessInfo.processInfo.environment["KETTE_FUZZ_ITERATIONS"] ?? "") ?? 400) / 4
        var rng = Rng(state: 0x5EED &+ (UInt64(ProcessInfo.processInfo.environment["KETTE_FUZZ_SEED"] ?? "") ?? 0))
        let bases = Self.bases()
        var compared = 0
        for _ in 0..<iterations {
            let file = rng.chance(3) ? bases[rng.int(bases.count)] : Self.mutate(bases[rng.int(bases.count)], &rng)
            guard OfferFileReader.read(file) != nil, let close = file.lastIndex(of: UInt8(ascii: "}")) else { continue }
            var forced = file
            forced.replaceSubrange(close..<(close + 1), with: Array(", \"zz-force-full-path\": 0}".utf8))
            #expect(OfferFileReader.read(forced) == nil)
            let fast = try StoreLoader.load(from: ByteStoreSource(["offers.json": file]))
            let full = try StoreLoader.load(from: ByteStoreSource(["offers.json": forced]))
            #expect(fast.store.offers == full.store.offers)
            #expect(fast.store.offers.map(\.position) == full.store.offers.map(\.position))
            #expect(fast.diagnostics.map(\.description) == full.diagnostics.map(\.description))
            #expect(fast.store.meta[.offers]?.revision == full.store.meta[.offers]?.revision)
            compared += 1
        }
        print("loader differential: \(compared) stores compared")
    }

    /// Replays a libFuzzer corpus (`KETTE_FUZZ_CORPUS=DIR`, e.g. `.build-fuzz/corpus` after
    /// `Tests/Fuzz/run.sh`) through the differential check; skipped without it.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KETTE_FUZZ_CORPUS"] != nil))
    func replayAFuzzCorpus() throws {
        let dir = ProcessInfo.processInfo.environment["KETTE_FUZZ_CORPUS"] ?? ""
        var files = 0, accepted = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            files += 1
            let bytes = [UInt8](data)
            let a = Self.compare(bytes, parallelAbove: Int.max)
            #expect(a == Self.compare(bytes, parallelAbove: 0, consuming: true))
            if a { accepted += 1 }
        }
        print("fuzz corpus: \(files) files, \(accepted) accepted by the fast path and compared")
    }

    /// Valid files written by hand with random layout: keys in any order, optional keys absent or
    /// null, white space of every kind (or none) between tokens, arrays over several lines,
    /// characters written as escapes (also surrogate pairs), non-ASCII text. Each is read on one
    /// thread and in two halves, and must give what the full path gives.
    static func handWritten(_ rng: inout Rng) -> [UInt8] {
        func ws() -> String {
            ["", " ", "\n", "\r\n", "\t", "\n    ", " \r\n\t"][rng.int(7)]
        }
        func str(_ s: String) -> String {
            var out = "\""
            for u in s.unicodeScalars {
                switch (u.value, rng.int(6)) {
                case (0x22, _): out += "\\\""
                case (0x5C, _): out += "\\\\"
                case (0..<0x20, _): out += String(format: "\\u%04x", u.value)
                case (0x2F, 0): out += "\\/"
                case (0x10000..., 0):
                    let v = u.value - 0x10000
                    out += String(format: "\\u%04X\\u%04x", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))
                case (0x20..<0x10000, 0): out += String(format: "\\u%04x", u.value)
                default: out.unicodeScalars.append(u)
                }
            }
            return out + "\""
        }
        let texts = ["Kita", "Mütter-Café", "Straße 1", "日本語", "😀 ok", "Zeile\nneu", "Tab\tx", "a\u{2028}b", "a\"b", "x/y", "\u{0}",
                     "Ελλάδα", "Привет", "مرحبا", "e\u{301}", "\u{212A}elvin", "Frage\u{37E}"]
        func text() -> String { (0..<(1 + rng.int(3))).map { _ in texts[rng.int(texts.count)] }.joined(separator: " ") }
        func array(_ items: [String]) -> String {
            "[" + ws() + items.map { str($0) }.joined(separator: ws() + "," + ws()) + ws() + "]"
        }
        func object(_ members: [(String, String)]) -> String {
            "{" + ws() + members.map { "\"" + $0.0 + "\"" + ws() + ":" + ws() + $0.1 }.joined(separator: ws() + "," + ws()) + ws() + "}"
        }
        let count = [0, 1, 2, 3, 5, 8, 20][rng.int(7)]
        var offers: [String] = []
        for i in 0..<count {
            var m: [(String, String)] = [
                ("id", str("o-\(i)")), ("title", str(text())), ("provider", str(text())),
                ("field", str(Field.allCases[rng.int(Field.allCases.count)].rawValue)),
                ("stages", array(rng.chance(2) ? ["kita"] : ["kita", "schule"])), ("transitions", array(rng.chance(2) ? [] : ["t"])),
                ("citywide", rng.chance(2) ? "true" : "false"), ("districts", array(["nord"])),
                ("languages", array(["de", "tr", "ar"].prefix(rng.int(4)).map { $0 })),
                ("cost", object(rng.chance(2) ? [("free", "true")] : [("note", rng.chance(2) ? "null" : str(text())), ("free", "false")])),
                ("accessible", rng.chance(2) ? "true" : "false"),
                ("updated", str("20\(10 + rng.int(15))-0\(1 + rng.int(9))-\(10 + rng.int(18))")),
            ]
            for key in ["description", "address", "eligibility", "hours"] where !rng.chance(3) {
                m.append((key, rng.chance(4) ? "null" : str(rng.chance(5) ? "" : text())))
            }
            if rng.chance(2) { m.append(("tags", array((0..<rng.int(3)).map { _ in text() }))) }
            if rng.chance(2) { m.append(("status", str(rng.chance(3) ? "archived" : "active"))) }
            if rng.chance(2) {
                var c: [(String, String)] = []
                for key in ["phone", "email", "web"] where rng.chance(2) { c.append((key, rng.chance(3) ? "null" : str(text()))) }
                m.append(("contact", object(c)))
            }
            for k in m.indices.reversed() { m.swapAt(k, rng.int(k + 1)) }
            offers.append(object(m))
        }
        // Offers one per line (so that there are places to split) or in any white space.
        let sep = rng.chance(2) ? ",\n  " : ws() + "," + ws()
        let list = "[" + ws() + (rng.chance(2) ? "\n  " : "") + offers.joined(separator: sep) + ws() + "]"
        var top: [(String, String)] = [("offers", list)]
        if rng.chance(2) { top.insert(("revision", "\(rng.int(1000))"), at: rng.int(2)) }
        return Array((ws() + object(top) + ws()).utf8)
    }

    @Test func handWrittenValidFilesGiveTheSameOffers() {
        let iterations = Int(ProcessInfo.processInfo.environment["KETTE_FUZZ_ITERATIONS"] ?? "") ?? 400
        var rng = Rng(state: 0xFACE &+ (UInt64(ProcessInfo.processInfo.environment["KETTE_FUZZ_SEED"] ?? "") ?? 0))
        var accepted = 0
        for _ in 0..<iterations {
            let file = Self.handWritten(&rng)
            let clean = Self.fullPath(file).clean
            #expect(clean, "the generator wrote a file the full path reports: \(Self.messages(file))")
            let a = Self.compare(file, parallelAbove: Int.max)
            let b = Self.compare(file, parallelAbove: 0, consuming: rng.chance(2))
            #expect(a && b, "the fast path refused a valid file: \(String(decoding: file.prefix(400), as: UTF8.self))")
            if a { accepted += 1 }
            // And each of them mutated a little.
            let mutated = Self.mutate(file, &rng)
            #expect(Self.compare(mutated, parallelAbove: Int.max) == Self.compare(mutated, parallelAbove: 0))
        }
        print("hand-written differential: \(iterations) valid files, \(accepted) accepted by the fast path")
    }

    /// Every possible split line of a small file: the second half must start exactly at an offer,
    /// and positions of the second half must be fixed up, wherever the middle falls.
    @Test func everySplitPlaceGivesTheSameOffers() {
        for n in [1, 2, 3, 4, 5] {
            let plain = OfferFileReaderTests.storeText(OfferFileReaderTests.variedOffers(n))
            // LF, CRLF and tab-indented layouts; in each, the middle moves over every byte.
            for text in [plain, plain.replacingOccurrences(of: "\n", with: "\r\n"), plain.replacingOccurrences(of: "  ", with: "\t")] {
            var bytes = Array(text.utf8)
            // Shift the middle of the array over every byte by padding the end with white space.
            for pad in 0..<(bytes.count / 2) {
                Self.compare(bytes, parallelAbove: 0)
                bytes.append(pad % 7 == 0 ? 0x0A : 0x20)
            }
            }
        }
    }
}
