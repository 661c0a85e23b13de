import Testing
@testable import KetteCore
import KetteDemo

/// The word index must find exactly what a plain scan of the folded text finds, with the same
/// scores and order; the byte-table folding must equal the scalar-by-scalar folding.
@Suite struct SearchIndexEquivalenceTests {
    /// The search as it was before the word index: every field folded, every term looked for as bytes.
    static func scan(_ offers: [Offer], _ query: String, within: [Int]? = nil) -> [SearchIndex.Hit] {
        scan(folded(offers), query, within: within)
    }

    static func folded(_ offers: [Offer]) -> [[[UInt8]]] {
        offers.map { o in [o.title, o.tags.joined(separator: " "), o.provider, o.description ?? ""].map(GermanFolding.foldByScalars) }
    }

    static func scan(_ folded: [[[UInt8]]], _ query: String, within: [Int]? = nil) -> [SearchIndex.Hit] {
        func isWord(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) || b >= 0x80 }
        func find(_ t: [UInt8], _ h: [UInt8]) -> Int {
            guard !t.isEmpty, t.count <= h.count else { return 0 }
            var best = 0
            for i in 0...(h.count - t.count) where h[i] == t[0] && h[i..<(i + t.count)].elementsEqual(t) {
                let starts = i == 0 || !isWord(h[i - 1]), ends = i + t.count == h.count || !isWord(h[i + t.count])
                best = max(best, starts && ends ? 3 : (starts ? 2 : 1))
            }
            return best
        }
        let terms = SearchIndex.terms(query)
        guard !terms.isEmpty else { return [] }
        var hits: [SearchIndex.Hit] = []
        for i in (within ?? Array(folded.indices)).sorted() {
            let fields = folded[i]
            var total = 0
            for t in terms {
                let s = zip(fields, [100, 60, 40, 10]).reduce(0) { $0 + find(t, $1.0) * $1.1 }
                if s == 0 {
                    total = 0
                    break
                }
                total += s
            }
            if total > 0 { hits.append(SearchIndex.Hit(offerIndex: i, score: total)) }
        }
        return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offerIndex < $1.offerIndex }
    }

    static let queries = [
        "f", "fa", "familie", "familienhebamme", "Mütter", "muetter", "MUTTER", "kita sprache", "sprachförderung kita",
        "schul", "schulsozialarbeit", "e", "ue", "ss", "straße", "e.v.", "e. v.", "0-3", "mo–fr", "-", "–", "kind",
        "kinder", "eltern-kind", "café", "x", "zz", "en", "er", "ei", "in", "en er", "beratung, eltern", "ü", "ä", "ö", "alleinerziehende", "a b c",
    ]

    @Test func demoStoreGivesTheSameHits() {
        let offers = (try! StoreLoader.load(from: DemoStore.source())).store.offers
        let index = SearchIndex(offers: offers)
        for q in Self.queries { #expect(index.search(q) == Self.scan(offers, q), "\(q)") }
    }

    @Test func generatedOffersGiveTheSameHits() {
        // More than 2,000 offers: built in two halves with two vocabularies merged; scored in two halves.
        let demo = (try! StoreLoader.load(from: DemoStore.source())).store.offers
        var offers: [Offer] = []
        for k in 0..<(25_000 / max(1, demo.count) + 1) {
            for var o in demo {
                o.id = "\(o.id)-\(k)"
                if k % 3 == 1 { o.title = "Eltern-Kind-Gruppe \(k) " + o.title }
                if k % 5 == 2 { o.description = (o.description ?? "") + " Zusätzlich: Straße \(k), e.V., 0-3 Jahre." }
                offers.append(o)
            }
        }
        let index = SearchIndex(offers: offers, building: .whenStarted)
        let folded = Self.folded(offers)
        for q in ["familie", "eltern-kind", "mütter", "e.v.", "strasse 7", "kita sprache", "0-3", "f", "3", "7", "9", "z"] {
            #expect(index.search(q) == Self.scan(folded, q), "\(q)")
        }
        // Narrowing within earlier hits (also with unsorted and repeated candidates).
        let within = Array(index.search("e").map(\.offerIndex).reversed()) + [3, 3]
        for q in ["el", "eltern", "eltern-kind"] {
            #expect(index.search(q, within: within) == Self.scan(folded, q, within: Array(Set(within))), "\(q)")
        }
    }

    /// Word ids are 16 bits wide up to 65,536 distinct words, 32 above: a vocabulary just below,
    /// at and just above the boundary, built by one builder (that widens its ids on the way) and
    /// by two halves (each narrow, the joined vocabulary not).
    @Test(arguments: [1_000, 3_000]) func vocabularyAtTheWidthBoundaryGivesTheSameHits(offerCount: Int) {
        let demo = (try! StoreLoader.load(from: DemoStore.source())).store.offers
        let offers = (0..<offerCount).map { k in
            var o = demo[k % demo.count]
            o.id = "\(o.id)-\(k)"
            return o
        }
        let base = SearchIndex(offers: offers).vocabularyCount
        for extra in [-1, 0, 1] {
            var grown = offers
            var descriptions = grown.map { [$0.description ?? ""] }
            for t in 0..<((1 << 16) - base + extra) { descriptions[t % offerCount].append("qx\(t)") }
            for k in grown.indices { grown[k].description = descriptions[k].joined(separator: " ") }
            let index = SearchIndex(offers: grown)
            #expect(index.vocabularyCount == (1 << 16) + extra)
            #expect(index.wordIDBits == (extra <= 0 ? 16 : 32))
            let folded = Self.folded(grown)
            for q in ["qx1", "qx6553", "qx", "x", "q", "7", "familie", "kita sprache", "e.v.", "eltern"] {
                #expect(index.search(q) == Self.scan(folded, q), "\(q) (\(extra))")
            }
            let within = index.search("q").map(\.offerIndex)
            #expect(index.search("qx12", within: within) == Self.scan(folded, "qx12", within: within))
        }
    }

    @Test func tableFoldingEqualsScalarFolding() {
        var samples = ["", "Mütter", "MUETTER", "Straße", "ẞ", "Æsop Œuvre", "Café", "İstanbul", "Ελλάδα ΣΊΣΥΦΟΣ",
                       "Привет", "日本語", "😀 e", "aé", "ae", "oe ue AE", "a\u{308}e", "Ａ", "ǅ", "ﬃ", "Ω", "K"]
        var seed: UInt32 = 7
        for _ in 0..<300 {
            var s = ""
            for _ in 0..<12 {
                seed = seed &* 1_664_525 &+ 1_013_904_223
                let v = [0x41, 0x61, 0xC0, 0x100, 0x180, 0x370, 0x400, 0x300, 0x1E00, 0x2000, 0xFB00, 0x1F600][Int(seed >> 28) % 12]
                    + Int((seed >> 8) % 96)
                if let u = Unicode.Scalar(v) { s.unicodeScalars.append(u) }
            }
            samples.append(s)
        }
        for s in samples { #expect(GermanFolding.fold(s) == GermanFolding.foldByScalars(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })") }
    }
}
