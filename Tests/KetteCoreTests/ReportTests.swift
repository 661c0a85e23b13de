import Foundation
import Testing
@testable import KetteCore
import KetteDemo

/// The committee report on a hand-made store whose numbers are known:
///
/// - districts nord (100 children), a hostile name "evil" (100) and sued (200);
/// - sgb2 (lower is better) 2023: 20 / 30 / 10 → average (2000 + 3000 + 2000) / 400 = 17.5;
///   2024: 22 / 34 / suppressed (the source carries 77.7, which must never appear) → (2200 + 3400) / 200 = 28.0;
/// - kita (higher is better) 2024: 60 / 40 / 50 → (6000 + 4000 + 10000) / 400 = 50.0;
/// - so "evil" is worse on both (strained, and without local offers: flagged), nord better on both.
enum ReportFixture {
    static let evilName = #"Nord<script>alert("x")</script> & Co | Süd"#

    static var files: [String: String] {
        var files = Fixture.files
        files["store.json"] = #"{"format": "kette-store", "version": 1, "municipality": "Teststadt & <Umland>", "locale": "de-DE"}"#
        files["districts.json"] = """
            {"districts": [
              {"id": "nord", "name": "Nordstadt", "children": 100},
              {"id": "evil", "name": "Nord<script>alert(\\"x\\")</script> & Co | Süd", "children": 100},
              {"id": "sued", "name": "Südstadt", "children": 200}
            ]}
            """
        files["indicators.json"] = """
            {"indicators": [
              {"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "BA", "stages": ["baby"],
               "description": "Kinder in Bedarfsgemeinschaften."},
              {"id": "kita", "title": "Kita-Besuch & Förderung", "unit": "%", "better": "higher", "source": "Jugendamt", "stages": ["kita"]}
             ],
             "values": [
              {"indicator": "sgb2", "district": "nord", "year": 2023, "value": 20},
              {"indicator": "sgb2", "district": "evil", "year": 2023, "value": 30},
              {"indicator": "sgb2", "district": "sued", "year": 2023, "value": 10},
              {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 22},
              {"indicator": "sgb2", "district": "evil", "year": 2024, "value": 34},
              {"indicator": "sgb2", "district": "sued", "year": 2024, "value": 77.7, "suppressed": true},
              {"indicator": "kita", "district": "nord", "year": 2024, "value": 60},
              {"indicator": "kita", "district": "evil", "year": 2024, "value": 40},
              {"indicator": "kita", "district": "sued", "year": 2024, "value": 50}
            ]}
            """
        return files
    }

    static var store: Store { try! StoreLoader.load(from: MemoryStoreSource(name: "t", files: files)).store }

    static let date = Day("2026-05-14")!

    /// Runs python3's XML parser over the text (the report must be well-formed XHTML) and checks
    /// that no element loads anything from outside. Returns python's complaint, or nil.
    static func xmlProblems(_ html: String) throws -> String? {
        let path = NSTemporaryDirectory() + "kette-report-\(UUID().uuidString).html"
        try html.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
            import sys, xml.etree.ElementTree as E
            root = E.parse(sys.argv[1]).getroot()
            assert root.tag == "html", root.tag
            assert root.find("head/title") is not None and root.find("head/style") is not None
            assert root.find("head/meta[@charset]") is not None
            for e in root.iter():
                assert e.tag not in ("link", "script", "img", "iframe", "object", "embed"), e.tag
                for k, v in e.attrib.items():
                    assert k not in ("src", "srcset"), k
                    assert not (k == "href" and not v.startswith("#")), v
            print(sum(1 for e in root.iter() if e.tag == "svg"))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus != 0 { return String(decoding: errData, as: UTF8.self) }
        return Int(String(decoding: outData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 > 0 ? nil : "no svg" } ?? "no count"
    }
}

@Suite struct ReportTests {
    typealias F = ReportFixture

    var html: String { CommitteeReport(store: F.store, date: F.date).html() }
    var markdown: String { CommitteeReport(store: F.store, date: F.date).markdown() }

