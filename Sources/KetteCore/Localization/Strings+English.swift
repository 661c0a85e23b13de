extension Strings {
    /// English, with `--lang en` or `KETTE_LANG=en`.
    public static let english = Strings(
        fieldNames: [.gesundheit: "Health", .bildung: "Education", .jugendhilfe: "Youth welfare", .soziales: "Social services"],
        offerStatusNames: [.active: "active", .archived: "archived"],
        referralStatusNames: [.vorgeschlagen: "proposed", .vermittelt: "referred", .angenommen: "accepted",
                              .abgeschlossen: "completed", .abgelehnt: "declined"],
        languageNames: [
            "de": "German", "en": "English", "tr": "Turkish", "ar": "Arabic", "ru": "Russian",
            "uk": "Ukrainian", "pl": "Polish", "fa": "Persian", "ro": "Romanian", "bg": "Bulgarian",
            "fr": "French", "es": "Spanish", "it": "Italian", "el": "Greek", "ku": "Kurdish",
            "sq": "Albanian", "sr": "Serbian", "hr": "Croatian", "bs": "Bosnian", "so": "Somali",
            "ti": "Tigrinya", "ps": "Pashto", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
            "pt": "Portuguese", "nl": "Dutch", "hu": "Hungarian",
        ],
        id: "ID", title: "Title", provider: "Provider", field: "Field", stages: "Life stages",
        transitions: "Transitions", districts: "Districts", citywide: "city-wide", languages: "Languages",
        cost: "Cost", free: "free", notFree: "fee", accessible: "Barrier-free", yes: "yes",
        no: "no", address: "Address", phone: "Phone", email: "Email", web: "Web", hours: "Hours",
        eligibility: "For whom", tags: "Tags", updated: "Updated", status: "Status",
        description: "Description", months: "months",
        offersCount: { n in n == 1 ? "1 offer" : "\(n) offers" },
        chainSummary: { m, s, t, o in "Prevention chain \(m): \(s) life stages, \(t) transitions, \(o) offers" },
        noOffers: "No matching offers.",
        noMatches: { q in "No offers for “\(q)”." },
        unknownOffer: { id in "No offer with the id “\(id)”." },
        unknownReference: { kind, id, known in "Unknown \(kind) “\(id)”. Known: \(known)" },
        validationSummary: { e, w in
            (e == 0 ? "No errors" : e == 1 ? "1 error" : "\(e) errors") + ", " + (w == 1 ? "1 warning" : "\(w) warnings") },
        storeSummary: { s, t, d, o, i, c in
            "\(s) life stages, \(t) transitions, \(d) districts, \(o) offers, \(i) indicators, \(c) cases" },
        freeBadge: "✓ free",
        feeBadge: "€",
        storeHasProblems: { n in "Note: the store has \(n) errors; see `kette validate`. It is opened read-only." },
        initDone: { p in "Store created in \(p). Continue with: kette --store \(p)" },
        stale: "stale",
        demoStoreName: "demo store"
    )
}
