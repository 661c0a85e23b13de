/// Every piece of interface text, one instance per language (see `Strings+German.swift`,
/// `Strings+English.swift`). Adding a field makes the compiler ask for it in every language.
public struct Strings: Sendable {
    // Names of things
    public var fieldNames: [Field: String]
    public var offerStatusNames: [Offer.Status: String]
    public var referralStatusNames: [Referral.Status: String]
    /// Language names by ISO 639-1 code, in this interface language.
    public var languageNames: [String: String]

    // Labels of an offer's fields
    public var id: String
    public var title: String
    public var provider: String
    public var field: String
    public var stages: String
    public var transitions: String
    public var districts: String
    public var citywide: String
    public var languages: String
    public var cost: String
    public var free: String
    public var notFree: String
    public var accessible: String
    public var yes: String
    public var no: String
    public var address: String
    public var phone: String
    public var email: String
    public var web: String
    public var hours: String
    public var eligibility: String
    public var tags: String
    public var updated: String
    public var status: String
    public var description: String
    public var months: String

    // Messages
    public var offersCount: @Sendable (Int) -> String
    public var chainSummary: @Sendable (_ municipality: String, _ stages: Int, _ transitions: Int, _ offers: Int) -> String
    public var noOffers: String
    public var noMatches: @Sendable (String) -> String
    public var unknownOffer: @Sendable (String) -> String
    public var unknownReference: @Sendable (_ kind: String, _ id: String, _ known: String) -> String
    public var validationSummary: @Sendable (_ errors: Int, _ warnings: Int) -> String
    public var storeSummary: @Sendable (_ stages: Int, _ transitions: Int, _ districts: Int, _ offers: Int, _ indicators: Int, _ cases: Int) -> String
    public var freeBadge: String
    public var feeBadge: String
    public var storeHasProblems: @Sendable (Int) -> String
    public var initDone: @Sendable (_ path: String) -> String
    public var stale: String
    public var demoStoreName: String

    /// The name of a language code, or the code itself in capitals when unknown.
    public func languageName(_ code: String) -> String { languageNames[code] ?? code.uppercased() }
    public func fieldName(_ f: Field) -> String { fieldNames[f] ?? f.rawValue }
}
