import Testing
@testable import KetteCore
import KetteDemo

/// The fast path for offers.json must give exactly what the full path (JSONParser + ObjectReader)
/// gives, positions included, and must refuse every file the full path reports anything about.
@Suite struct OfferFileReaderTests {
    /// The offers and revision as the full diagnostic path reads them, with its diagnostics.
    static func fullPath(_ text: String) -> (offers: [Offer], revision: Int, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        guard let root = try? JSONParser.parse(text) else { return ([], 0, [Diagnostic(file: "f", line: 0, column: 0, message: "syntax")]) }
        guard var r = ObjectReader(root, path: "", file: "f", sink: sink) else { return ([], 0, sink.diagnostics) }
        let revision = r.int("revision", required: false) ?? 0
        var offers: [Offer] = []
        for (i, e) in (r.array("offers") ?? []).enumerated() {
            if let o = Offer(json: e, path: "offers[\(i)]", file: "f", sink: sink) { offers.append(o) }
        }
        if !r.extras().isEmpty { sink.add(Diagnostic(file: "f", line: 0, column: 0, message: "extras")) }
        for o in offers where !o.extras.isEmpty || !(o.contact?.extras.isEmpty ?? true) || !o.cost.extras.isEmpty {
            sink.add(Diagnostic(file: "f", line: 0, column: 0, message: "extras in \(o.id)"))
        }
        return (offers, revision, sink.diagnostics)
    }

    static func expectSame(_ text: String, parallelAbove: Int = OfferFileReader.parallelThreshold,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        let full = fullPath(text)
        #expect(full.diagnostics.isEmpty, "the full path reports: \(full.diagnostics)", sourceLocation: sourceLocation)
        guard let fast = OfferFileReader.read(Array(text.utf8), parallelAbove: parallelAbove) else {
            Issue.record("the fast path refused a valid file", sourceLocation: sourceLocation)
            return
        }
        #expect(fast.revision == full.revision, sourceLocation: sourceLocation)
        #expect(fast.offers.count == full.offers.count, sourceLocation: sourceLocation)
        for (a, b) in zip(fast.offers, full.offers) {
            #expect(a == b, "\(a.id)", sourceLocation: sourceLocation)
            #expect(a.position == b.position, "\(a.id): \(a.position) vs \(b.position)", sourceLocation: sourceLocation)
        }
        // The same with long texts read from the file when they are used.
        guard let lazy = LazyOfferTextTests.readLazily(text, parallelAbove: parallelAbove) else {
            Issue.record("the fast path refused a valid file with texts kept in it", sourceLocation: sourceLocation)
            return
        }
        #expect(lazy.offers.count == full.offers.count, sourceLocation: sourceLocation)
        for (a, b) in zip(lazy.offers, full.offers) {
            #expect(a == b, "\(a.id)", sourceLocation: sourceLocation)
            #expect(a.position == b.position, sourceLocation: sourceLocation)
        }
    }

