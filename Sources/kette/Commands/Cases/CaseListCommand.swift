import ArgumentParser
import KetteCore

struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases (open ones unless --all), filtered by owner, district or due follow-up."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Option(help: "Only cases of this owner (OS user).") var owner: String?
    @Flag(help: "Only my cases.") var mine = false
    @Option(help: "Only cases in this district (id).") var district: String?
    @Flag(help: "Only cases whose follow-up date has come.") var due = false
    @Flag(help: "Include closed cases.") var all = false

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        let listing = try session.perform { () throws(CaseStoreError) in try session.cases.list() }
        for p in listing.problemTexts(session.language) { Console.error(p) }
        var filter = CaseListFilter()
        filter.mineOnly = mine
        filter.owner = owner
        filter.district = district
        filter.dueOnly = due
        filter.includeClosed = all
        let today = session.today
        let cases = filter.apply(to: listing.cases, user: session.cases.user.name, today: today)
        if caseOptions.json {
            Console.out(JSONWriter.pretty(.array(cases.map { summary($0, today: today) })))
            return
        }
        let l = session.labels
        guard !cases.isEmpty else {
            Console.error(l.count(0))
            return
        }
        let header = [l.caseTitle, l.pseudonym, l.district, l.followUp, l.referrals, l.owner]
        var rows = [header]
        for c in cases {
            let openRefs = c.referrals.filter { $0.status.isOpen }.count
            var follow = c.followUp?.description ?? "–"
            if let f = c.followUp, f <= today { follow += " !" }
            rows.append([c.id, c.pseudonym, session.store.district(id: c.district)?.name ?? c.district, follow,
                         String(openRefs), c.owner])
        }
        Console.out(table(rows, width: Console.width))
        Console.out("\(l.count(cases.count))\n")
    }

    func summary(_ c: Case, today: Day) -> JSONNode {
        var members = [
            JSONMember("id", .string(c.id)), JSONMember("pseudonym", .string(c.pseudonym)),
            JSONMember("district", .string(c.district)), JSONMember("owner", .string(c.owner)),
            JSONMember("status", .string(c.status.rawValue)),
            JSONMember("openReferrals", .int(c.referrals.filter { $0.status.isOpen }.count)),
            JSONMember("updated", .string(c.updated)), JSONMember("revision", .int(c.revision)),
        ]
        if let f = c.followUp {
            members.append(JSONMember("followUp", .string(f.description)))
            members.append(JSONMember("followUpDue", .bool(f <= today)))
        }
        return .object(members)
    }
}

/// Columns sized to their content, the widest (second) column shortened to fit the width.
func table(_ rows: [[String]], width: Int) -> String {
    let cells = rows.map { $0.map { TerminalText.escaped($0) } }
    var widths = (0..<cells[0].count).map { i in cells.map { TerminalText.width($0[i]) }.max() ?? 0 }
    let total = widths.reduce(0, +) + 2 * (widths.count - 1)
    if total > width, widths.count > 1 { widths[1] = max(8, widths[1] - (total - width)) }
    return cells.map { row in
        row.enumerated().map { i, cell in TerminalText.fit(cell, to: widths[i]) }.joined(separator: "  ")
            .replacingTrailingSpaces()
    }.joined(separator: "\n") + "\n"
}

extension String {
    func replacingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
