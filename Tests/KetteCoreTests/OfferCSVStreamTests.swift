import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The streamed CSV export: byte for byte what building the whole file as one String and encoding
/// it gave (the way the export worked before it was streamed), for every language, separator and
/// encoding; handed on in chunks while it is made; a Windows-1252 refusal found by the check pass
/// before anything is written, naming the same character and offers; cancelled cleanly.
@Suite struct OfferCSVStreamTests {
    var demo: Store { try! StoreLoader.load(from: DemoStore.source()).store }

    // MARK: The export as it was before streaming (kept here as the reference)

    /// The whole file as one String, as `OfferCSVExport.render` built it.
    static func referenceText(_ offers: [Offer], language: Language, delimiter: Character) -> String {
        let yes = language == .en ? "yes" : "ja", no = language == .en ? "no" : "nein"
        func flag(_ b: Bool) -> String { b ? yes : no }
        var out = OfferCSVExport.row(OfferCSVColumn.allCases.map { $0.name(language) }, delimiter)
        for o in offers {
            let cells: [String] = OfferCSVColumn.allCases.map { c in
                switch c {
                case .id: o.id
                case .title: o.title
                case .provider: o.provider
                case .field: o.field.rawValue
                case .stages: o.stages.joined(separator: ", ")
                case .transitions: o.transitions.joined(separator: ", ")
                case .citywide: flag(o.citywide)
                case .districts: o.districts.joined(separator: ", ")
                case .description: o.description ?? ""
                case .address: o.address ?? ""
                case .phone: o.contact?.phone ?? ""
                case .email: o.contact?.email ?? ""
                case .web: o.contact?.web ?? ""
                case .languages: o.languages.joined(separator: ", ")
                case .free: flag(o.cost.free)
                case .costNote: o.cost.note ?? ""
                case .accessible: flag(o.accessible)
                case .eligibility: o.eligibility ?? ""
                case .hours: o.hours ?? ""
                case .tags: o.tags.joined(separator: ", ")
                case .updated: o.updated.description
                case .status: o.status.rawValue
                }
            }
            out += OfferCSVExport.row(cells, delimiter)
        }
        return out
    }

    /// Windows-1252 as it was encoded: character by character, failing at the first one without a byte.
    static func referenceWindows1252(_ text: String) -> (bytes: [UInt8], refused: Character?) {
        var reverse: [UInt32: UInt8] = [:]
        for b in UInt8(0x80)...UInt8(0x9F) where !TextEncodingDetection.undefinedInWindows1252.contains(b) {
            reverse[TextEncodingDetection.windows1252Scalar(b).value] = b
        }
        var out: [UInt8] = []
        for c in text {
            for s in c.unicodeScalars {
                if s.value < 0x80 || (0xA0...0xFF).contains(s.value) {
                    out.append(UInt8(s.value))
                } else if let b = reverse[s.value] {
                    out.append(b)
                } else {
                    return (out, c)
                }
            }
        }
        return (out, nil)
    }

