import ArgumentParser
import KetteCore

struct CaseEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change a case: fields, children, needs, journal entries, close or reopen.",
        discussion: """
            --child, --need and --language add to the lists; --remove-… take away. With --revision N the
            change is saved only if the case is still at revision N (as shown by `case show`); otherwise
            nothing is saved and both versions are shown.
            """
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Argument(help: "Case id.") var id: String
    @OptionGroup var fields: CaseFieldOptions
    @Option(name: .customLong("remove-child"), help: "Remove the child with this alias (repeatable).") var removeChildren: [String] = []
    @Option(name: .customLong("remove-need"), help: "Remove a need (repeatable).") var removeNeeds: [String] = []
    @Option(name: .customLong("remove-language"), help: "Remove a language (repeatable).") var removeLanguages: [String] = []
    @Flag(name: .customLong("no-follow-up"), help: "Clear the follow-up date.") var noFollowUp = false
    @Option(name: .customLong("add-entry"), help: "Add a journal entry dated today.") var entry: String?
    @Flag(help: "The added entry was entrusted to you (§ 65 SGB VIII): never in a handout or export.") var entrusted = false
    @Flag(help: "Close the case (retention starts).") var close = false
    @Flag(help: "Reopen a closed case.") var reopen = false
    @Option(help: "Save only if the case is still at this revision.") var revision: Int?

    func validate() throws {
        if close && reopen { throw ValidationError("--close and --reopen exclude each other") }
        if entrusted && entry == nil { throw ValidationError("--entrusted marks an entry given with --add-entry") }
        if noFollowUp && fields.followUp != nil { throw ValidationError("--follow-up and --no-follow-up exclude each other") }
    }

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        var c = try session.perform { () throws(CaseStoreError) in try session.cases.read(id) }
        if let revision { c.revision = revision }
        if let p = fields.pseudonym { c.pseudonym = p }
        if let d = fields.district { c.district = d }
        for alias in removeChildren {
            guard c.children.contains(where: { $0.alias == alias }) else {
                let i = TerminalText.escaped(id), a = TerminalText.escaped(alias)
                throw CLIError(session.language == .de ? "\(i): kein Kind mit dem Alias „\(a)“" : "\(i): no child with the alias \"\(a)\"")
            }
            c.children.removeAll { $0.alias == alias }
        }
        c.children += try fields.parsedChildren()
        c.needs = (c.needs.filter { !removeNeeds.contains($0) } + fields.needs).uniqued()
        c.languages = (c.languages.filter { !removeLanguages.contains($0) } + fields.languages).uniqued()
        if noFollowUp { c.followUp = nil }
        if let f = try fields.parsedFollowUp() { c.followUp = f }
        if let n = fields.notes { c.notes = n.isEmpty ? nil : n }
        if let rule = try fields.parsedRule() { c.retention = Case.Retention(rule: rule, until: c.retention?.until ?? session.today) }
        if let entry { c.entries.append(Case.Entry(day: session.today, text: entry, entrusted: entrusted)) }
        if close { c.status = .closed }
        if reopen { c.status = .open }
        let changed = c
        let saved = try session.perform { () throws(CaseStoreError) in try session.cases.save(changed) }
        session.warn(about: saved)
        session.noteTransient()
        session.print(saved, json: caseOptions.json)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
