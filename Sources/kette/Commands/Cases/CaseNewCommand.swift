import ArgumentParser
import KetteCore

struct CaseNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a case. Only --pseudonym and --district are required.",
        discussion: "Prints the new case (its id first). The case file is created 0600, or 0660 in a team store."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @OptionGroup var fields: CaseFieldOptions

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        var draft = Case(id: "", pseudonym: fields.pseudonym ?? "", district: fields.district ?? "",
                         children: try fields.parsedChildren(), needs: fields.needs, languages: fields.languages,
                         followUp: try fields.parsedFollowUp(), notes: fields.notes, owner: "", created: "", updated: "")
        if let rule = try fields.parsedRule() { draft.retention = Case.Retention(rule: rule, until: session.today) }
        let c = try session.perform { () throws(CaseStoreError) in try session.cases.create(draft) }
        session.warn(about: c)
        session.noteTransient()
        session.print(c, json: caseOptions.json)
    }
}