    /// The file's bytes as they were, or the character Windows-1252 refused and the offers named.
    static func reference(_ offers: [Offer], language: Language, delimiter: Character,
                          encoding: TextEncodingDetection.Encoding) -> Result<[UInt8], OfferCSVUnencodable> {
        let text = referenceText(offers, language: language, delimiter: delimiter)
        switch encoding {
        case .utf8: return .success(Array(text.utf8))
        case .utf8WithBOM: return .success([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        case .windows1252:
            let (bytes, refused) = referenceWindows1252(text)
            guard let c = refused else { return .success(bytes) }
            // The offers were named by rendering each one alone (header and row) and encoding it.
            let named = offers.filter { referenceWindows1252(referenceText([$0], language: language, delimiter: ";")).refused != nil }
            return .failure(OfferCSVUnencodable(character: c, offers: named.map(\.id)))
        }
    }

    // MARK: The streamed export

    static func streamed(_ offers: [Offer], language: Language = .de, delimiter: Character = ";",
                         encoding: TextEncodingDetection.Encoding = .utf8WithBOM,
                         chunkSize: Int = 256 * 1024) throws -> (bytes: [UInt8], chunks: [Int]) {
        var bytes: [UInt8] = []
        var chunks: [Int] = []
        try OfferCSVExport.write(offers, language: language, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize) { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        return (bytes, chunks)
    }

    /// What the export command does: the check pass first in Windows-1252, then the stream.
    static func exported(_ offers: [Offer], language: Language, delimiter: Character, encoding: TextEncodingDetection.Encoding,
                         chunkSize: Int = 256 * 1024) throws -> Result<[UInt8], OfferCSVUnencodable> {
        if encoding == .windows1252, let refusal = try OfferCSVExport.windows1252Refusal(offers, language: language, delimiter: delimiter) {
            return .failure(refusal)
        }
        return .success(try streamed(offers, language: language, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize).bytes)
    }

    static let encodings: [TextEncodingDetection.Encoding] = [.utf8, .utf8WithBOM, .windows1252]

    /// Every language, separator and encoding gives what the export gave before.
    static func expectSameAsBefore(_ offers: [Offer], chunkSizes: [Int] = [256 * 1024], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for language in [Language.de, .en] {
            for delimiter: Character in [";", ","] {
                for encoding in encodings {
                    let expected = reference(offers, language: language, delimiter: delimiter, encoding: encoding)
                    for chunkSize in chunkSizes {
                        let got = try exported(offers, language: language, delimiter: delimiter, encoding: encoding, chunkSize: chunkSize)
                        #expect(got == expected, "\(language) \(delimiter) \(encoding) chunk size \(chunkSize)", sourceLocation: sourceLocation)
                    }
                }
            }
        }
    }

    /// Cells a spreadsheet and the CSV quoting find awkward: quotes, both separators, line breaks
    /// (LF, CR, CRLF), tabs, outer spaces, formula starts, escapes, umlauts and € (in Windows-1252),
    /// and a combining accent right after a separator or quote (one character with it).
    static let awkwardCells = [
        "\"Zitat\" mit \"\"doppelten\"\"", "a;b", "a,b", "a;b,c\"d", "Zeile 1\nZeile 2", "CR\rallein", "CRLF\r\nZeile",
        "Tab\tmitten", "\tTab vorn", "Tab hinten\t", " Leerzeichen vorn", "hinten ", "=SUMME(A1:A9)", "@HYPERLINK(\"x\")",
        "=", "@", "'=schon", "+49 170", "-5", "Mütter, Väter & Straße", "Öffnungszeiten: Mo–Fr 9–12 Uhr", "5 € pro Termin",
        "ESC \u{1B}[31m rot", "NUL \u{0} DEL \u{7F}", "C1 \u{85}", "RLO \u{202E} LS \u{2028}", ";\u{301}", "\"\u{301}",
        "\u{301}am Anfang", " \u{301}", "=\u{301}", "", " ", "\"", ";", "\n",
    ]

    /// Offers holding the awkward cells in every text field and in the lists, all encodable in Windows-1252.
    static func awkwardOffers() -> [Offer] {
        var offers = OfferFileReaderTests.variedOffers(2 * awkwardCells.count).filter {
            TextEncodingDetection.firstUnencodableInWindows1252(referenceText([$0], language: .de, delimiter: ";")) == nil
        }
        let cells = awkwardCells.filter { !$0.unicodeScalars.contains("\u{301}") }
        for (i, cell) in cells.enumerated() {
            var o = offers[i % offers.count]
            o.id = "awk-\(i)"
            o.title = cell
            o.provider = cells[(i + 1) % cells.count]
            o.description = cells[(i + 2) % cells.count]
            o.address = cell.isEmpty ? nil : cell
            o.contact = Offer.Contact(phone: cell, email: cells[(i + 3) % cells.count], web: cells[(i + 4) % cells.count])
            o.cost.note = cells[(i + 5) % cells.count]
            o.eligibility = cell
            o.hours = cells[(i + 6) % cells.count]
            o.tags = [cell, cells[(i + 7) % cells.count]]
            o.districts = [cell, "nord"]
            o.stages = [cells[(i + 8) % cells.count]]
            o.languages = [cell]
            offers.append(o)
        }
        return offers
    }

    // MARK: Tests

    @Test func demoStreamIsTheFormerExport() throws {
        let store = demo
        try Self.expectSameAsBefore(store.offers)
        let (bytes, chunks) = try Self.streamed(store.offers, chunkSize: 16 * 1024)
        #expect(bytes == (try Self.reference(store.offers, language: .de, delimiter: ";", encoding: .utf8WithBOM).get()))
        // 180 KB in chunks of at least 16 KB, the last one smaller.
        #expect(chunks.count > 8 && chunks.dropLast().allSatisfy { $0 >= 16 * 1024 }, "\(chunks)")
        #expect(try OfferCSVExport.render(store.offers) == Self.referenceText(store.offers, language: .de, delimiter: ";"))
    }

    @Test func awkwardOffersStreamAsBeforeInEveryEncodingAndSeparator() throws {
        let offers = Self.awkwardOffers()
        let text = Self.referenceText(offers, language: .de, delimiter: ";")
        // The cells really are awkward: quoted, defused, escaped.
        #expect(text.contains("\"\"\"Zitat\"\" mit") && text.contains("\"a;b\"") && text.contains("'=SUMME(A1:A9)")
            && text.contains("\"Zeile 1\nZeile 2\"") && text.contains("ESC \\x1B[31m rot") && text.contains("\" Leerzeichen vorn\""))
        #expect(TextEncodingDetection.firstUnencodableInWindows1252(text) == nil)
        try Self.expectSameAsBefore(offers, chunkSizes: [1, 100, 256 * 1024])
        #expect(try Self.exported([], language: .de, delimiter: ";", encoding: .utf8WithBOM)
            == Self.reference([], language: .de, delimiter: ";", encoding: .utf8WithBOM))
    }

    /// Cells where characters and bytes differ: combining marks next to separators, quotes, outer
    /// spaces and formula starts; U+037E, which Swift takes for a `;`; emoji, bidi controls, C1.
    @Test func unicodeCellsStreamAsBefore() throws {
        let extra = ["a\u{37E}b", "\u{37E}", "=\u{338}x", "@\u{301}", "x ;\u{301}y", "ü;ä", "\"ü\"", "ä\"", "\u{301}\"",
                     " ü", "ü ", " \u{301}", "é ", "x\u{200D};y", "\u{600};", "Ελλάδα, 日本 😀", "👩‍👧 ;", "\u{85}ü", "\u{2066}x\u{2069}",
                     "ü\tü", "ü\nü", "ü\r\nü", "\tü", "ü\t", "€=", "=€", "@ü", "=ü", "\u{FEFF}x", "\u{A0}x\u{A0}"]
        var offers = OfferFileReaderTests.variedOffers(60)
        let cells = Self.awkwardCells + extra
        for (i, cell) in cells.enumerated() {
            offers[i % offers.count].title = cell
            offers[(i + 7) % offers.count].provider = cell
            offers[(i + 13) % offers.count].tags = [cell, cells[(i + 1) % cells.count]]
            offers[(i + 29) % offers.count].hours = cell
        }
        try Self.expectSameAsBefore(offers, chunkSizes: [7, 256 * 1024])
        for cell in cells {
            for d: Character in [";", ","] {
                var quick: [UInt8] = []
                if OfferCSVExport.appendFieldQuickly(cell, delimiter: d.asciiValue!, to: &quick) {
                    #expect(quick == Array(OfferCSVExport.field(cell, d).utf8), "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
                } else {
                    #expect(quick.isEmpty)
                }
            }
        }
    }

    @Test func charactersWindows1252LacksAreRefusedByTheCheckPassAsBefore() throws {
        var offers = Self.awkwardOffers()
        // Combining accents, bidi controls (escaped, so fine), Cyrillic, Turkish, emoji, in several offers.
        offers[3].title = "Київ"
        offers[5].tags = ["ok", "İstanbul"]
        offers[7].description = "Zeile\n😀"
        offers[9].provider = "\u{301}am Anfang"  // the accent joins the separator before it into one character
        offers[11].hours = "RLO \u{202E} LS \u{2028}"  // escaped as \u202E: encodable
        for language in [Language.de, .en] {
            for delimiter: Character in [";", ","] {
                let expected = Self.reference(offers, language: language, delimiter: delimiter, encoding: .windows1252)
                guard case .failure(let before) = expected else { Issue.record("encoded"); continue }
                #expect(before.offers == [3, 5, 7, 9].map { offers[$0].id } && before.character == "К", "\(before)")
                let refusal = try OfferCSVExport.windows1252Refusal(offers, language: language, delimiter: delimiter)
                #expect(refusal == before)
                #expect(OfferCSVExport.offersNotInWindows1252(offers, language: language) == before.offers)
            }
        }
        // The accent after a separator is reported as the character it forms there, as before.
        let accent = [offers[9]]
        let refusal = try OfferCSVExport.windows1252Refusal(accent, language: .de, delimiter: ",")
        guard case .failure(let before) = Self.reference(accent, language: .de, delimiter: ",", encoding: .windows1252) else {
            Issue.record("encoded"); return
        }
        #expect(refusal == before && before.character == ",\u{301}", "\(before)")

        // Streamed without the check, the row is refused as it comes (what went out is incomplete).
        var handed: [UInt8] = []
        #expect(throws: OfferCSVUnencodable(character: "К", offers: [offers[3].id])) {
            try OfferCSVExport.write(offers, encoding: .windows1252, chunkSize: 1 << 20) { handed += $0 }
        }
        #expect(handed.isEmpty)
        // Nothing to refuse: nil, also for no offers at all.
        #expect(try OfferCSVExport.windows1252Refusal(Self.awkwardOffers()) == nil)
        #expect(try OfferCSVExport.windows1252Refusal([]) == nil)
    }

