/// The status rules of a referral:
///
///     vorgeschlagen → vermittelt | abgelehnt
///     vermittelt    → angenommen | abgelehnt
///     angenommen    → abgeschlossen | abgelehnt
///     abgeschlossen, abgelehnt: final
///
/// A change carries the day it happened; it may not be earlier than the referral's last update.
public enum ReferralRules {
    public enum ChangeError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The target status cannot follow the current one.
        case illegal(from: Referral.Status, to: Referral.Status)
        /// The current status is final (abgeschlossen, abgelehnt).
        case final(Referral.Status)
        /// The change's day is before the referral's last update.
        case backwards(day: Day, lastUpdate: Day)
        /// The case has no (changeable) referral to this offer.
        case noSuchReferral(caseID: String, offer: String)

        public func message(_ text: CaseText = .german, _ strings: Strings = .german) -> String {
            func name(_ s: Referral.Status) -> String { strings.referralStatusNames[s] ?? s.rawValue }
            switch self {
            case .illegal(let from, let to):
                let allowed = ReferralRules.allowed(from: from).map(name).joined(separator: ", ")
                return text.illegalChange(name(from), name(to), allowed.isEmpty ? text.none : allowed)
            case .final(let s): return text.finalStatus(name(s))
            case .backwards(let day, let last): return text.backwardsDate(day.description, last.description)
            case .noSuchReferral(let id, let offer): return text.noSuchReferral(id, offer)
            }
        }

        public var description: String { message() }
    }

    /// The statuses that may follow `status`, in the order the interface offers them.
    public static func allowed(from status: Referral.Status) -> [Referral.Status] {
        switch status {
        case .vorgeschlagen: [.vermittelt, .abgelehnt]
        case .vermittelt: [.angenommen, .abgelehnt]
        case .angenommen: [.abgeschlossen, .abgelehnt]
        case .abgeschlossen, .abgelehnt: []
        }
    }

    public static func isFinal(_ status: Referral.Status) -> Bool { allowed(from: status).isEmpty }

    public static func canChange(from: Referral.Status, to: Referral.Status) -> Bool {
        allowed(from: from).contains(to)
    }

    /// The referral with its status changed on `day` (sets `updated`).
    public static func applying(_ status: Referral.Status, to referral: Referral, on day: Day,
                                note: String? = nil) throws(ChangeError) -> Referral {
        if isFinal(referral.status) { throw .final(referral.status) }
        guard canChange(from: referral.status, to: status) else { throw .illegal(from: referral.status, to: status) }
        guard day >= referral.updated else { throw .backwards(day: day, lastUpdate: referral.updated) }
        var r = referral
        r.status = status
        r.updated = day
        if let note { r.note = note }
        return r
    }

    /// The case with the status of its referral to `offer` changed: the latest referral to that offer
    /// that is not final, else the latest one (so a final status reports `.final`). Only the
    /// referral changes; the case's own `updated`/`revision` are the saving layer's business.
    public static func applying(_ status: Referral.Status, offer: String, in c: Case, on day: Day,
                                note: String? = nil) throws(ChangeError) -> Case {
        let indices = c.referrals.indices.filter { c.referrals[$0].offer == offer }
        guard let index = indices.last(where: { !isFinal(c.referrals[$0].status) }) ?? indices.last else {
            throw .noSuchReferral(caseID: c.id, offer: offer)
        }
        var copy = c
        copy.referrals[index] = try applying(status, to: c.referrals[index], on: day, note: note)
        return copy
    }

    /// A referral that still needs attention, with its case.
    public struct OpenReferral: Sendable, Hashable {
        public var caseID: String
        public var owner: String
        public var referral: Referral
        public init(caseID: String, owner: String, referral: Referral) {
            self.caseID = caseID
            self.owner = owner
            self.referral = referral
        }
    }

    /// Open referrals (vorgeschlagen, vermittelt, angenommen) across cases, longest untouched first
    /// (by `updated`, then case id, then offer id).
    public static func openReferrals(_ cases: [Case]) -> [OpenReferral] {
        cases.flatMap { c in
            c.referrals.filter(\.status.isOpen).map { OpenReferral(caseID: c.id, owner: c.owner, referral: $0) }
        }.sorted { a, b in
            if a.referral.updated != b.referral.updated { return a.referral.updated < b.referral.updated }
            if a.caseID != b.caseID { return a.caseID < b.caseID }
            return a.referral.offer < b.referral.offer
        }
    }
}
