/// Something wrong with a case as entered, tied to the field it concerns so a form can show it
/// there. Errors block saving; warnings are shown and saving goes ahead.
public struct CaseProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case required
        case unknownDistrict(String)
        case unknownNeed(String)
        case unknownOffer(String)
        case invalidLanguage(String)
        case birthInFuture(Month)
        case expectedBirthPassed(Month)
        case expectedTooFar(Month)
        case looksLikeName
        case referralWithoutConsent(String)
        case consentRecipientMissing
    }

    public enum Severity: Sendable, Hashable { case error, warning }

    /// The field, as a JSON path into the case: `pseudonym`, `children[1].birthMonth`, `needs` …
    public var field: String
    public var kind: Kind
    public var severity: Severity

    public init(field: String, kind: Kind, severity: Severity = .error) {
        self.field = field
        self.kind = kind
        self.severity = severity
    }

    public func message(_ text: CaseText = .german) -> String {
        switch kind {
        case .required: text.problemRequired
        case .unknownDistrict(let d): text.problemUnknownDistrict(TerminalText.escaped(d))
        case .unknownNeed(let n): text.problemUnknownNeed(TerminalText.escaped(n))
        case .unknownOffer(let o): text.problemUnknownOffer(TerminalText.escaped(o))
        case .invalidLanguage(let l): text.problemInvalidLanguage(TerminalText.escaped(l))
        case .birthInFuture(let m): text.problemBirthInFuture(m.description)
        case .expectedBirthPassed(let m): text.problemExpectedPassed(m.description)
        case .expectedTooFar(let m): text.problemExpectedTooFar(m.description)
        case .looksLikeName: text.problemLooksLikeName
        case .referralWithoutConsent(let o): text.problemNoConsent(TerminalText.escaped(o))
        case .consentRecipientMissing: text.problemConsentRecipient
        }
    }

    /// `field: message` in English, for logs-free scripts and test failures.
    public var description: String { "\(field): \(message(.english))" }
}
