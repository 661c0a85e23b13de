/// Interface text for the case features (placement, suggestions, referral rules, retention),
/// one instance per language. Kept apart from `Strings` so the case work stays in one place.
public struct CaseText: Sendable {
    /// "Einschulung in 7 Monaten": a transition (or stage) title and the months until it is due.
    public var dueIn: @Sendable (_ title: String, _ months: Int) -> String
    public var notYetBorn: String
    public var beyondChain: String
    public var betweenStages: String
    /// Suggestion reasons.
    public var districtMatch: String
    public var citywideMatch: String
    public var matched: @Sendable (String) -> String
    /// Referral rule errors.
    public var illegalChange: @Sendable (_ from: String, _ to: String, _ allowed: String) -> String
    public var finalStatus: @Sendable (String) -> String
    public var backwardsDate: @Sendable (_ day: String, _ last: String) -> String
    public var noSuchReferral: @Sendable (_ caseID: String, _ offer: String) -> String
    public var none: String
    /// Validation of a case (``CaseProblem``).
    public var problemRequired: String
    public var problemUnknownDistrict: @Sendable (String) -> String
    public var problemUnknownNeed: @Sendable (String) -> String
    public var problemUnknownOffer: @Sendable (String) -> String
    public var problemInvalidLanguage: @Sendable (String) -> String
    public var problemBirthInFuture: @Sendable (String) -> String
    public var problemExpectedPassed: @Sendable (String) -> String
    public var problemExpectedTooFar: @Sendable (String) -> String
    public var problemLooksLikeName: String
    public var problemNoConsent: @Sendable (String) -> String
    public var problemConsentRecipient: String

    public static func forLanguage(_ l: Language) -> CaseText {
        switch l {
        case .de: .german
        case .en: .english
        }
    }

    public static let german = CaseText(
        dueIn: { title, months in
            switch months {
            case ...0: "\(title) in diesem Monat"
            case 1: "\(title) in 1 Monat"
            default: "\(title) in \(months) Monaten"
            }
        },
        notYetBorn: "noch nicht geboren",
        beyondChain: "jenseits der Kette",
        betweenStages: "zwischen zwei Lebensphasen",
        districtMatch: "Stadtteil ✓",
        citywideMatch: "stadtweit ✓",
        matched: { "\($0) ✓" },
        illegalChange: { from, to, allowed in
            "Status kann nicht von „\(from)“ zu „\(to)“ wechseln (erlaubt: \(allowed))"
        },
        finalStatus: { "Status „\($0)“ ist abschließend und kann nicht mehr geändert werden" },
        backwardsDate: { day, last in
            "Datum \(day) liegt vor der letzten Änderung (\(last)); Änderungen dürfen nicht zurückdatiert werden"
        },
        noSuchReferral: { caseID, offer in "Fall \(caseID) hat keine Vermittlung zum Angebot \(offer)" },
        none: "keine",
        problemRequired: "Pflichtfeld",
        problemUnknownDistrict: { "unbekannter Stadtteil „\($0)“" },
        problemUnknownNeed: { "unbekannter Bedarf „\($0)“ (die Liste steht in needs.json)" },
        problemUnknownOffer: { "unbekanntes Angebot „\($0)“" },
        problemInvalidLanguage: { "„\($0)“ ist kein Sprachcode (zwei Buchstaben, z. B. de, tr, ar)" },
        problemBirthInFuture: { "Geburtsmonat \($0) liegt in der Zukunft – bei erwarteter Geburt „erwartet“ wählen" },
        problemExpectedPassed: { "erwarteter Geburtsmonat \($0) ist vorbei – bitte den Geburtsmonat eintragen" },
        problemExpectedTooFar: { "erwarteter Geburtsmonat \($0) liegt mehr als 10 Monate in der Zukunft" },
        problemLooksLikeName: "sieht aus wie ein echter Name – bitte ein Pseudonym verwenden (z. B. „Familie Ahorn“)",
        problemNoConsent: { "Vermittlung zu \($0) ohne gültige Einwilligung der Familie zur Datenweitergabe" },
        problemConsentRecipient: "Einwilligung braucht Umfang und Empfänger"
    )

    public static let english = CaseText(
        dueIn: { title, months in
            switch months {
            case ...0: "\(title) this month"
            case 1: "\(title) in 1 month"
            default: "\(title) in \(months) months"
            }
        },
        notYetBorn: "not yet born",
        beyondChain: "beyond the chain",
        betweenStages: "between two life stages",
        districtMatch: "district ✓",
        citywideMatch: "city-wide ✓",
        matched: { "\($0) ✓" },
        illegalChange: { from, to, allowed in
            "status cannot change from \"\(from)\" to \"\(to)\" (allowed: \(allowed))"
        },
        finalStatus: { "status \"\($0)\" is final and cannot change any more" },
        backwardsDate: { day, last in
            "date \(day) is before the last change (\(last)); changes cannot be backdated"
        },
        noSuchReferral: { caseID, offer in "case \(caseID) has no referral to offer \(offer)" },
        none: "none",
        problemRequired: "required",
        problemUnknownDistrict: { "unknown district \"\($0)\"" },
        problemUnknownNeed: { "unknown need \"\($0)\" (the list is in needs.json)" },
        problemUnknownOffer: { "unknown offer \"\($0)\"" },
        problemInvalidLanguage: { "\"\($0)\" is not a language code (two letters, e.g. de, tr, ar)" },
        problemBirthInFuture: { "birth month \($0) is in the future — mark an expected birth as expected" },
        problemExpectedPassed: { "expected birth month \($0) has passed — enter the birth month" },
        problemExpectedTooFar: { "expected birth month \($0) is more than 10 months ahead" },
        problemLooksLikeName: "looks like a real name — use a pseudonym (e.g. \"Familie Ahorn\")",
        problemNoConsent: { "referral to \($0) without the family's valid consent to pass data on" },
        problemConsentRecipient: "consent needs a scope and a recipient"
    )
}
