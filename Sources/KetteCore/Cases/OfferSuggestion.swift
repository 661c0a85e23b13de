/// An offer that fits a case, with its score and why it fits.
public struct OfferSuggestion: Sendable, Hashable {
    /// One reason an offer fits, as a structured value (ids and codes, not text).
    public enum Reason: Sendable, Hashable {
        /// A child (alias) is in a stage the offer serves (stage id).
        case stage(child: String, stage: String)
        /// A child's next transition (id) is due in `inMonths` and the offer serves it.
        case transition(child: String, transition: String, inMonths: Int)
        /// The offer names the case's district (id).
        case district(String)
        /// The offer is city-wide.
        case citywide
        /// A need tag of the case the offer is tagged with.
        case need(String)
        /// A family language (ISO code) the offer is given in.
        case language(String)
        /// The offer is free of charge.
        case free
    }

    public var offer: Offer
    public var score: Int
    public var reasons: [Reason]
    /// The reasons rendered in German: "Stadtteil ✓, Türkisch ✓, kostenlos".
    public var line: String

    public init(offer: Offer, score: Int, reasons: [Reason], line: String) {
        self.offer = offer
        self.score = score
        self.reasons = reasons
        self.line = line
    }

    /// The reasons as one line in an interface language. The place on the chain is shown only for
    /// an upcoming transition ("Einschulung in 7 Monaten"); a stage fit is what every suggestion has.
    public static func render(_ reasons: [Reason], store: Store, text: CaseText, strings: Strings) -> String {
        var parts: [String] = []
        for r in reasons {
            switch r {
            case .stage: continue
            case .transition(_, let id, let months):
                parts.append(text.dueIn(store.transition(id: id)?.title ?? id, months))
            case .district: parts.append(text.districtMatch)
            case .citywide: parts.append(text.citywideMatch)
            case .need(let id): parts.append(text.matched(store.need(id: id)?.title ?? id))
            case .language(let code): parts.append(text.matched(strings.languageName(code)))
            case .free: parts.append(strings.free)
            }
        }
        return parts.joined(separator: ", ")
    }

    /// The reasons rendered in `language`.
    public func line(in language: Language, store: Store) -> String {
        Self.render(reasons, store: store, text: .forLanguage(language), strings: language.strings)
    }
}
