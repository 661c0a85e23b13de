import ArgumentParser
import KetteCore

struct CaseDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: "Wiedervorlagen: follow-ups that have come and open referrals across all cases."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Flag(help: "Only my cases.") var mine = false

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        let listing = try session.perform { () throws(CaseStoreError) in try session.cases.list() }
        for p in listing.problemTexts(session.language) { Console.error(p) }
        let me = session.cases.user.name
        let cases = listing.cases.filter { !mine || $0.owner == me }
        let followUps = FollowUps.due(cases, today: session.today)
        let referrals = ReferralRules.openReferrals(cases.filter { $0.status == .open })
        if caseOptions.json {
            Console.out(JSONWriter.pretty(.object([
                JSONMember("followUps", .array(followUps.map { f in
                    .object([JSONMember("case", .string(f.caseID)), JSONMember("owner", .string(f.owner)),
                             JSONMember("date", .string(f.date.description)), JSONMember("daysOverdue", .int(f.daysOverdue))])
                })),
                JSONMember("openReferrals", .array(referrals.map { r in
                    .object([JSONMember("case", .string(r.caseID)), JSONMember("owner", .string(r.owner)),
                             JSONMember("offer", .string(r.referral.offer)), JSONMember("status", .string(r.referral.status.rawValue)),
                             JSONMember("updated", .string(r.referral.updated.description))])
                })),
            ])))
            return
        }
        let l = session.labels, strings = session.language.strings
        Console.out("\(l.followUps):\n")
        if followUps.isEmpty { Console.out("  \(l.none)\n") }
        for f in followUps {
            let when = f.isOverdue ? l.overdue(f.daysOverdue) : l.dueToday
            Console.out("  \(f.date)  \(TerminalText.escaped(f.caseID))  \(TerminalText.escaped(f.owner))  \(when)\n")
        }
        Console.out("\n\(l.openReferrals):\n")
        if referrals.isEmpty { Console.out("  \(l.none)\n") }
        for r in referrals {
            let title = session.store.offer(id: r.referral.offer)?.title ?? r.referral.offer
            let status = strings.referralStatusNames[r.referral.status] ?? r.referral.status.rawValue
            Console.out("  \(TerminalText.escaped(r.caseID))  \(status)  \(r.referral.updated)  \(TerminalText.escaped(title))\n")
        }
    }
}
