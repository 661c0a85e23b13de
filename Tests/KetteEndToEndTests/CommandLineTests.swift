import Foundation
import Testing
import KetteCore

/// The non-interactive commands, run as a script would run them.
@Suite(.serialized) struct CommandLineTests {
    @Test func validateAcceptsTheDemo() throws {
        let r = try KetteBinary.run(["validate"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("Keine Fehler, 0 Warnungen"))
    }

    @Test func validateReportsEveryProblemWithPosition() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let offers = dir + "/offers.json"
        var text = try String(contentsOfFile: offers, encoding: .utf8)
        // Break a reference in the first offer and the syntax of nothing else.
        let range = try #require(text.range(of: "\"stages\": ["))
        text.replaceSubrange(range, with: "\"stages\": [\"mond\", ")
        try text.write(toFile: offers, atomically: true, encoding: .utf8)
        try "{\"districts\": [}".write(toFile: dir + "/districts.json", atomically: true, encoding: .utf8)
        let before = try String(contentsOfFile: offers, encoding: .utf8)
        let r = try KetteBinary.run(["validate", "--store", dir])
        #expect(r.status == 1)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(dir)/offers.json:3:") && $0.contains("unknown stage \"mond\"") }, "\(lines.prefix(5))")
        #expect(lines.contains { $0 == "\(dir)/districts.json:1:16: error: expected a value (object, array, string, number, true, false or null), found '}'" },
                "\(lines.prefix(5))")
        // A failed load writes nothing.
        #expect(try String(contentsOfFile: offers, encoding: .utf8) == before)
    }

    @Test func newerStoreVersionIsRefused() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", "--empty", dir]).status == 0)
        try #"{"format": "kette-store", "version": 9, "municipality": "X", "locale": "de-DE"}"#
            .write(toFile: dir + "/store.json", atomically: true, encoding: .utf8)
        let r = try KetteBinary.run(["list", "--store", dir])
        #expect(r.status != 0)
        #expect(r.stderr.contains("hat Version 9, dieses Programm versteht nur bis Version 1"), "\(r.stderr)")
        #expect(r.stderr.contains("bitte Kette aktualisieren – der Datenbestand wurde nicht verändert"))
        #expect(r.stdout.isEmpty)
        let english = try KetteBinary.run(["list", "--store", dir, "--lang", "en"])
        #expect(english.status != 0 && english.stderr.contains("version 9 is newer"), "\(english.stderr)")
    }

    @Test func listFiltersAndFitsEightyColumns() throws {
        let r = try KetteBinary.run(["list", "--stage", "kita", "--district", "altstadt", "--free"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { TerminalText.width(String($0)) <= 80 })
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func listJSONIsTheStoresOwnFormat() throws {
        let r = try KetteBinary.run(["list", "--language", "tr", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let node = try JSONParser.parse(r.stdout)
        let offers = try #require(node.arrayValue)
        #expect(!offers.isEmpty)
        for o in offers {
            #expect(o["languages"]?.arrayValue?.contains { $0.stringValue == "tr" } == true)
            #expect(o["status"]?.stringValue == "active")
            #expect(o["cost"]?["free"]?.boolValue != nil)
        }
        // The same filter in the core gives the same offers.
        let all = try KetteBinary.run(["list", "--all", "--format", "json"])
        let archived = try #require(JSONParser.parse(all.stdout).arrayValue).filter { $0["status"]?.stringValue == "archived" }
        #expect(!archived.isEmpty)
    }

    @Test func theTableMarksArchivedOffersWhenTheyAreIncluded() throws {
        let json = try KetteBinary.run(["list", "--all", "--format", "json"])
        let archivedOffers = try #require(JSONParser.parse(json.stdout).arrayValue)
            .filter { $0["status"]?.stringValue == "archived" }
        let archived = archivedOffers.compactMap { $0["id"]?.stringValue }
        let first = try #require(archived.first)
        let title = try #require(archivedOffers.first?["title"]?.stringValue)
        let table = try KetteBinary.run(["list", "--all"])
        #expect(table.status == 0, "\(table.stderr)")
        let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix(first + " ") })
        #expect(row.contains("archiviert: "), "\(row)")
        // Active offers carry no mark; without --all archived offers are not listed at all.
        #expect(table.stdout.split(separator: "\n").filter { $0.contains("archiviert: ") }.count == archived.count)
        let active = try KetteBinary.run(["list"])
        #expect(!active.stdout.contains("archiviert") && !active.stdout.contains(first + " "))
        let english = try KetteBinary.run(["search", "--all", "--lang", "en", title])
        let rows = english.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty, "\(english.stdout)\(english.stderr)")
        for row in rows {
            let id = String(row.prefix { $0 != " " })
            #expect(row.contains("archived: ") == archived.contains(id), "\(row)")
        }
    }

    @Test func unknownFilterValuesAreErrors() throws {
        let r = try KetteBinary.run(["list", "--stage", "mond"])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("Fehler: unbekannte Lebensphase „mond“; bekannt: "), "\(r.stderr)")
        #expect(r.stderr.contains("kita"))
        let en = try KetteBinary.run(["list", "--stage", "mond", "--lang", "en"])
        #expect(en.status != 0 && en.stderr.hasPrefix("Error: unknown stage \"mond\"; known: ") && en.stderr.contains("kita"), "\(en.stderr)")
        let district = try KetteBinary.run(["search", "Kita", "--district", "mitte"])
        #expect(district.stderr.hasPrefix("Fehler: unbekannter Stadtteil „mitte“"), "\(district.stderr)")
        let field = try KetteBinary.run(["stages", "--field", "sport"])
        #expect(field.stderr == "Fehler: unbekannter Bereich „sport“; bekannt: gesundheit, bildung, jugendhilfe, soziales\n", "\(field.stderr)")
        let language = try KetteBinary.run(["list", "--language", "Türkisch"])
        #expect(language.stderr == "Fehler: „Türkisch“ ist kein ISO-639-1-Sprachcode (zwei Kleinbuchstaben, z. B. tr)\n", "\(language.stderr)")
    }

    @Test func searchFoldsUmlauts() throws {
        let a = try KetteBinary.run(["search", "Familienhebamme", "--format", "json"])
        let b = try KetteBinary.run(["search", "familienhebame", "--format", "json"])
        let c = try KetteBinary.run(["search", "FAMILIENHEBAMME", "--format", "json"])
        #expect(a.status == 0, "\(a.stderr)")
        let ids = try #require(JSONParser.parse(a.stdout).arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(!ids.isEmpty)
        #expect(try #require(JSONParser.parse(c.stdout).arrayValue).compactMap { $0["id"]?.stringValue } == ids)
        #expect(b.status == 1)  // a typo that is not a folding finds nothing, and says so
        #expect(b.stderr.contains("Keine Angebote"))
        #expect(try JSONParser.parse(b.stdout).arrayValue?.isEmpty == true)
        let umlaut = try KetteBinary.run(["search", "Elterncafe", "--format", "json"])
        let umlautIDs = try #require(JSONParser.parse(umlaut.stdout).arrayValue)
        #expect(umlautIDs.contains { $0["title"]?.stringValue?.contains("Elterncafé") == true })
    }

    @Test func showPrintsOneOfferInFull() throws {
        let list = try KetteBinary.run(["list", "--format", "json"])
        let first = try #require(JSONParser.parse(list.stdout).arrayValue?.first)
        let id = try #require(first["id"]?.stringValue)
        let text = try KetteBinary.run(["show", id])
        #expect(text.status == 0)
        #expect(text.stdout.contains(try #require(first["title"]?.stringValue)))
        #expect(text.stdout.contains("Anbieter:"))
        let json = try KetteBinary.run(["show", id, "--format", "json"])
        #expect(try JSONParser.parse(json.stdout) == first)
        let english = try KetteBinary.run(["show", id, "--lang", "en"])
        #expect(english.stdout.contains("Provider:"))
        let missing = try KetteBinary.run(["show", "gibt-es-nicht"])
        #expect(missing.status != 0 && missing.stderr.contains("gibt-es-nicht"))
    }

    @Test func stagesPrintsTheChainInOrderWithCounts() throws {
        let r = try KetteBinary.run(["stages"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let pregnancy = try #require(lines.firstIndex { $0.contains("Schwangerschaft und Geburt") })
        let career = try #require(lines.firstIndex { $0.contains("Übergang Schule–Beruf") })
        #expect(pregnancy < career)
        #expect(lines.contains { $0.contains("↳") && $0.contains("Einschulung") && $0.contains("Angebote") })
        let json = try JSONParser.parse(try KetteBinary.run(["stages", "--format", "json"]).stdout)
        #expect(json["stages"]?.arrayValue?.first?["offers"]?.intValue ?? 0 > 0)
    }

    @Test func storeComesFromOptionOrEnvironment() throws {
        let dir = KetteBinary.temporaryDirectory() + "/leer"
        #expect(try KetteBinary.run(["init", "--empty", "--municipality", "Neustadt", dir]).status == 0)
        let byOption = try KetteBinary.run(["stages", "--store", dir])
        #expect(byOption.stdout.contains("Neustadt"))
        let byEnv = try KetteBinary.run(["stages"], environment: ["KETTE_STORE": dir])
        #expect(byEnv.stdout.contains("Neustadt"))
        let demo = try KetteBinary.run(["stages"])
        #expect(demo.stdout.contains("Musterstadt"))
        // init never overwrites.
        let again = try KetteBinary.run(["init", dir])
        #expect(again.status != 0 && again.stderr.contains("gibt es schon und ist nicht leer"), "\(again.stderr)")
    }
}
