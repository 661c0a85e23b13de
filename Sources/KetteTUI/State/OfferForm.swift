import KetteCore

/// The offer editor: every field of an offer as a ``Form``, the offer built back from its values,
/// and validation with the rules of `kette validate` mapped onto the fields.
///
/// Field keys are the store format's (`id`, `title`, `provider`, `field`, `stages`, `transitions`,
/// `districts`, `citywide`, `languages`, `address`, `hours`, `eligibility`, `tags`, `description`,
/// `status`, `updated`) plus `free` and `costNote` for the cost and `phone`, `email`, `web` for
/// the contact.
public enum OfferForm {
    /// The form for `offer`. The id can be changed only for a new offer; `updated` is shown and
    /// set to `today` on saving.
    public static func make(_ offer: Offer, title: String, isNew: Bool, store: Store, strings s: Strings, today: Day) -> Form {
        let stages = store.stages.map { FormOption(id: $0.id, label: $0.title) }
        let transitions = store.transitions.map { FormOption(id: $0.id, label: $0.title) }
        let districts = store.districts.map { FormOption(id: $0.id, label: $0.name) }
        let fields = Field.allCases.map { FormOption(id: $0.rawValue, label: s.fieldName($0)) }
        let statuses = Offer.Status.allCases.map { FormOption(id: $0.rawValue, label: s.offerStatusNames[$0] ?? $0.rawValue) }
        return Form(title: title, fields: [
            .text("id", s.id, offer.id, required: isNew, readOnly: !isNew),
            .text("title", s.title, offer.title, required: true),
            .text("provider", s.provider, offer.provider, required: true),
            .choice("field", s.field, options: fields, selected: offer.field.rawValue, required: true),
            .multiChoice("stages", s.stages, options: stages, selected: offer.stages),
            .multiChoice("transitions", s.transitions, options: transitions, selected: offer.transitions),
            .multiChoice("districts", s.districts, options: districts, selected: offer.districts),
            .toggle("citywide", s.citywide, offer.citywide),
            .multiChoice("languages", s.languages, options: languageOptions(store: store, strings: s, keeping: offer.languages),
                         selected: offer.languages),
            .toggle("free", s.free, offer.cost.free),
            .text("costNote", s.costNote, offer.cost.note ?? ""),
            .toggle("accessible", s.accessible, offer.accessible),
            .text("address", s.address, offer.address ?? ""),
            .text("phone", s.phone, offer.contact?.phone ?? ""),
            .text("email", s.email, offer.contact?.email ?? ""),
            .text("web", s.web, offer.contact?.web ?? ""),
            .text("hours", s.hours, offer.hours ?? ""),
            .text("eligibility", s.eligibility, offer.eligibility ?? ""),
            .text("tags", s.tags, offer.tags.joined(separator: ", "), hint: s.tagsHint),
            .multiline("description", s.description, offer.description ?? ""),
            .choice("status", s.status, options: statuses, selected: offer.status.rawValue, required: true),
            .text("updated", s.updated, offer.updated.description, readOnly: true, hint: s.updatedOnSave(today.description)),
        ])
    }

    /// Every language the interface has a name for and every one used in the store, by name.
    static func languageOptions(store: Store, strings s: Strings, keeping extra: [String]) -> [FormOption] {
        var codes = Set(s.languageNames.keys)
        for o in store.offers { codes.formUnion(o.languages) }
        codes.formUnion(extra)
        let options = codes.map { FormOption(id: $0, label: "\(s.languageName($0)) (\($0))") }
        // German first, then by name.
        return options.sorted { a, b in
            a.id == "de" || (b.id != "de" && GermanFolding.foldToString(a.label) < GermanFolding.foldToString(b.label))
        }
    }

    /// The offer the values describe, based on `original` (whose unknown keys are kept), with
    /// `updated` set to `today`.
    public static func offer(from v: [String: FormValue], original: Offer, today: Day) -> Offer {
        func text(_ k: String) -> String { (v[k]?.text ?? "").trimmingWhitespace }
        func optional(_ k: String) -> String? { text(k).isEmpty ? nil : text(k) }
        func ids(_ k: String) -> [String] { v[k]?.selection ?? [] }
        var o = original
        o.id = text("id")
        o.title = text("title")
        o.provider = text("provider")
        if let f = ids("field").first.flatMap(Field.init(rawValue:)) { o.field = f }
        o.stages = ids("stages")
        o.transitions = ids("transitions")
        o.districts = ids("districts")
        o.citywide = v["citywide"]?.flag ?? false
        o.languages = ids("languages")
        o.cost.free = v["free"]?.flag ?? false
        o.cost.note = optional("costNote")
        o.accessible = v["accessible"]?.flag ?? false
        o.address = optional("address")
        var contact = original.contact ?? Offer.Contact()
        contact.phone = optional("phone")
        contact.email = optional("email")
        contact.web = optional("web")
        o.contact = contact.isEmpty && contact.extras.isEmpty ? nil : contact
        o.hours = optional("hours")
        o.eligibility = optional("eligibility")
        o.tags = text("tags").split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        o.description = (v["description"]?.text).flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        if let st = ids("status").first.flatMap(Offer.Status.init(rawValue:)) { o.status = st }
        o.updated = today
        return o
    }

    /// Checks the values with the store's rules; messages by field key.
    public static func validator(original: Offer, replacing: String?, store: Store, strings s: Strings, today: Day) -> FormValidator {
        FormValidator { values in
            let candidate = offer(from: values, original: original, today: today)
            var errors: [String: String] = [:]
            for issue in OfferEditing.issues(of: candidate, replacing: replacing, in: store) where errors[issue.field] == nil {
                errors[values[issue.field] == nil ? "" : issue.field] = message(issue.kind, s)
            }
            return errors
        }
    }

    static func message(_ kind: OfferIssue.Kind, _ s: Strings) -> String {
        switch kind {
        case .required: s.formRequired
        case .invalidID: s.invalidID
        case .duplicateID: s.duplicateID
        case .unknownReference(let id): s.unknownReferenceIn(TerminalText.escaped(id))
        case .needsStageOrTransition: s.offerNeedsStage
        case .needsDistrictOrCitywide: s.offerNeedsDistrict
        case .other(let m): TerminalText.escaped(m)
        }
    }
}
