import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The family handout: content, the second language, and that no store text can inject markup or
/// terminal control sequences.
@Suite struct HandoutTests {
    static let date = Day("2026-11-21")!

    var demo: Store { try! StoreLoader.load(from: DemoStore.source()).store }

    /// A fixture store whose first offer carries hostile text everywhere.
    var hostile: Store {
        var s = try! Fixture.load().store
        s.offers[0].title = "<script>alert(1)</script> \u{1B}[2J\u{1B}]0;pwned\u{07} & \"Kita\""
        s.offers[0].provider = "Träger ' <b>fett</b>"
        s.offers[0].contact = Offer.Contact(phone: "0211\u{9B}31m 1", email: "a@b.example", web: "javascript:alert(1)")
        s.offers[0].hours = "*Mo* [klick](http://x.example) # 9\u{202E}–12"
        s.offers[0].description = "1. Zeile\n- zwei"
        return s
    }

    func render(_ store: Store, _ ids: [String], _ format: Handout.Format, note: String? = nil, second: String? = nil) throws -> String {
        try Handout.render(store: store, offerIDs: ids, format: format, note: note, secondLanguage: second, date: Self.date)
    }

    @Test func textHasTheOffersContactDataAndNote() throws {
        let s = demo
        let page = try render(s, ["o-0002", "o-0001"], .txt, note: "Termin am Montag")
        let o2 = try #require(s.offer(id: "o-0002"))
        #expect(page.hasPrefix("Angebote für Ihre Familie – Musterstadt\n"))
        #expect(page.contains("Hinweis: Termin am Montag"))
        // In the order given.
        let first = try #require(page.range(of: "1. " + o2.title))
        let second = try #require(page.range(of: "2. " + s.offer(id: "o-0001")!.title))
        #expect(first.lowerBound < second.lowerBound)
        #expect(page.contains(o2.contact!.phone!))
        #expect(page.contains(o2.contact!.email!))
        #expect(page.contains("Öffnungszeiten:"))
        #expect(page.contains("Deutsch, Englisch, Türkisch, Arabisch"))
        #expect(page.contains("kostenlos"))
        #expect(page.contains("Stand: 21.11.2026"))
        #expect(!page.contains("Phone"))
        #expect(page.split(separator: "\n").allSatisfy { TerminalText.width(String($0)) <= Handout.textWidth })
    }

    @Test func secondLanguageLabels() throws {
        let page = try render(demo, ["o-0002"], .txt, second: "en")
        #expect(page.contains("Telefon / Phone: "))
        #expect(page.contains("Sprachen / Languages: Deutsch (German)"))
        #expect(page.contains("Offers for your family"))
        #expect(throws: Handout.Failure.unknownLanguage("tr")) { try render(demo, ["o-0002"], .txt, second: "tr") }
    }

    @Test func unknownArchivedAndNoOffersAreErrors() throws {
        let s = try Fixture.load().store
        #expect(throws: Handout.Failure.unknownOffer("nope")) { try render(s, ["o1", "nope"], .txt) }
        #expect(throws: Handout.Failure.archivedOffer("o4")) { try render(s, ["o4"], .html) }
        #expect(throws: Handout.Failure.noOffers) { try render(s, [], .md) }
    }

    @Test func textAndMarkdownNeverCarryControlCharacters() throws {
        for format in [Handout.Format.txt, .md] {
            let page = try render(hostile, ["o1"], format, note: "Bitte\u{1B}[31m anrufen")
            let unsafe = page.unicodeScalars.filter { TerminalText.isUnsafe($0) && $0 != "\n" }
            #expect(unsafe.isEmpty, "\(format): \(unsafe.map { String($0.value, radix: 16) })")
            // The escape is visible (in Markdown with its own backslash and bracket escaped).
            #expect(page.contains(format == .txt ? "\\x1B[2J" : "\\\\x1B\\[2J"))
        }
        let md = try render(hostile, ["o1"], .md)
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("\\[klick\\](http://x.example)"))  // no link
        #expect(!md.contains("<b>"))
        #expect(md.contains("\n1\\. Zeile - zwei\n"))  // not a numbered list
        #expect(md.contains("15.01.2026"))
    }

    @Test func htmlEscapesEverythingAndIsWellFormed() throws {
        let page = try render(hostile, ["o1", "o2"], .html, note: "<i>Hallo</i>\nbis bald", second: "en")
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<i>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("&amp; &quot;Kita&quot;"))
        #expect(!page.contains("href"))
        #expect(!page.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" })
        #expect(page.contains("<html lang=\"de\">"))
        #expect(page.contains("Telefon / Phone"))
        #expect(page.contains("@page { size: A4"))
        let path = Fixture.temporaryDirectory() + "/handout.html"
        try page.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try SchemaTests.run(["python3", "-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", path])
        #expect(r.status == 0, "\(r.output)")
    }
}
