extension Strings {
    /// German, the default.
    public static let german = Strings(
        fieldNames: [.gesundheit: "Gesundheit", .bildung: "Bildung", .jugendhilfe: "Jugendhilfe", .soziales: "Soziales"],
        offerStatusNames: [.active: "aktiv", .archived: "archiviert"],
        referralStatusNames: [.vorgeschlagen: "vorgeschlagen", .vermittelt: "vermittelt", .angenommen: "angenommen",
                              .abgeschlossen: "abgeschlossen", .abgelehnt: "abgelehnt"],
        languageNames: [
            "de": "Deutsch", "en": "Englisch", "tr": "Türkisch", "ar": "Arabisch", "ru": "Russisch",
            "uk": "Ukrainisch", "pl": "Polnisch", "fa": "Persisch", "ro": "Rumänisch", "bg": "Bulgarisch",
            "fr": "Französisch", "es": "Spanisch", "it": "Italienisch", "el": "Griechisch", "ku": "Kurdisch",
            "sq": "Albanisch", "sr": "Serbisch", "hr": "Kroatisch", "bs": "Bosnisch", "so": "Somali",
            "ti": "Tigrinya", "ps": "Paschtu", "ur": "Urdu", "vi": "Vietnamesisch", "zh": "Chinesisch",
            "pt": "Portugiesisch", "nl": "Niederländisch", "hu": "Ungarisch",
        ],
        id: "ID", title: "Titel", provider: "Anbieter", field: "Bereich", stages: "Lebensphasen",
        transitions: "Übergänge", districts: "Stadtteile", citywide: "stadtweit", languages: "Sprachen",
        cost: "Kosten", free: "kostenlos", notFree: "kostenpflichtig", accessible: "Barrierefrei", yes: "ja",
        no: "nein", address: "Adresse", phone: "Telefon", email: "E-Mail", web: "Web", hours: "Zeiten",
        eligibility: "Für wen", tags: "Schlagworte", updated: "Stand", status: "Status",
        description: "Beschreibung", months: "Monate",
        offersCount: { n in n == 1 ? "1 Angebot" : "\(n) Angebote" },
        chainSummary: { m, s, t, o in "Präventionskette \(m): \(s) Lebensphasen, \(t) Übergänge, \(o) Angebote" },
        noOffers: "Keine passenden Angebote.",
        noMatches: { q in "Keine Angebote zu „\(q)“." },
        unknownOffer: { id in "Kein Angebot mit der ID „\(id)“." },
        unknownReference: { kind, id, known in "Unbekannte \(kind) „\(id)“. Bekannt: \(known)" },
        validationSummary: { e, w in
            (e == 0 ? "Keine Fehler" : e == 1 ? "1 Fehler" : "\(e) Fehler") + ", "
                + (w == 1 ? "1 Warnung" : "\(w) Warnungen") },
        storeSummary: { s, t, d, o, i, c in
            "\(s) Lebensphasen, \(t) Übergänge, \(d) Stadtteile, \(o) Angebote, \(i) Indikatoren, \(c) Fälle" },
        freeBadge: "✓ frei",
        feeBadge: "€",
        storeHasProblems: { n in "Hinweis: Der Datenbestand hat \(n) Fehler; Details mit `kette validate`. Er wird nur gelesen." },
        initDone: { p in "Datenbestand angelegt in \(p). Weiter mit: kette --store \(p)" },
        stale: "veraltet",
        demoStoreName: "Demo-Datenbestand"
    )
}
