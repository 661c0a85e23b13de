import Foundation
import Testing
@testable import KetteCore

/// A small, valid store in memory, written by hand so every expected answer is known.
enum Fixture {
    static let store = #"{"format": "kette-store", "version": 1, "municipality": "Teststadt", "locale": "de-DE"}"#

    static let stages = """
    {
      "stages": [
        {"id": "schwanger", "title": "Schwangerschaft", "fromMonths": -9, "toMonths": 0},
        {"id": "baby", "title": "Baby", "fromMonths": 0, "toMonths": 36},
        {"id": "kita", "title": "Kita", "fromMonths": 36, "toMonths": 72},
        {"id": "schule", "title": "Schule", "fromMonths": 72, "toMonths": 300}
      ],
      "transitions": [
        {"id": "t-geburt", "from": "schwanger", "to": "baby", "title": "Geburt"},
        {"id": "t-einschulung", "from": "kita", "to": "schule", "title": "Einschulung"}
      ]
    }
    """

    static let districts = """
    {"districts": [
      {"id": "nord", "name": "Nordstadt", "children": 1200},
      {"id": "sued", "name": "Südstadt", "borough": "Bezirk Süd"}
    ]}
    """

    static let needs = #"{"needs": [{"id": "sprache", "title": "Sprache"}]}"#

    static func offer(_ id: String, title: String, stages: String = #"["kita"]"#, transitions: String = "[]",
                      citywide: Bool = false, districts: String = #"["nord"]"#, languages: String = #"["de"]"#,
                      free: Bool = true, accessible: Bool = false, description: String = "Ein Angebot.",
                      tags: String = "[]", status: String = "active", provider: String = "Träger e.V.",
                      field: String = "bildung") -> String {
        """
        {"id": "\(id)", "title": "\(title)", "provider": "\(provider)", "field": "\(field)",
         "stages": \(stages), "transitions": \(transitions), "citywide": \(citywide), "districts": \(districts),
         "description": "\(description)", "languages": \(languages), "cost": {"free": \(free)},
         "accessible": \(accessible), "tags": \(tags), "updated": "2026-01-15", "status": "\(status)"}
        """
    }

    static let offers = """
    {"offers": [
    \(offer("o1", title: "Sprachförderung in der Kita", languages: #"["de", "tr"]"#, tags: #"["sprache"]"#)),
    \(offer("o2", title: "Familienbüro", stages: #"["baby"]"#, citywide: true, districts: "[]", free: false, accessible: true, description: "Beratung für Mütter und Väter.", field: "soziales")),
    \(offer("o3", title: "Brückengespräch", stages: "[]", transitions: #"["t-einschulung"]"#, districts: #"["sued"]"#, description: "Übergang an der Straße zur Schule.")),
    \(offer("o4", title: "Altes Elterncafé", stages: #"["baby"]"#, status: "archived")),
    \(offer("o5", title: "Elternkurs", stages: #"["baby", "kita"]"#, districts: #"["nord", "sued"]"#, languages: #"["de", "ar"]"#, description: "Für Mütter, Väter und die Elterncafé-Runde."))
    ]}
    """

    static let indicators = """
    {"indicators": [
      {"id": "sgb2", "title": "SGB-II-Quote", "unit": "%", "better": "lower", "source": "Statistik", "stages": ["baby"]}
    ],
     "values": [
      {"indicator": "sgb2", "district": "nord", "year": 2024, "value": 20.5},
      {"indicator": "sgb2", "district": "sued", "year": 2024, "suppressed": true}
    ]}
    """

    static let leitbild = """
    {"title": "Leitbild", "preamble": "Kein Kind zurücklassen.",
     "goals": [{"id": "g1", "title": "Armut mindern", "text": "…", "indicators": ["sgb2"]}],
     "principles": [{"id": "p1", "text": "Vom Kind aus denken"}]}
    """

    static let caseFile = """
    {"id": "c1", "pseudonym": "Familie Ahorn", "district": "nord",
     "children": [{"alias": "Kind A", "birthMonth": "2021-05"}], "needs": ["sprache"], "languages": ["tr"],
     "referrals": [{"offer": "o1", "status": "vorgeschlagen", "created": "2026-01-02", "updated": "2026-01-02"}],
     "owner": "demo", "status": "open", "created": "2026-01-02T10:00:00Z", "updated": "2026-01-02T10:00:00Z",
     "revision": 1}
    """

    static var files: [String: String] {
        ["store.json": store, "stages.json": stages, "districts.json": districts, "needs.json": needs,
         "offers.json": offers, "indicators.json": indicators, "leitbild.json": leitbild, "cases/c1.json": caseFile]
    }

    /// Loads the fixture with some files replaced.
    static func load(_ changes: [String: String?] = [:]) throws -> LoadedStore {
        var f = files
        for (k, v) in changes { f[k] = v }
        return try StoreLoader.load(from: MemoryStoreSource(name: "test", files: f), includeCases: true)
    }

    /// A fresh empty directory under the system's temporary directory.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "kette-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension LoadedStore: CustomTestStringConvertible {
    /// Failure messages show the diagnostics, not the whole store.
    public var testDescription: String { "LoadedStore(\(lines))" }

    /// Diagnostic lines as printed by `kette validate`.
    var lines: [String] { diagnostics.map(\.description) }

    func hasError(file: String, line: Int? = nil, containing text: String) -> Bool {
        errors.contains { d in
            d.file.hasSuffix(file) && (line == nil || d.line == line) && d.description.contains(text)
        }
    }
}
