/// Labels of the case screens and the `kette case` output, one instance per language.
public struct CaseLabels: Sendable {
    public var caseTitle: String
    public var pseudonym: String
    public var district: String
    public var children: String
    public var child: String
    public var expected: String
    public var needs: String
    public var languages: String
    public var referrals: String
    public var followUp: String
    public var notes: String
    public var entries: String
    public var entrusted: String
    public var owner: String
    public var status: String
    public var open: String
    public var closed: String
    public var created: String
    public var updated: String
    public var retention: String
    public var suggestions: String
    public var consent: String
    public var consentRevoked: String
    public var noConsent: String
    public var none: String
    public var overdue: @Sendable (Int) -> String
    public var dueToday: String
    public var openReferrals: String
    public var followUps: String
    public var count: @Sendable (Int) -> String

    public static func forLanguage(_ l: Language) -> CaseLabels {
        switch l {
        case .de: .german
        case .en: .english
        }
    }

    public static let german = CaseLabels(
        caseTitle: "Fall", pseudonym: "Pseudonym", district: "Stadtteil", children: "Kinder", child: "Kind",
        expected: "erwartet", needs: "Bedarfe", languages: "Sprachen", referrals: "Vermittlungen",
        followUp: "Wiedervorlage", notes: "Notizen", entries: "Verlauf", entrusted: "anvertraut (§ 65 SGB VIII)",
        owner: "Zuständig", status: "Status", open: "offen", closed: "abgeschlossen", created: "angelegt",
        updated: "geändert", retention: "Aufbewahrung bis", suggestions: "Passende Angebote",
        consent: "Einwilligung", consentRevoked: "widerrufen", noConsent: "keine Einwilligung erfasst", none: "–",
        overdue: { $0 == 1 ? "1 Tag überfällig" : "\($0) Tage überfällig" }, dueToday: "heute fällig",
        openReferrals: "Offene Vermittlungen", followUps: "Wiedervorlagen",
        count: { $0 == 1 ? "1 Fall" : "\($0) Fälle" })

    public static let english = CaseLabels(
        caseTitle: "Case", pseudonym: "Pseudonym", district: "District", children: "Children", child: "Child",
        expected: "expected", needs: "Needs", languages: "Languages", referrals: "Referrals",
        followUp: "Follow-up", notes: "Notes", entries: "Journal", entrusted: "entrusted (§ 65 SGB VIII)",
        owner: "Owner", status: "Status", open: "open", closed: "closed", created: "created",
        updated: "updated", retention: "Kept until", suggestions: "Fitting offers",
        consent: "Consent", consentRevoked: "revoked", noConsent: "no consent recorded", none: "–",
        overdue: { $0 == 1 ? "1 day overdue" : "\($0) days overdue" }, dueToday: "due today",
        openReferrals: "Open referrals", followUps: "Follow-ups",
        count: { $0 == 1 ? "1 case" : "\($0) cases" })
}
