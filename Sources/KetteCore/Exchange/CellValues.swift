/// Reading the values people type into spreadsheet cells: yes/no, dates, lists, fields, statuses.
enum CellValues {
    /// `ja`/`nein`, `yes`/`no`, `true`/`false`, `wahr`/`falsch`, `x`/empty, `1`/`0` (any case).
    /// Empty is `false`; nil when the text is none of these.
    static func bool(_ text: String) -> Bool? {
        let key = text.trimmingSpaces().lowercased()
        if yesWords.contains(key) { return true }
        if noWords.contains(key) { return false }
        return nil
    }

    /// Compared lowercased, not folded (German folding would turn "true" into "tru").
    private static let yesWords: Set<String> = ["ja", "j", "yes", "y", "true", "wahr", "x", "1"]
    private static let noWords: Set<String> = ["nein", "n", "no", "false", "falsch", "", "0", "-"]

    /// `YYYY-MM-DD` or the German `D.M.YYYY` / `DD.MM.YYYY` (what Excel writes for a date cell).
    static func day(_ text: String) -> Day? {
        let t = text.trimmingSpaces()
        if let d = Day(t) { return d }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// The values of a list cell: separated by `,`, `;`, `|` or line breaks, each trimmed; empty ones dropped.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" || $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The field named by its id or German or English label.
    static func field(_ text: String) -> Field? {
        let key = GermanFolding.foldToString(text.trimmingSpaces())
        for f in Field.allCases where key == GermanFolding.foldToString(f.rawValue)
            || key == GermanFolding.foldToString(fieldLabel(f, .de)) || key == GermanFolding.foldToString(fieldLabel(f, .en)) {
            return f
        }
        let aliases: [String: Field] = ["health": .gesundheit, "education": .bildung, "bildung und schule": .bildung,
                                        "kinder- und jugendhilfe": .jugendhilfe, "youth welfare": .jugendhilfe,
                                        "social services": .soziales, "soziale dienste": .soziales]
        return aliases[key]
    }

    /// A field's label (the taxonomy term name in HSDS, the cell text of the CSV export is the id).
    static func fieldLabel(_ f: Field, _ language: Language) -> String {
        switch (f, language) {
        case (.gesundheit, .de): "Gesundheit"
        case (.bildung, .de): "Bildung"
        case (.jugendhilfe, .de): "Kinder- und Jugendhilfe"
        case (.soziales, .de): "Soziales"
        case (.gesundheit, .en): "Health"
        case (.bildung, .en): "Education"
        case (.jugendhilfe, .en): "Child and youth welfare"
        case (.soziales, .en): "Social services"
        }
    }

    /// `active`/`aktiv` (also empty), `archived`/`archiviert`.
    static func status(_ text: String) -> Offer.Status? {
        let key = text.trimmingSpaces().lowercased()
        if ["", "active", "aktiv"].contains(key) { return .active }
        if ["archived", "archiviert", "archiv", "inaktiv", "inactive"].contains(key) { return .archived }
        return nil
    }

    /// A language code, or a language's German or English name (`Türkisch`, `Turkish` → `tr`).
    static func language(_ text: String) -> String? {
        let t = text.trimmingSpaces()
        if Identifier.isLanguageCode(t.lowercased()), t.count == 2 { return t.lowercased() }
        return LanguageNames.code(forName: t)
    }
}
