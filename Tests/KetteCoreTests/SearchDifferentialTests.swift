import Foundation
import Testing
@testable import KetteCore

/// Random offers (umlauts, ß, ae/oe/ue spellings, Arabic, Cyrillic, CJK, digits, punctuation,
/// combining marks, empty fields) and random queries: the word index must give exactly the hits
/// of a plain scan of the folded text (``SearchIndexEquivalenceTests/scan(_:_:within:)``).
/// `KETTE_FUZZ_ITERATIONS` scales the number of queries.
@Suite struct SearchDifferentialTests {
    static let words = ["Mütter", "Muetter", "MUTTER", "Straße", "STRASSE", "ẞ", "Kita", "kita-Platz", "Eltern-Kind",
                        "e.V.", "0-3", "U3", "2024", "Familienhebamme", "Sprachförderung", "Café", "cafe", "İstanbul",
                        "مرحبا", "العربية", "Привет", "Семья", "日本語", "子供", "😀", "ǅ", "ﬃ", "Æsop", "Œuvre",
                        "a\u{308}e", "ae", "oe", "ue", "Ä", "ö", "ü", "e", "a", "x", "Σίσυφος", "Ω", "K", "½",
                        "Mo–Fr", "Tel.:", "(0)", "\u{A0}", "\u{2028}", "\u{301}", "-", ",", ".", "–", "", "  ", "aue", "Baeume"]
    static let titles = ["Angebot", "Beratung", "Gruppe", "Treff"]

    static func randomText(_ rng: inout FastPathDifferentialTests.Rng, _ n: Int) -> String {
        var s = ""
        for k in 0..<n {
            let w = words[rng.int(words.count)]
            s += (k == 0 || rng.chance(4)) ? w : (rng.chance(3) ? "" : " ") + w
        }
        return s
    }

    static func randomOffers(_ n: Int, _ rng: inout FastPathDifferentialTests.Rng) -> [Offer] {
        (0..<n).map { i in
            Offer(id: "o\(i)", title: titles[rng.int(titles.count)] + " " + randomText(&rng, rng.int(4)),
                  provider: randomText(&rng, 1 + rng.int(3)), field: .bildung, stages: ["kita"],
                  description: rng.chance(3) ? nil : (rng.chance(4) ? "" : randomText(&rng, rng.int(12))),
                  tags: (0..<rng.int(3)).map { _ in randomText(&rng, 1) }, updated: Day(year: 2024, month: 1, day: 1)!)
        }
    }

    static func randomQuery(_ rng: inout FastPathDifferentialTests.Rng, _ offers: [Offer]) -> String {
        switch rng.int(6) {
        case 0:  // a piece of an offer's text
            let o = offers[rng.int(offers.count)]
            let text = [o.title, o.provider, o.description ?? "", o.tags.joined(separator: " ")][rng.int(4)]
            let chars = Array(text)
            guard !chars.isEmpty else { return "" }
            let a = rng.int(chars.count), b = min(chars.count, a + 1 + rng.int(8))
            return String(chars[a..<b])
        case 1: return words[rng.int(words.count)]
        case 2: return randomText(&rng, 1 + rng.int(3))
        case 3:  // one character
            let one = Array("abcdefghijklmnopqrstuvwxyz0123456789äöüßÄÖÜé.-,– " + "ж日ب")
            return String(one[rng.int(one.count)])
        case 4: return ["", " ", "  ,  ", "\t", "\u{A0}", ",", "\u{301}", "a,b", "e v", "ss", "s s", "strasse 2024"][rng.int(12)]
        default: return words[rng.int(words.count)] + " " + words[rng.int(words.count)]
        }
    }

