import ArgumentParser

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Work with pseudonymous case records: list, show, new, edit, refer, due, purge.",
        discussion: """
            Case files are read only when the store's roles allow it (store.json, "cases"), and only when
            their permissions keep others out. Every read and write is recorded in the audit log (`kette audit`).
            With the bundled demo (or --demo) only the demo's fictional cases are shown and nothing is saved.
            """,
        subcommands: [
            CaseListCommand.self, CaseShowCommand.self, CaseNewCommand.self, CaseEditCommand.self,
            CaseReferCommand.self, CaseDueCommand.self, CasePurgeCommand.self,
        ]
    )
}
