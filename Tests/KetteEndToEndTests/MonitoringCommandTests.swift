import Foundation
import Testing
import KetteCore

/// `kette indicators`, `kette indicators import`, `kette gaps` and `kette report`, run as a user would.
@Suite(.serialized) struct MonitoringCommandTests {
    /// A writable copy of the demo.
    func newStore() throws -> String {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        let r = try KetteBinary.run(["init", dir])
        #expect(r.status == 0, "\(r.stderr)")
        return dir
    }

    func contents(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func write(_ text: String, _ name: String = "werte.csv") throws -> String {
        let path = KetteBinary.temporaryDirectory() + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func wellFormed(_ path: String) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", path]
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    // MARK: Printing

    @Test func indicatorsTableFitsEightyColumns() throws {
        let r = try KetteBinary.run(["indicators"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TerminalText.width($0) <= 80 }, "\(lines.filter { TerminalText.width($0) > 80 })")
        #expect(lines.first == "Sozialräumliches Monitoring Musterstadt – neueste Werte je Stadtteil")
        #expect(lines.contains { $0.hasPrefix("Brückenau") && $0.contains("gesperrt") })
        #expect(lines.contains { $0.hasPrefix("Ø Stadt") })
        #expect(r.stdout.contains("[10] Hilfen zur Erziehung"))
        #expect(!r.stdout.contains("\u{1B}"))
        let en = try KetteBinary.run(["indicators", "--lang", "en"])
        #expect(en.stdout.contains("suppressed") && en.stdout.contains("Ø city"))
        // `show` is the default sub-command.
        #expect(try KetteBinary.run(["indicators", "show"]).stdout == r.stdout)
    }

    @Test func indicatorsCSVNeverCarriesASuppressedNumber() throws {
        let r = try KetteBinary.run(["indicators", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first == ["district", "indicator", "year", "value", "suppressed"])
        let rows = lines.dropFirst()
        #expect(rows.count == 700)
        #expect(rows.allSatisfy { $0.count == 5 })
        let suppressed = rows.filter { $0[4] == "true" }
        #expect(suppressed.count == 5)
        #expect(suppressed.allSatisfy { $0[3].isEmpty })
        #expect(rows.filter { $0[4] == "false" }.allSatisfy { Double($0[3]) != nil })
        #expect(try KetteBinary.run(["indicators", "show", "--format", "csv"]).stdout == r.stdout)
    }

    @Test func indicatorsJSON() throws {
        let r = try KetteBinary.run(["indicators", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try JSONParser.parse(r.stdout)
        let indicators = try #require(root["indicators"]?.arrayValue)
        #expect(indicators.count == 10)
        let cells = indicators.flatMap { $0["districts"]?.arrayValue ?? [] }
        #expect(cells.count == 140)
        for c in cells where c["suppressed"]?.boolValue == true { #expect(c["value"] == nil) }
        let series = cells.flatMap { $0["series"]?.arrayValue ?? [] }
        #expect(series.filter { $0["suppressed"]?.boolValue == true }.count == 5)
        #expect(series.filter { $0["suppressed"]?.boolValue == true }.allSatisfy { $0["value"] == nil })
    }

    @Test func gapsInEveryFormat() throws {
        let table = try KetteBinary.run(["gaps"])
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TerminalText.width($0) <= 80 })
        #expect(lines.contains { $0.contains("!") && $0.hasPrefix("↳") })
        let csv = try KetteBinary.run(["gaps", "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "item,title,isTransition,district,local,citywide,level,flagged")
        #expect(rows.count == 1 + 13 * 14)
        let json = try JSONParser.parse(try KetteBinary.run(["gaps", "--format", "json"]).stdout)
        let flagged = try #require(json["cells"]?.arrayValue).filter { $0["flagged"]?.boolValue == true }
        #expect(flagged.count == rows.filter { $0.hasSuffix(",true") }.count)
        #expect(!flagged.isEmpty)
        // The table marks exactly the flagged cells.
        #expect(table.stdout.components(separatedBy: "!").count - 1 - 1 == flagged.count)  // one "!" in the legend
    }

    // MARK: Import

    @Test func dryRunShowsEverythingAndWritesNothing() throws {
        let dir = try newStore()
        let before = try contents(dir + "/indicators.json")
        let csv = try write("Stadtteil;Jahr;Indikator;Wert\nAltstadt;2026;SGB-II-Quote unter 15 Jahren;21,5\naltstadt;2025;sgb2-u15;23\nbrueckenau;2025;uebergang-gym;gesperrt\n")
        let r = try KetteBinary.run(["indicators", "import", csv, "--dry-run", "--store", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Zeile 2: neu       SGB-II-Quote unter 15 Jahren · Altstadt · 2026: 21,5"), "\(r.stdout)")
        #expect(r.stdout.contains("Zeile 3: geändert  SGB-II-Quote unter 15 Jahren · Altstadt · 2025: 22,8 → 23"))
        #expect(r.stdout.contains("1 neu, 1 geändert, 1 unverändert."))
        #expect(r.stdout.contains("Probelauf: nichts wurde geschrieben."))
        #expect(try contents(dir + "/indicators.json") == before)
    }

    @Test func importWritesAndIncrementsTheRevision() throws {
        let dir = try newStore()
        let csv = try write("district,year,indicator,value\naltstadt,2026,sgb2-u15,\"21,5\"\nbahnhofsviertel,2026,sgb2-u15,x\n")
        let r = try KetteBinary.run(["indicators", "import", csv, "--store", dir, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 values imported into \(dir)/indicators.json (revision 1)."), "\(r.stdout)")
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.isValid)
        #expect(loaded.store.meta[.indicators]?.revision == 1)
        #expect(loaded.store.values.contains(IndicatorValue(indicator: "sgb2-u15", district: "altstadt", year: 2026, value: 21.5)))
        #expect(loaded.store.values.contains(IndicatorValue(indicator: "sgb2-u15", district: "bahnhofsviertel", year: 2026,
                                                            value: nil, suppressed: true)))
        #expect(try KetteBinary.run(["validate", "--store", dir]).status == 0)
        let out = try KetteBinary.run(["indicators", "--format", "csv", "--store", dir]).stdout
        #expect(out.contains("altstadt,sgb2-u15,2026,21.5,false"))
        #expect(out.contains("bahnhofsviertel,sgb2-u15,2026,,true"))
        // The same file again changes nothing and writes nothing.
        let again = try KetteBinary.run(["indicators", "import", csv, "--store", dir])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nichts zu importieren"))
        #expect(try StoreLoader.load(from: DirectoryStoreSource(path: dir)).store.meta[.indicators]?.revision == 1)
    }

    @Test func aBadRowStopsTheWholeImport() throws {
        let dir = try newStore()
        let before = try contents(dir + "/indicators.json")
        let csv = try write("district;year;indicator;value\naltstadt;2026;sgb2-u15;1\nWeststadt;2026;sgb2-u15;2\naltstadt;20x4;sgb2-u15;3\naltstadt;2027;sgb2-u15;abc\n")
        let de = try KetteBinary.run(["indicators", "import", csv, "--store", dir])
        #expect(de.status == 1)
        #expect(de.stderr.contains("Zeile 3: unbekannter Stadtteil „Weststadt“"), "\(de.stderr)")
        #expect(de.stderr.contains("Nichts importiert: 3 Zeilen haben Fehler."))
        let en = try KetteBinary.run(["indicators", "import", csv, "--store", dir, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stderr.contains("line 3: unknown district \"Weststadt\""))
        #expect(en.stderr.contains("line 4: year \"20x4\" is not a year"))
        #expect(en.stderr.contains("line 5: value \"abc\" is not a number"))
        #expect(en.stdout.contains("1 new, 0 changed, 0 unchanged, 3 rows rejected."))
        let dry = try KetteBinary.run(["indicators", "import", csv, "--store", dir, "--dry-run"])
        #expect(dry.status == 1)
        #expect(dry.stdout.contains("Zeile 2: neu"))
        #expect(try contents(dir + "/indicators.json") == before)
    }

    @Test func theDemoIsReadOnly() throws {
        let csv = try write("district;year;indicator;value\naltstadt;2026;sgb2-u15;1\n")
        let r = try KetteBinary.run(["indicators", "import", csv])
        #expect(r.status != 0)
        #expect(r.stderr.contains("Der Demo-Datenbestand ist schreibgeschützt"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        // A dry run on the demo checks the file and says it wrote nothing.
        let dry = try KetteBinary.run(["indicators", "import", csv, "--dry-run", "--lang", "en"])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("line 2: new") && dry.stdout.contains("Dry run: nothing was written."))
    }

    @Test func aMissingFileIsAnError() throws {
        let dir = try newStore()
        let r = try KetteBinary.run(["indicators", "import", dir + "/nope.csv", "--store", dir, "--lang", "en"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("nope.csv: cannot be read: No such file or directory"))
    }

    // MARK: Report

    @Test func reportWritesHTMLAndMarkdownFiles() throws {
        let dir = try newStore()
        let html = KetteBinary.temporaryDirectory() + "/bericht.html"
        let r = try KetteBinary.run(["report", "--format", "html", "-o", html, "--date", "2026-05-14", "--store", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Bericht geschrieben: \(html)\n")
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(try wellFormed(html) == 0)
        #expect(text.contains("Präventionskette Musterstadt") && text.contains("Stand: 14. Mai 2026"))
        #expect(text.contains("<svg") && text.contains("@page") && !text.contains("http"))
        let md = KetteBinary.temporaryDirectory() + "/bericht.md"
        let m = try KetteBinary.run(["report", "--format", "md", "--output", md, "--date", "2026-05-14", "--lang", "en"])
        #expect(m.status == 0, "\(m.stderr)")
        let mdText = try String(contentsOfFile: md, encoding: .utf8)
        #expect(mdText.hasPrefix("# Prevention chain Musterstadt\n"))
        #expect(mdText.contains("As of 14 May 2026") && mdText.contains("suppressed"))
        // Without -o the report goes to standard output.
        let out = try KetteBinary.run(["report", "--format", "md", "--date", "2026-05-14"])
        #expect(out.status == 0 && out.stdout.hasPrefix("# Präventionskette Musterstadt"))
    }

    @Test func reportRefusesABadDate() throws {
        let r = try KetteBinary.run(["report", "--date", "14.05.2026"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--date muss ein Datum JJJJ-MM-TT sein"))
        #expect(r.stdout.isEmpty)
    }
}