    @Test func htmlIsWellFormedXHTMLWithoutExternalAssets() throws {
        let html = self.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"de\">"))
        #expect(try F.xmlProblems(html) == nil)
        for forbidden in ["<link", "<script", "src=", "http://", "https://", "url(", "@import", "@font-face"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("<meta charset=\"utf-8\" />"))
    }

    @Test func htmlIsPrintableOnA4() {
        let html = self.html
        #expect(html.contains("@page { size: A4; margin: 15mm; }"))
        #expect(html.contains("break-before: page"))
        #expect(html.contains("break-inside: avoid"))
        #expect(html.contains("print-color-adjust: exact"))
    }

    @Test func htmlHasTheWholeStory() throws {
        let html = self.html
        let store = F.store
        #expect(html.contains("<title>Präventionskette Teststadt &amp; &lt;Umland&gt;</title>"))
        #expect(html.contains("Stand: 14. Mai 2026"))
        for s in store.stages { #expect(html.contains(HTMLBuilder.escape(s.title)), "\(s.title)") }
        for t in store.transitions { #expect(html.contains(HTMLBuilder.escape(t.title)), "\(t.title)") }
        for i in store.indicators { #expect(html.contains(HTMLBuilder.escape(i.title)), "\(i.title)") }
        #expect(html.contains("Kita-Besuch &amp; Förderung"))
        for fact in ["4 Lebensphasen", "2 Übergänge", "3 Stadtteile", "4 aktive Angebote", "2 Indikatoren"] {
            #expect(html.contains(fact), "\(fact)")
        }
        // Chain with offer counts: Baby has o2 (city-wide) and o5; archived o4 is not counted.
        let lines = html.split(separator: "\n").map(String.init)
        let baby = try #require(lines.first { $0.contains("<td>Baby</td>") })
        #expect(baby.contains("<td class=\"num\">2</td>"))
        // Averages: 2023 17.5, 2024 28.0 (sgb2); 50.0 (kita).
        #expect(html.contains("Durchschnitt der Stadt 2024: 28,0 %"))
        #expect(html.contains("Durchschnitt der Stadt 2024: 50,0 %"))
        #expect(html.contains(">17,5</text>"))
        // Leitbild: the goal with its indicator's latest average and trend, and the principle.
        #expect(html.contains("Armut mindern"))
        #expect(html.contains("SGB-II-Quote: Ø 28,0 % (2024), Trend: ↗ steigt – verschlechtert sich"))
        #expect(html.contains("Vom Kind aus denken"))
        #expect(html.contains("<svg"))
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2 + 2 * 2)  // multiples + line + bars
    }

    @Test func suppressedValuesShowAsGesperrtNeverAsANumber() {
        let html = self.html
        #expect(html.contains("<tr><th>Südstadt</th><td class=\"num suppressed\">gesperrt</td>"))
        #expect(html.contains("class=\"muted\">gesperrt</text>"))  // in the bar chart
        for leak in ["77,7", "77.7"] { #expect(!html.contains(leak), "\(leak)") }
        let md = markdown
        #expect(md.contains("| Südstadt | gesperrt | 2024 |"))
        for leak in ["77,7", "77.7", "77"] { #expect(!md.contains(leak), "\(leak)") }
    }

    @Test func assessmentSymbolsTrendsAndFlaggedGaps() {
        let html = self.html
        let evil = HTMLBuilder.escape(F.evilName)
        // evil: 34 against 28.0 → worse; 2023 → 2024 rising, which is worsening for sgb2.
        #expect(html.contains("<tr><th>\(evil)</th><td class=\"num\">34</td><td class=\"num\">2024</td><td class=\"a-worse\">− schlechter</td><td class=\"worsening\">↗ steigt – verschlechtert sich</td><td class=\"num\">28,0</td></tr>"))
        #expect(html.contains("<td class=\"a-better\">+ besser</td>"))
        // evil is strained and has no local offers: its cells are flagged with symbol and colour.
        #expect(html.contains("<th class=\"vert strained\"><span>\(evil) *</span></th>"))
        #expect(html.contains("class=\"flag\""))
        #expect(html.contains(">0 !</td>"))
        #expect(html.contains("td.flag"))
        #expect(html.contains("mindestens die Hälfte seiner Indikatoren"))
        #expect(html.contains("höchstens 2"))
        #expect(html.contains("6 Lücken markiert in 1 belasteten Stadtteil."))
    }

    @Test func storeTextIsEscaped() throws {
        let html = self.html
        #expect(html.contains("Nord&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co | Süd"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("& Co"))
        let md = markdown
        #expect(md.contains(#"Nord&lt;script&gt;alert("x")&lt;/script&gt; &amp; Co \| Süd"#))
        #expect(!md.contains("<script"))
        // Control characters never reach the file (they are not even allowed in XML).
        var store = F.store
        store.districts[0].name = "Nord\u{1B}[31mstadt\u{7}"
        let report = CommitteeReport(store: store, date: F.date).html()
        #expect(!report.contains("\u{1B}") && report.contains("Nord\\x1B[31mstadt\\x07"))
        #expect(try F.xmlProblems(report) == nil)
    }

    @Test func markdownHasTheSameContentAsTables() throws {
        let md = markdown
        let store = F.store
        #expect(md.hasPrefix("# Präventionskette Teststadt &amp; &lt;Umland&gt;\n"))
        #expect(md.contains("Stand: 14. Mai 2026"))
        for s in store.stages { #expect(md.contains(MD.escape(s.title))) }
        for i in store.indicators { #expect(md.contains(MD.escape(i.title))) }
        #expect(md.contains("SGB-II-Quote: Ø 28,0 % (2024), Trend: ↗ steigt – verschlechtert sich"))
        #expect(md.contains("**0 !**"))
        #expect(!md.contains("<svg"))
        // Every table row has as many cells as its header (escaped pipes are not separators).
        func cells(_ line: Substring) -> Int {
            var n = 0, previous: Character = " "
            for c in line { if c == "|" && previous != "\\" { n += 1 }; previous = c }
            return n
        }
        var header: Int?
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { header = nil; continue }
            if let h = header { #expect(cells(line) == h, "\(line)") } else { header = cells(line) }
        }
        // The legend paragraph starts with "+": escaped so that it does not become a list.
        #expect(md.contains("\n\\+ besser als der Durchschnitt"))
    }

    @Test func englishReport() throws {
        let report = CommitteeReport(store: F.store, date: F.date, text: .english)
        let html = report.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("As of 14 May 2026"))
        #expect(html.contains("City average 2024: 28.0 %"))
        #expect(html.contains(">suppressed</td>"))
        #expect(try F.xmlProblems(html) == nil)
        #expect(report.render(.md).contains("| Südstadt | suppressed | 2024 |"))
    }

    @Test func theDemoReportIsWellFormed() throws {
        let store = try StoreLoader.load(from: DemoStore.source()).store
        let report = CommitteeReport(store: store, date: F.date)
        let html = report.html()
        #expect(try F.xmlProblems(html) == nil)
        for s in store.stages { #expect(html.contains(HTMLBuilder.escape(s.title))) }
        for i in store.indicators { #expect(html.contains(HTMLBuilder.escape(i.title))) }
        #expect(html.contains("gesperrt"))
        #expect(!html.contains("http"))
        #expect(report.markdown().contains("Musterstadt"))
    }

    @Test func anEmptyStoreStillMakesAReport() throws {
        let store = StoreWriter.emptyStore(municipality: "Neustadt")
        let report = CommitteeReport(store: store, date: F.date)
        let html = report.html()
        #expect(try F.xmlProblems(html) == nil)
        #expect(html.contains("Der Datenbestand enthält keine Indikatoren."))
        #expect(html.contains("Keine Stadtteile oder Lebensphasen im Datenbestand."))
        #expect(report.markdown().contains("Neustadt"))
    }

    @Test func numberFormatting() {
        #expect(ReportText.german.number(28, decimals: 1) == "28,0")
        #expect(ReportText.english.number(1234.5678, decimals: 2) == "1234.57")
        #expect(ReportText.german.number(-0.04, decimals: 1) == "0,0")
        #expect(MonitoringFormat.decimals([1, 2.5, 3.25]) == 2)
        #expect(MonitoringFormat.decimals([10, 20]) == 0)
        #expect(MonitoringFormat.decimals([1.23456]) == 2)
        #expect(MonitoringFormat.plain(20) == "20" && MonitoringFormat.plain(20.5) == "20.5")
        #expect(ReportText.german.longDate(Day("2026-03-01")!) == "1. März 2026")
    }
}
