import ArgumentParser
import KetteCore

/// The offer filters of `list`, `search` and `stages`.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only offers for this life stage (id, see `kette stages`).", valueName: "ID"))
    var stage: String?
    @Option(help: ArgumentHelp("Only offers for this transition (id).", valueName: "ID"))
    var transition: String?
    @Option(help: ArgumentHelp("Only offers available in this district (listed there or city-wide).", valueName: "ID"))
    var district: String?
    @Option(help: ArgumentHelp("Only this field: gesundheit, bildung, jugendhilfe, soziales.", valueName: "FIELD"))
    var field: String?
    @Option(help: ArgumentHelp("Only offers in this language (ISO 639-1, e.g. tr).", valueName: "CODE"))
    var language: String?
    @Flag(help: "Only offers free of charge.")
    var free = false
    @Flag(help: "Only barrier-free offers.")
    var accessible = false
    @Flag(help: "Include archived offers.")
    var all = false

    /// The filter, with every id checked against the store; a wrong one is named in `interface`.
    func filter(in store: Store, interface: Language) throws -> OfferFilter {
        let de = interface == .de
        func unknown(_ german: String, _ english: String, _ value: String, _ known: [String]) -> CLIError {
            let v = TerminalText.escaped(value), list = TerminalText.escaped(known.joined(separator: ", "))
            return CLIError(de ? "\(german) „\(v)“; bekannt: \(list)" : "unknown \(english) \"\(v)\"; known: \(list)")
        }
        func check(_ id: String?, _ german: String, _ english: String, _ known: [String]) throws {
            if let id, !known.contains(id) { throw unknown(german, english, id, known) }
        }
        try check(stage, "unbekannte Lebensphase", "stage", store.stages.map(\.id))
        try check(transition, "unbekannter Übergang", "transition", store.transitions.map(\.id))
        try check(district, "unbekannter Stadtteil", "district", store.districts.map(\.id))
        var f: Field?
        if let field {
            guard let value = Field(rawValue: field.lowercased()) else {
                throw unknown("unbekannter Bereich", "field", field, Field.allCases.map(\.rawValue))
            }
            f = value
        }
        if let language, !Identifier.isLanguageCode(language) {
            let l = TerminalText.escaped(language)
            throw CLIError(de ? "„\(l)“ ist kein ISO-639-1-Sprachcode (zwei Kleinbuchstaben, z. B. tr)"
                              : "\"\(l)\" is not an ISO 639-1 code (two lowercase letters, e.g. tr)")
        }
        return OfferFilter(stage: stage, transition: transition, district: district, field: f, language: language,
                           freeOnly: free, accessibleOnly: accessible, includeArchived: all)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}
