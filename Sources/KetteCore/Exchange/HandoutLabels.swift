/// The labels of the family handout. German always; English as an optional second language.
public struct HandoutLabels: Sendable {
    public var title: @Sendable (_ municipality: String) -> String
    public var intro: String
    public var provider: String
    public var address: String
    public var phone: String
    public var email: String
    public var web: String
    public var hours: String
    public var languages: String
    public var cost: String
    public var free: String
    public var fee: String
    public var accessible: String
    public var yes: String
    public var no: String
    public var eligibility: String
    public var whereAvailable: String
    public var citywide: String
    public var note: String
    public var checked: String
    public var asOf: @Sendable (_ date: String) -> String

    public static let german = HandoutLabels(
        title: { "Angebote für Ihre Familie – \($0)" },
        intro: "Diese Angebote wurden für Sie ausgewählt. Rufen Sie gern an oder gehen Sie einfach hin.",
        provider: "Anbieter", address: "Adresse", phone: "Telefon", email: "E-Mail", web: "Internet",
        hours: "Öffnungszeiten", languages: "Sprachen", cost: "Kosten", free: "kostenlos", fee: "kostenpflichtig",
        accessible: "Barrierefrei", yes: "ja", no: "nein", eligibility: "Für wen", whereAvailable: "Wo",
        citywide: "in der ganzen Stadt", note: "Hinweis", checked: "Angaben geprüft am", asOf: { "Stand: \($0)" })

    public static let english = HandoutLabels(
        title: { "Offers for your family – \($0)" },
        intro: "These offers were chosen for you. Feel free to call or simply drop by.",
        provider: "Provider", address: "Address", phone: "Phone", email: "Email", web: "Web",
        hours: "Opening hours", languages: "Languages", cost: "Cost", free: "free of charge", fee: "fee",
        accessible: "Barrier-free", yes: "yes", no: "no", eligibility: "Who for", whereAvailable: "Where",
        citywide: "the whole city", note: "Note", checked: "Details checked on", asOf: { "As of \($0)" })

    /// The labels of a second language, when Kette has them (`en`); nil otherwise.
    public static func forLanguage(_ code: String) -> HandoutLabels? {
        switch code.lowercased() {
        case "de": .german
        case "en": .english
        default: nil
        }
    }

    /// The codes `--second-language` accepts.
    public static let secondLanguages = ["en"]
}
