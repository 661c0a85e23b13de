import ArgumentParser
import KetteCore

struct CaseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one case: children on the chain, referrals, journal and fitting offers."
    )

    @OptionGroup var options: StoreOptions
    @OptionGroup var caseOptions: CaseOptions
    @Argument(help: "Case id.") var id: String

    func run() throws {
        let session = try CaseSession.open(options, caseOptions)
        let c = try session.perform { () throws(CaseStoreError) in try session.cases.read(id) }
        session.print(c, json: caseOptions.json)
    }
}
