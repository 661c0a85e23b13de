import ArgumentParser
import KetteCore

struct CaseReferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer",
        abstract: "Refer a case to an offer, or change a referral's status, note or consent.",
        discussion: """
            A new referral starts as vorgeschlagen unless --status says otherwise. Status changes follow
            vorgeschlagen → vermittelt → angenommen → abgeschlossen (abgelehnt from any open status).
            A referral that passes case data to the offer's agency (vermittelt) should record the family's
            consent: --consent-scope and --consent-recipient (given today unless --consent-date).
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Argument(help: "Case id.") var id: String
    @Argument(help: "Offer id.") var offer: String
    @Option(help: "vorgeschlagen, vermittelt, angenommen, abgeschlossen or abgelehnt.") var status: String?
    @Option(help: "A short note.") var note: String?
    @Flag(help: "The note was entrusted to you (§ 65 SGB VIII): never in a handout or export.") var entrusted = false
    @Option(name: .customLong("consent-scope"), help: "What the family agreed may be passed on.") var consentScope: String?
    @Option(name: .customLong("consent-recipient"), help: "To whom (the agency).") var consentRecipient: String?
    @Option(name: .customLong("consent-date"), help: "When consent was given (default today).") var consentDate: String?
    @Flag(name: .customLong("revoke-consent"), help: "The family revoked its consent today.") var revokeConsent = false

    func validate() throws {
        if (consentScope == nil) != (consentRecipient == nil) {
            throw ValidationError("--consent-scope and --consent-recipient go together")
        }
        if consentDate != nil && consentScope == nil { throw ValidationError("--consent-date needs --consent-scope and --consent-recipient") }
    }

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        let today = session.today
        var c = try session.perform { () throws(CaseStoreError) in try session.cases.read(id) }
        let target: Referral.Status?
        if let status {
            guard let s = Referral.Status(rawValue: status) else {
                throw ValidationError("--status must be one of \(Referral.Status.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            target = s
        } else {
            target = nil
        }
        guard session.store.offer(id: offer) != nil else {
            throw CLIError("\(session.text.problemUnknownOffer(TerminalText.escaped(offer)))")
        }
        let index: Int
        if let i = c.referrals.lastIndex(where: { $0.offer == offer && !ReferralRules.isFinal($0.status) }) {
            index = i
            if let target, target != c.referrals[i].status {
                do {
                    c.referrals[i] = try ReferralRules.applying(target, to: c.referrals[i], on: today)
                } catch {
                    throw CLIError(error.message(session.text, session.language.strings))
                }
            }
        } else {
            c.referrals.append(Referral(offer: offer, status: target ?? .vorgeschlagen, created: today, updated: today))
            index = c.referrals.count - 1
        }
        if let note {
            c.referrals[index].note = note.isEmpty ? nil : note
            c.referrals[index].entrusted = entrusted
            c.referrals[index].updated = max(c.referrals[index].updated, today)
        }
        if let consentScope, let consentRecipient {
            var given = today
            if let consentDate {
                guard let d = Day(consentDate) else { throw ValidationError("--consent-date must be YYYY-MM-DD") }
                given = d
            }
            c.referrals[index].consent = Referral.Consent(scope: consentScope, recipient: consentRecipient, given: given)
        }
        if revokeConsent {
            guard c.referrals[index].consent != nil else { throw CLIError("\(TerminalText.escaped(offer)): \(session.labels.noConsent)") }
            c.referrals[index].consent?.revoked = today
        }
        let changed = c
        let saved = try session.perform { () throws(CaseStoreError) in try session.cases.save(changed) }
        session.warn(about: saved)
        session.noteTransient()
        session.print(saved, json: caseOptions.json)
    }
}
