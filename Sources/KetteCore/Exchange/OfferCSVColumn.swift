/// The columns of the offer CSV file (`kette export --format csv`, `kette import --format csv`).
///
/// Every column has a German header (what the export writes by default) and an English one; the
/// import accepts either, in any case, with German folding and ignoring spaces, hyphens and
/// punctuation (`E-Mail` = `email` = `E Mail`), plus a few common synonyms.
public enum OfferCSVColumn: String, Sendable, CaseIterable, Hashable {
    case id, title, provider, field, stages, transitions, citywide, districts, description, address
    case phone, email, web, languages, free, costNote, accessible, eligibility, hours, tags, updated, status

    public var germanName: String {
        switch self {
        case .id: "ID"
        case .title: "Titel"
        case .provider: "Träger"
        case .field: "Bereich"
        case .stages: "Lebensphasen"
        case .transitions: "Übergänge"
        case .citywide: "Stadtweit"
        case .districts: "Stadtteile"
        case .description: "Beschreibung"
        case .address: "Adresse"
        case .phone: "Telefon"
        case .email: "E-Mail"
        case .web: "Web"
        case .languages: "Sprachen"
        case .free: "Kostenlos"
        case .costNote: "Kostenhinweis"
        case .accessible: "Barrierefrei"
        case .eligibility: "Voraussetzungen"
        case .hours: "Öffnungszeiten"
        case .tags: "Schlagworte"
        case .updated: "Geprüft am"
        case .status: "Status"
        }
    }

    public var englishName: String {
        switch self {
        case .costNote: "cost note"
        default: rawValue
        }
    }

    /// Other header names the import accepts.
    var synonyms: [String] {
        switch self {
        case .id: ["Kennung", "Angebots-ID"]
        case .title: ["Angebot", "Name", "Titel des Angebots"]
        case .provider: ["Anbieter", "Traeger", "Organisation"]
        case .field: ["Handlungsfeld", "Feld", "Fachbereich"]
        case .stages: ["Lebensphase", "Phasen", "stage"]
        case .transitions: ["Übergang", "transition"]
        case .citywide: ["gesamtstädtisch", "city-wide"]
        case .districts: ["Stadtteil", "district", "Sozialraum", "Sozialräume"]
        case .phone: ["Tel", "Tel.", "Telefonnummer", "telephone"]
        case .email: ["Mail", "E-Mail-Adresse"]
        case .web: ["Website", "Webseite", "Internet", "Homepage", "URL"]
        case .languages: ["Sprache", "language"]
        case .free: ["kostenfrei", "gratis", "free of charge"]
        case .costNote: ["Kosten", "Kostenbeitrag", "Gebühren", "cost"]
        case .accessible: ["barrierearm", "rollstuhlgerecht"]
        case .eligibility: ["Zielgruppe", "Voraussetzung", "Zugang"]
        case .hours: ["Sprechzeiten", "Zeiten", "opening hours"]
        case .tags: ["Schlagwörter", "Stichworte", "Stichwörter", "tag"]
        case .updated: ["Stand", "aktualisiert", "geprüft", "last checked", "Datum"]
        default: []
        }
    }

    /// The header name in the given language.
    public func name(_ language: Language) -> String { language == .en ? englishName : germanName }

    /// True for columns that hold a list (one cell, several values).
    public var isList: Bool { [.stages, .transitions, .districts, .languages, .tags].contains(self) }

    /// The column a header cell names, if any.
    public static func named(_ header: String) -> OfferCSVColumn? { lookup[key(header)] }

    private static let lookup: [String: OfferCSVColumn] = {
        var map: [String: OfferCSVColumn] = [:]
        for c in allCases {
            for name in [c.rawValue, c.germanName, c.englishName] + c.synonyms where map[key(name)] == nil {
                map[key(name)] = c
            }
        }
        return map
    }()

    /// Folded, with everything but letters and digits removed.
    static func key(_ header: String) -> String {
        String(decoding: GermanFolding.fold(header.trimmingSpaces()).filter {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80
        }, as: UTF8.self)
    }
}
