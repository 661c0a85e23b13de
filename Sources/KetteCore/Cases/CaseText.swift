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
        none: "keine"
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
        none: "none"
    )
}
