/// The fixed names Kette uses in HSDS: id derivation, taxonomies, URNs and attribute terms.
///
/// Every HSDS id is the version-5 UUID (``NameBasedUUID``) of a name that says what it is for,
/// e.g. `offer/o-0001`, `offer/o-0001/location`, `organization/Stadt Musterstadt`, `stage/kita`. The
/// same store gives the same ids on every export.
public enum HSDSVocabulary {
    public static func uuid(_ name: String) -> String { NameBasedUUID.v5(name) }

    public static func serviceID(offer id: String) -> String { uuid("offer/" + id) }
    public static func organizationID(provider: String) -> String { uuid("organization/" + provider) }

    /// The taxonomies (`taxonomy_term.taxonomy`) of the attributes Kette writes.
    public enum Taxonomy: String, Sendable, CaseIterable {
        /// A stage of the chain; term `code` = stage id.
        case stage = "kette-stage"
        /// A transition; term `code` = transition id.
        case transition = "kette-transition"
        /// The field of work; term `code` = `gesundheit`, `bildung`, `jugendhilfe`, `soziales`.
        case field = "kette-field"
        /// A free tag; term `code` = the tag.
        case tag = "kette-tag"
        /// Kette's own data without an HSDS place; term `code` names it, the attribute `value` holds it:
        /// `offer-id` (the store id), `email` and `web` (when they are not a valid e-mail address or URI).
        case kette = "kette"

        var title: String {
            switch self {
            case .stage: "Kette: Lebensphasen"
            case .transition: "Kette: Übergänge zwischen Lebensphasen"
            case .field: "Kette: Handlungsfelder"
            case .tag: "Kette: Schlagworte"
            case .kette: "Kette: Daten ohne HSDS-Entsprechung"
            }
        }
    }

    /// The attribute term codes of ``Taxonomy/kette``.
    public static let offerIDCode = "offer-id"
    public static let emailCode = "email"
    public static let webCode = "web"

    /// `service_areas[].uri` of a district and of a city-wide offer.
    public static func districtURN(_ id: String) -> String { "urn:kette:district:" + id }
    public static let citywideURN = "urn:kette:citywide"
    static let districtURNPrefix = "urn:kette:district:"

    /// `taxonomy_term.term_uri` of a term.
    static func termURN(_ taxonomy: Taxonomy, _ code: String) -> String? {
        guard Identifier.isValid(code) else { return nil }
        return "urn:" + taxonomy.rawValue.replacingAll("-", with: ":") + ":" + code
    }

    /// A plausible e-mail address (what the schema's `email` format accepts): one `@` with something
    /// before it, a `.` in the domain but not at its ends, no spaces, controls or quotes. (Checked on
    /// the UTF-8 bytes: all it looks for is ASCII, which no multi-byte character contains.)
    static func looksLikeEmail(_ s: String) -> Bool {
        let dot = UInt8(ascii: ".")
        var seenAt = false, local = 0, domain = 0, domainHasDot = false, first: UInt8 = 0, last: UInt8 = 0
        for b in s.utf8 {
            if b <= 0x20 || b == 0x7F || b == UInt8(ascii: "\"") { return false }
            if b == UInt8(ascii: "@") {
                if seenAt { return false }
                seenAt = true
            } else if !seenAt {
                local += 1
            } else {
                if domain == 0 { first = b }
                domain += 1
                last = b
                if b == dot { domainHasDot = true }
            }
        }
        return seenAt && local > 0 && domainHasDot && first != dot && last != dot
    }

    /// An absolute http(s) URI without spaces (the schema's `uri` format).
    static func looksLikeURI(_ s: String) -> Bool {
        let lower = s.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && s.count > 8
            && !s.unicodeScalars.contains { $0.value <= 0x20 || $0.value >= 0x7F || "\"<>\\^`{|}".unicodeScalars.contains($0) }
    }
}