    /// Offers with everything the format allows: escapes, non-ASCII, optional keys absent or null,
    /// empty contact, notes on cost, archived offers; deterministic.
    static func variedOffers(_ n: Int) -> [Offer] {
        let stages = ["schwanger", "baby", "kita", "schule"]
        var seed: UInt64 = 42
        func next(_ m: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(m))
        }
        let words = ["Mütter", "Väter", "Straße", "\"Zitat\"", "Tab\there", "back\\slash", "Zeile\nneu", "ẞ", "é",
                     "Ελλάδα", "日本", "😀", "\u{1}", "Kita", "Familienhebamme", "/", "Ünal-Öztürk"]
        func text(_ k: Int) -> String { (0..<k).map { _ in words[next(words.count)] }.joined(separator: " ") }
        return (0..<n).map { i in
            var o = Offer(id: "o-\(i)", title: "Angebot \(text(3))", provider: "Träger \(text(2))",
                          field: Field.allCases[next(4)],
                          stages: next(5) == 0 ? [] : Array(stages.prefix(1 + next(3))),
                          transitions: next(3) == 0 ? ["t-einschulung"] : [], citywide: next(4) == 0,
                          districts: ["nord", "sued"].prefix(next(3)).map { $0 },
                          description: next(6) == 0 ? nil : text(next(40)),
                          address: next(2) == 0 ? nil : "Weg \(i), 12345 Ort",
                          contact: next(3) == 0 ? nil : Offer.Contact(phone: next(2) == 0 ? nil : "0123 \(i)",
                                                                       email: next(2) == 0 ? nil : "a\(i)@b.example",
                                                                       web: nil),
                          languages: next(4) == 0 ? [] : ["de", "tr", "ar"].prefix(1 + next(3)).map { $0 },
                          cost: Offer.Cost(free: next(2) == 0, note: next(3) == 0 ? "5 € pro Termin" : nil),
                          accessible: next(2) == 0, eligibility: next(2) == 0 ? nil : text(4),
                          hours: next(2) == 0 ? nil : "Mo–Fr", tags: next(3) == 0 ? [] : ["sprache", "eltern"],
                          updated: Day(year: 2020 + next(6), month: 1 + next(12), day: 1 + next(28))!,
                          status: next(5) == 0 ? .archived : .active)
            if o.stages.isEmpty && o.transitions.isEmpty { o.stages = ["kita"] }
            if o.districts.isEmpty { o.citywide = true }
            return o
        }
    }

    static func storeText(_ offers: [Offer], revision: Int = 7) -> String {
        var store = Store(info: StoreInfo(municipality: "X", locale: "de-DE", version: 1))
        store.offers = offers
        return StoreWriter.render(.offers, of: store, revision: revision)
    }

    @Test func demoStoreGivesTheSameOffers() throws {
        let text = try #require(DemoStore.files["offers.json"])
        Self.expectSame(text)
        Self.expectSame(text, parallelAbove: 0)
    }

    @Test func generatedStoreGivesTheSameOffers() {
        let text = Self.storeText(Self.variedOffers(600))
        #expect(text.contains("\\\"Zitat\\\"") && text.contains("\\n") && text.contains("\\u0001"))
        Self.expectSame(text)
        // In two halves on two threads, with positions of the second half fixed up.
        Self.expectSame(text, parallelAbove: 0)
    }

    @Test func otherLayoutsGiveTheSameOffers() {
        let text = Self.storeText(Self.variedOffers(80))
        // Minified (no line breaks: no place to split), CRLF line ends, tabs, escaped solidus and \u escapes.
        let minified = text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
        Self.expectSame(minified, parallelAbove: 0)
        Self.expectSame(text.replacingOccurrences(of: "\n", with: "\r\n"), parallelAbove: 0)
        Self.expectSame(text.replacingOccurrences(of: "  ", with: "\t"), parallelAbove: 0)
        // Arrays over several lines (lines inside them must be counted), repeated arrays (shared).
        let multiline = text.replacingOccurrences(of: "[\"de\", ", with: "[\n  \"de\",\n ")
        #expect(multiline != text)
        Self.expectSame(multiline, parallelAbove: 0)
        Self.expectSame(text.replacingOccurrences(of: "Mo–Fr", with: "Mo\\u2013Fr\\/Sa \\ud83d\\ude00"), parallelAbove: 0)
        // Keys in another order, optional values as null, revision first.
        let offer = """
            {"status": "archived", "updated": "2024-02-29", "tags": [], "id": "z", "title": " Ä ", "provider": "P",
             "field": "soziales", "stages": [], "transitions": ["t"], "citywide": true, "districts": [],
             "description": null, "address": null, "contact": {}, "languages": [], "cost": {"note": null, "free": false},
             "accessible": false, "eligibility": null, "hours": null}
            """
        Self.expectSame("{\"revision\": 0, \"offers\": [\(offer), \(offer)]}", parallelAbove: 0)
        Self.expectSame("{\"offers\": []}")
    }

    /// Each of these is something the full path reports (or keeps as an extra): the fast path must refuse it.
    @Test func refusesEveryFileTheFullPathHasSomethingToSay() {
        let good = Self.storeText(Self.variedOffers(30))
        let valid = """
            {"id": "a", "title": "T", "provider": "P", "field": "bildung", "stages": ["kita"], "transitions": [],
             "citywide": false, "districts": ["nord"], "languages": ["de"], "cost": {"free": true},
             "accessible": false, "updated": "2026-01-15"}
            """
        #expect(OfferFileReader.read(Array("{\"offers\": [\(valid)]}".utf8)) != nil)
        let replacements: [(String, String)] = [
            ("\"title\": \"T\"", "\"title\": \"T\", \"extra\": 1"),           // unknown key (kept as an extra)
            ("\"title\": \"T\"", "\"title\": \"T\", \"title\": \"U\""),       // duplicate key
            ("\"title\": \"T\"", "\"title\": 5"),                             // wrong type
            ("\"title\": \"T\"", "\"title\": \" \\t \""),                     // blank
            ("\"title\": \"T\"", "\"title\": \"\\u3000\""),                   // blank (ideographic space)
            ("\"title\": \"T\", ", ""),                                       // missing required key
            ("\"id\": \"a\"", "\"id\": \"-a\""),                              // invalid id
            ("\"field\": \"bildung\"", "\"field\": \"medizin\""),             // unknown enumeration value
            ("\"updated\": \"2026-01-15\"", "\"updated\": \"2026-02-30\""),   // no such day
            ("\"updated\": \"2026-01-15\"", "\"updated\": \"2026-1-15\""),
            ("[\"de\"]", "[\"deu\"]"),                                        // not a language code
            ("\"stages\": [\"kita\"]", "\"stages\": []"),                     // no stage and no transition
            ("\"districts\": [\"nord\"]", "\"districts\": []"),               // no district, not city-wide
            ("{\"free\": true}", "{}"),                                       // cost without free
            ("{\"free\": true}", "{\"free\": true, \"x\": 1}"),
            ("{\"free\": true}", "null"),
            ("\"accessible\": false", "\"accessible\": null"),
            ("\"accessible\": false", "\"accessible\": false, \"contact\": null"),
            ("\"accessible\": false", "\"accessible\": false, \"contact\": {\"fax\": \"1\"}"),
            ("\"accessible\": false", "\"accessible\": false, \"status\": null"),
            ("\"accessible\": false", "\"accessible\": false, \"tags\": null"),
            ("\"accessible\": false", "\"accessible\": false,"),              // trailing comma
            ("\"T\"", "\"T\u{1}\""),                                          // raw control character
            ("\"T\"", "\"T\\x\""),                                            // bad escape
            ("\"T\"", "\"\\udc00\""),                                         // unpaired surrogate
        ]
        for (old, new) in replacements {
            let offer = valid.replacingOccurrences(of: old, with: new)
            #expect(offer != valid, "\(old)")
            let text = "{\"offers\": [\(offer)]}"
            #expect(OfferFileReader.read(Array(text.utf8)) == nil, "accepted: \(new)")
            #expect(!Self.fullPath(text).diagnostics.isEmpty, "the full path finds nothing in: \(new)")
        }
        // Whole-file problems.
        var bytes = Array(good.utf8)
        #expect(OfferFileReader.read(bytes) != nil)
        #expect(OfferFileReader.read([0xEF, 0xBB, 0xBF] + bytes) == nil)                      // byte-order mark
        #expect(OfferFileReader.read(bytes + Array(" x".utf8)) == nil)                         // after the value
        #expect(OfferFileReader.read(Array(good.replacingOccurrences(of: "\"revision\": 7", with: "\"revision\": -1").utf8)) == nil)
        #expect(OfferFileReader.read(Array(good.replacingOccurrences(of: "\"revision\": 7", with: "\"revision\": 7, \"x\": 1").utf8)) == nil)
        #expect(OfferFileReader.read(Array("{\"offers\": [], \"offers\": []}".utf8)) == nil)
        #expect(OfferFileReader.read(Array("{\"offers\": {}}".utf8)) == nil)
        #expect(OfferFileReader.read(Array("{}".utf8)) == nil)
        #expect(OfferFileReader.read(Array("{\"offers\": [".utf8)) == nil)
        #expect(OfferFileReader.read([]) == nil)
        let umlaut = try! #require(bytes.firstIndex(of: 0xC3))
        bytes[umlaut + 1] = 0x41                                                                  // invalid UTF-8
        #expect(OfferFileReader.read(bytes) == nil)
        bytes[umlaut] = 0xC0
        #expect(OfferFileReader.read(bytes) == nil)
    }

    /// Through the loader: a problem anywhere (here in the second half of a file read on two
    /// threads) still comes out with file, line and column; unknown keys are still kept.
    @Test func theLoaderStillReportsPositionsAndKeepsExtras() throws {
        var offers = Self.variedOffers(400)
        let text = Self.storeText(offers)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The title line of the offer 300 (line of its "{" + 2).
        let full = Self.fullPath(text)
        let target = full.offers[300].position.line + 2
        #expect(lines[target - 1].contains("\"title\""))
        var broken = lines
        broken[target - 1] = broken[target - 1].replacingOccurrences(of: "\"title\": ", with: "\"title\": 12, \"x\": ")
        let brokenText = broken.joined(separator: "\n")
        #expect(OfferFileReader.read(Array(brokenText.utf8), parallelAbove: 0) == nil)
        let loaded = try Fixture.load(["offers.json": brokenText])
        #expect(loaded.lines.contains { $0.hasPrefix("test/offers.json:\(target):\(broken[target - 1].firstIndex(of: "1")!.utf16Offset(in: broken[target - 1]) + 1): error:") },
                "\(loaded.lines.prefix(3))")

        offers[2].extras = [JSONMember("x-local", .string("kept"))]
        let withExtra = try Fixture.load(["offers.json": Self.storeText(offers)])
        #expect(withExtra.store.offers[2].extras == offers[2].extras)
        #expect(withExtra.store.offers.count == 400)
        #expect(withExtra.store.meta[.offers]?.revision == 7)
    }

    /// The loader's variant gives the pages already read back to the system as it goes; the
    /// offers must not change (here with a release every few KB, on one and on two threads,
    /// also on a file that is one long line).
    @Test func givingBackReadBytesChangesNothing() throws {
        let text = Self.storeText(Self.variedOffers(500))
        let minified = text.split(separator: "\n").map { $0.drop { $0 == " " } }.joined(separator: " ")
        for t in [text, minified] {
            let expected = try #require(OfferFileReader.read(Array(t.utf8)))
            for parallelAbove in [0, Int.max] {
                var bytes = Array(t.utf8)
                let got = try #require(OfferFileReader.read(consuming: &bytes, parallelAbove: parallelAbove, releaseEvery: 4096))
                #expect(got.offers == expected.offers)
                #expect(got.offers.map(\.position) == expected.offers.map(\.position))
                #expect(bytes.count == t.utf8.count)
            }
        }
    }

    @Test func theLoaderUsesTheFastPathResult() throws {
        let loaded = try Fixture.load()
        let fast = try #require(OfferFileReader.read(Array(Fixture.offers.utf8)))
        #expect(loaded.store.offers == fast.offers)
        #expect(loaded.store.offers.map(\.position) == fast.offers.map(\.position))
    }
}

