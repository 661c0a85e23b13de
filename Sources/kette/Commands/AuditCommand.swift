import ArgumentParser
import KetteCore

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Show the audit log of case access: time, OS user, action, case id — never case content.",
        discussion: "The log is cases/.audit.log in the store; only users who may see cases may read it."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Option(name: .customLong("case"), help: "Only entries for this case.") var caseID: String?
    @Option(help: "Only entries of this user.") var user: String?
    @Option(help: "Only entries of this action (list, read, create, update, purge, validate, restore).") var action: String?
    @Option(help: "Only entries on or after this day (YYYY-MM-DD).") var since: String?

    func run() throws {
        if let action, AuditAction(rawValue: action) == nil {
            throw ValidationError("--action must be one of \(AuditAction.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let since, Day(since) == nil { throw ValidationError("--since must be a date YYYY-MM-DD") }
        let session = try CaseSession.open(options, caseOptions)
        let entries = try session.perform { () throws(CaseStoreError) in try session.cases.auditEntries() }.filter { e in
            (caseID == nil || e.caseID == caseID) && (user == nil || e.user == user)
                && (action == nil || e.action.rawValue == action) && (since == nil || String(e.time.prefix(10)) >= since!)
        }
        if caseOptions.json {
            Console.out(JSONWriter.pretty(.array(entries.map { e in
                .object([JSONMember("time", .string(e.time)), JSONMember("user", .string(e.user)),
                         JSONMember("action", .string(e.action.rawValue)), JSONMember("case", .string(e.caseID))])
            })))
            return
        }
        for e in entries {
            Console.out(TerminalText.escaped("\(e.time)  \(e.user)  \(e.action.rawValue)  \(e.caseID)") + "\n")
        }
    }
}
