/// German and English names of the languages offers are commonly available in (ISO 639-1 codes).
public enum LanguageNames {
    static let table: [(code: String, de: String, en: String)] = [
        ("de", "Deutsch", "German"), ("en", "Englisch", "English"), ("tr", "Türkisch", "Turkish"),
        ("ar", "Arabisch", "Arabic"), ("uk", "Ukrainisch", "Ukrainian"), ("ru", "Russisch", "Russian"),
        ("pl", "Polnisch", "Polish"), ("ro", "Rumänisch", "Romanian"), ("bg", "Bulgarisch", "Bulgarian"),
        ("fa", "Persisch", "Persian"), ("ku", "Kurdisch", "Kurdish"), ("fr", "Französisch", "French"),
        ("es", "Spanisch", "Spanish"), ("it", "Italienisch", "Italian"), ("el", "Griechisch", "Greek"),
        ("sq", "Albanisch", "Albanian"), ("sr", "Serbisch", "Serbian"), ("hr", "Kroatisch", "Croatian"),
        ("bs", "Bosnisch", "Bosnian"), ("ps", "Paschtu", "Pashto"), ("ti", "Tigrinya", "Tigrinya"),
        ("so", "Somali", "Somali"), ("vi", "Vietnamesisch", "Vietnamese"), ("zh", "Chinesisch", "Chinese"),
        ("pt", "Portugiesisch", "Portuguese"), ("nl", "Niederländisch", "Dutch"), ("hu", "Ungarisch", "Hungarian"),
        ("cs", "Tschechisch", "Czech"), ("ur", "Urdu", "Urdu"), ("hi", "Hindi", "Hindi"), ("ta", "Tamil", "Tamil"),
    ]

    private static let byCode: [String: (de: String, en: String)] = {
        var m: [String: (de: String, en: String)] = [:]
        for row in table { m[row.code] = (row.de, row.en) }
        return m
    }()

    /// The language's name in German or English; the code itself when Kette does not know it.
    public static func name(_ code: String, in language: Language) -> String {
        guard let names = byCode[code] else { return code }
        return language == .en ? names.en : names.de
    }

    /// Whether Kette knows a name for the code.
    public static func isKnown(_ code: String) -> Bool { byCode[code] != nil }

    /// The code for a German or English language name (case-insensitive, German folding).
    public static func code(forName name: String) -> String? {
        let key = GermanFolding.foldToString(name.trimmingSpaces())
        return table.first { GermanFolding.foldToString($0.de) == key || GermanFolding.foldToString($0.en) == key }?.code
    }
}
