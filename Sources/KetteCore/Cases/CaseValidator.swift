/// Checks one case against the store before it is saved: the few required fields, references to
/// districts, needs and offers, plausible birth months, and warnings that protect the family
/// (a pseudonym that looks like a real name, a referral passed on without recorded consent).
public enum CaseValidator {
    public static func problems(_ c: Case, store: Store, today: Day) -> [CaseProblem] {
        var out: [CaseProblem] = []
        func add(_ field: String, _ kind: CaseProblem.Kind, _ severity: CaseProblem.Severity = .error) {
            out.append(CaseProblem(field: field, kind: kind, severity: severity))
        }
        let pseudonym = c.pseudonym.trimmingSpaces()
        if pseudonym.isEmpty { add("pseudonym", .required) }
        else if NameCheck.looksLikeFullName(pseudonym) { add("pseudonym", .looksLikeName, .warning) }
        if c.district.isEmpty { add("district", .required) }
        else if store.district(id: c.district) == nil { add("district", .unknownDistrict(c.district)) }

        let thisMonth = today.monthValue
        for (i, child) in c.children.enumerated() {
            let path = "children[\(i)]"
            if child.alias.trimmingSpaces().isEmpty { add("\(path).alias", .required) }
            else if NameCheck.looksLikeFullName(child.alias) { add("\(path).alias", .looksLikeName, .warning) }
            if child.expected {
                if child.birthMonth < thisMonth { add("\(path).birthMonth", .expectedBirthPassed(child.birthMonth), .warning) }
                if thisMonth.months(until: child.birthMonth) > 10 { add("\(path).birthMonth", .expectedTooFar(child.birthMonth)) }
            } else if thisMonth < child.birthMonth {
                add("\(path).birthMonth", .birthInFuture(child.birthMonth))
            }
        }
        let needs = Set(store.needs.map(\.id))
        for (i, n) in c.needs.enumerated() where !needs.contains(n) { add("needs[\(i)]", .unknownNeed(n)) }
        for (i, l) in c.languages.enumerated() where !Identifier.isLanguageCode(l) {
            add("languages[\(i)]", .invalidLanguage(l))
        }
        for (i, r) in c.referrals.enumerated() {
            // A warning, not an error: a referral is history, and the offer may have been removed
            // from offers.json since. As an error it made the case impossible to edit or even close
            // (no command removes a referral). New referrals are checked where they are made.
            if store.offer(id: r.offer) == nil { add("referrals[\(i)].offer", .unknownOffer(r.offer), .warning) }
            if let consent = r.consent, consent.recipient.trimmingSpaces().isEmpty || consent.scope.trimmingSpaces().isEmpty {
                add("referrals[\(i)].consent", .consentRecipientMissing)
            }
            if r.status == .vermittelt || r.status == .angenommen, r.consent?.isValid(on: today) != true {
                add("referrals[\(i)].consent", .referralWithoutConsent(r.offer), .warning)
            }
        }
        return out
    }

    public static func errors(_ c: Case, store: Store, today: Day) -> [CaseProblem] {
        problems(c, store: store, today: today).filter { $0.severity == .error }
    }
}
