import ArgumentParser
import KetteCore

struct CasePurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete closed cases whose retention date has passed (with their history and drafts).",
        discussion: "With --dry-run only lists what would be deleted. Every deletion is written to the audit log."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Flag(name: .customLong("dry-run"), help: "List what would be deleted; delete nothing.") var dryRun = false

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        // Case files that cannot be read cannot be checked for their retention date: name them
        // (a broken file past its date would otherwise stay on disk unnoticed). Reading them is
        // audited like any list.
        let listing = try session.perform { () throws(CaseStoreError) in try session.cases.list() }
        for p in listing.problemTexts(session.language) {
            Console.error(p + (session.language == .de ? " — nicht auf die Aufbewahrungsfrist geprüft"
                                                                     : " — not checked for its retention date"))
        }
        let purged = try session.perform { () throws(CaseStoreError) in try session.cases.purge(dryRun: dryRun) }
        if caseOptions.json {
            Console.out(JSONWriter.pretty(.object([
                JSONMember("dryRun", .bool(dryRun)),
                JSONMember(dryRun ? "wouldDelete" : "deleted", .array(purged.map { c in
                    .object([JSONMember("id", .string(c.id)),
                             JSONMember("retentionUntil", .string(c.retention?.until.description ?? ""))])
                })),
            ])))
            return
        }
        let de = session.language == .de
        if purged.isEmpty {
            Console.out(de ? "Keine Fälle über ihre Aufbewahrungsfrist hinaus.\n" : "No cases past their retention date.\n")
            return
        }
        Console.out(dryRun ? (de ? "Würde löschen:\n" : "Would delete:\n") : (de ? "Gelöscht:\n" : "Deleted:\n"))
        for c in purged {
            Console.out("  \(TerminalText.escaped(c.id))  \(session.labels.retention) \(c.retention?.until.description ?? "–")\n")
        }
        session.noteTransient()
    }
}