    @Test func cancellingStopsTheStreamAndTheCheck() throws {
        let offers = OfferFileReaderTests.variedOffers(1200)
        nonisolated(unsafe) var reports: [Int] = []
        let cancelAt1000 = ExchangeProgress(report: { done, _ in reports.append(done) }, isCancelled: { reports.count >= 2 })
        var handed = 0
        #expect(throws: ExchangeCancelled.self) {
            try OfferCSVExport.write(offers, progress: cancelAt1000, chunkSize: 1000) { handed += $0.count }
        }
        #expect(reports == [500, 1000] && handed > 0)
        #expect(throws: ExchangeCancelled.self) {
            _ = try OfferCSVExport.windows1252Refusal(offers, progress: ExchangeProgress(isCancelled: { true }))
        }
        #expect(throws: ExchangeCancelled.self) {
            _ = try OfferCSVExport.render(offers, progress: ExchangeProgress(isCancelled: { true }))
        }
    }

    @Test func windows1252EncodingIsTheFormerOne() {
        let texts = ["", "abc", "Mütter € „Zitat“ – Œuvre ™ ž Ÿ", "Київ", "a\u{301}", "e\u{301}x😀", "\u{81}", "\u{A0}ÿ", "ok\r\n😀"]
        for t in texts {
            let before = Self.referenceWindows1252(t)
            switch TextEncodingDetection.encodeWindows1252(t) {
            case .success(let bytes): #expect(before.refused == nil && before.bytes == bytes, "\(t)")
            case .failure(let e): #expect(before.refused == e.character, "\(t)")
            }
            #expect(TextEncodingDetection.firstUnencodableInWindows1252(t) == before.refused, "\(t)")
        }
    }
}