    static func check(offers: [Offer], index: SearchIndex, queries: Int, seed: UInt64) {
        var rng = FastPathDifferentialTests.Rng(state: seed)
        let folded = SearchIndexEquivalenceTests.folded(offers)
        for _ in 0..<queries {
            let q = randomQuery(&rng, offers)
            #expect(index.search(q) == SearchIndexEquivalenceTests.scan(folded, q), "\(q.unicodeScalars.map { String($0.value, radix: 16) })")
            if rng.chance(3) {
                var within = (0..<rng.int(offers.count)).map { _ in rng.int(offers.count + 3) - 1 }
                within.append(contentsOf: within.prefix(2))
                let valid = Array(Set(within.filter { $0 >= 0 && $0 < offers.count }))
                #expect(index.search(q, within: within) == SearchIndexEquivalenceTests.scan(folded, q, within: valid), "\(q)")
            }
        }
    }

    @Test func randomOffersAndQueriesGiveTheSameHits() {
        let scale = (Int(ProcessInfo.processInfo.environment["KETTE_FUZZ_ITERATIONS"] ?? "") ?? 400) / 400
        var rng = FastPathDifferentialTests.Rng(state: 0xDEADBEEF)
        for round in 0..<(3 * max(1, scale)) {
            let offers = Self.randomOffers(1 + rng.int(120), &rng)
            Self.check(offers: offers, index: SearchIndex(offers: offers), queries: 150, seed: UInt64(round) + 11)
        }
        // Two halves built on two threads, vocabularies merged; asked before the build is done.
        let large = Self.randomOffers(20_500, &rng)  // also scored in two halves (≥ 20,000 candidates)
        let background = SearchIndex(offers: large, building: .inBackground)
        Self.check(offers: large, index: background, queries: 30 * max(1, scale), seed: 5)
        let later = SearchIndex(offers: large, building: .whenStarted)
        Self.check(offers: large, index: later, queries: 20, seed: 6)
    }

    /// Typing a query key by key and deleting it again, narrowing within the previous hits
    /// (as the navigator does) must give what a fresh search gives.
    @Test func typingAndBackspacingNarrowsCorrectly() {
        var rng = FastPathDifferentialTests.Rng(state: 77)
        let offers = Self.randomOffers(300, &rng)
        let index = SearchIndex(offers: offers)
        let folded = SearchIndexEquivalenceTests.folded(offers)
        for _ in 0..<200 {
            let query = Self.randomQuery(&rng, offers) + (rng.chance(2) ? Self.randomQuery(&rng, offers) : "")
            var typed = ""
            var previous: [Int]?
            var prefixes: [String] = []
            for ch in query {
                typed.append(ch)
                prefixes.append(typed)
            }
            var previousQuery: String?
            for q in prefixes + prefixes.reversed().dropFirst() {
                let fresh = index.search(q)
                #expect(fresh == SearchIndexEquivalenceTests.scan(folded, q), "\(q)")
                // The navigator's rule (AppState.results): narrow when the query only grew.
                if let previous, let pq = previousQuery, !SearchIndex.terms(pq).isEmpty, q.hasPrefix(pq), !q.hasSuffix(" ") {
                    let narrowed = index.search(q, within: previous)
                    #expect(narrowed == fresh, "\(pq) → \(q)")
                }
                previous = fresh.map(\.offerIndex)
                previousQuery = q
            }
        }
    }
}

/// The byte-table folding against the scalar-by-scalar folding for every Unicode scalar, each
/// after an "a" and before an "e" (the "ae" rule) and in upper case.
@Suite struct FoldingSweepTests {
    @Test func everyScalarFoldsAsTheReferenceDoes() {
        var mismatches: [String] = []
        for start in stride(from: 0, to: 0x110000, by: 64) {
            var s = ""
            for v in start..<(start + 64) {
                guard let u = Unicode.Scalar(v) else { continue }
                s.unicodeScalars.append("a")
                s.unicodeScalars.append(u)
                s.unicodeScalars.append("e")
            }
            for t in [s, s.uppercased()] where GermanFolding.fold(t) != GermanFolding.foldByScalars(t) {
                mismatches.append(String(start, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "blocks starting at \(mismatches.prefix(10))")
    }
}