/// The offer checks of the validator run on two threads for large stores and skip lists already
/// found valid (by identity): the same problems must come out, in the same order.
@Suite struct OfferValidationTests {
    @Test func largeStoreReportsTheSameProblemsInOrder() throws {
        var store = try Fixture.load().store
        let base = store.offers[0]
        let shared = ["kita"]  // one array object for many offers, valid as stages
        var offers: [Offer] = []
        for i in 0..<12_000 {
            var o = base
            o.id = "o-\(i)"
            o.stages = shared
            o.position = SourcePosition(line: i + 1, column: 3, index: i)
            offers.append(o)
        }
        offers[5_000].id = "o-10"                 // duplicate id
        offers[7_000].districts = ["nirgendwo"]   // unknown district
        offers[8_000].districts = shared          // valid as stages, not as a district
        offers[9_000].stages = ["gibtsnicht", "kita"]
        store.offers = offers
        let sink = DiagnosticSink()
        StoreValidator.check(store, source: MemoryStoreSource(name: "t", files: [:]), sink: sink)
        let lines = sink.diagnostics.filter { $0.file.hasSuffix("offers.json") }.map { "\($0.line) \($0.path): \($0.message)" }
        #expect(lines == [
            "5001 offers[5000].id: duplicate id \"o-10\" (first used on line 11)",
            "7001 offers[7000].districts[0]: unknown district \"nirgendwo\"",
            "8001 offers[8000].districts[0]: unknown district \"kita\"",
            "9001 offers[9000].stages[0]: unknown stage \"gibtsnicht\"",
        ], "\(lines)")
    }
}
