import ArgumentParser
import KetteCore

/// The fields of a case as options, for `case new` and `case edit`.
struct CaseFieldOptions: ParsableArguments {
    @Option(help: "Pseudonym of the family (no real names).") var pseudonym: String?
    @Option(help: "District id.") var district: String?
    @Option(name: .customLong("child"), help: ArgumentHelp("A child: ALIAS:YYYY-MM, or ALIAS:YYYY-MM:expected for an expected birth (repeatable).", valueName: "CHILD"))
    var children: [String] = []
    @Option(name: .customLong("need"), help: "A need id (repeatable).") var needs: [String] = []
    @Option(name: .customLong("language"), help: "A family language, ISO 639-1 (repeatable).") var languages: [String] = []
    @Option(name: .customLong("follow-up"), help: ArgumentHelp("Follow-up date YYYY-MM-DD.", valueName: "DATE")) var followUp: String?
    @Option(help: "Free-text notes.") var notes: String?
    @Option(name: .customLong("rule"), help: "Retention rule: beratung (counselling, default) or sgb8-9b (§ 9b SGB VIII).") var rule: String?

    func parsedChildren() throws -> [Case.Child] {
        try children.map { spec in
            let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 || parts.count == 3, let month = Month(parts[1]) else {
                throw ValidationError("--child must be ALIAS:YYYY-MM or ALIAS:YYYY-MM:expected, not \"\(TerminalText.escaped(spec))\"")
            }
            let expected = parts.count == 3
            if expected, !["expected", "erwartet"].contains(parts[2]) {
                throw ValidationError("--child: the third part can only be \"expected\" (or \"erwartet\"), not \"\(TerminalText.escaped(parts[2]))\"")
            }
            return Case.Child(alias: parts[0], birthMonth: month, expected: expected)
        }
    }

    func parsedFollowUp() throws -> Day? {
        guard let followUp else { return nil }
        guard let day = Day(followUp) else { throw ValidationError("--follow-up must be a date YYYY-MM-DD, not \"\(TerminalText.escaped(followUp))\"") }
        return day
    }

    func parsedRule() throws -> String? {
        guard let rule else { return nil }
        guard [Retention.counselling, Retention.longTerm].contains(rule) else {
            throw ValidationError("--rule must be \(Retention.counselling) or \(Retention.longTerm), not \"\(TerminalText.escaped(rule))\"")
        }
        return rule
    }
}
