import ArgumentParser
import Foundation
import KetteCore

/// `kette handout`: a one-page print-out of chosen offers for a family.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write a one-page print-out of chosen offers for a family (txt, md or html).",
        discussion: """
            The page is in German: each offer with its provider, address, phone, e-mail, web, opening
            hours, languages, cost, accessibility and who it is for, and an optional note.
            --second-language en adds English to every label ("Telefon / Phone").
            --case ID prints the offers the case was referred to (all but rejected ones); nothing of the
            case itself is printed — no pseudonym, no notes, never what was entrusted (§ 65 SGB VIII).
            Without -o the page goes to standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case txt, md, html }

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp("The offers, by id, comma-separated, in the order to print.", valueName: "ID,ID…"))
    var offers: String?
    @Option(name: .customLong("case"), help: ArgumentHelp("Print the offers of this case's referrals (read as the case worker; audited).", valueName: "ID"))
    var caseID: String?
    @Option(help: "txt, md or html.") var format: Format = .txt
    @Option(name: [.short, .long], help: ArgumentHelp("The file to write.", valueName: "FILE")) var output: String?
    @Option(help: ArgumentHelp("A short note for the family.", valueName: "TEXT")) var note: String?
    @Option(help: ArgumentHelp("A second language for the labels: en.", valueName: "LANG")) var secondLanguage: String?
    @Option(help: ArgumentHelp("The date printed on the page (default: today).", valueName: "YYYY-MM-DD")) var date: String?

    func validate() throws {
        if (offers == nil) == (caseID == nil) { throw ValidationError("give either --offers or --case") }
    }

    func run() throws {
        let language = try options.language
        let text = ExchangeText(language: language)
        let day: Day
        if let date {
            guard let d = Day(date) else { throw CLIError(ReportText(language: language).badDate(date)) }
            day = d
        } else {
            day = Clock.system.today()
        }
        let store = try options.load().store
        var ids = (offers ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let caseID {
            let session = try CaseSession.open(options, try CaseOptions.parse([]))
            let c = try session.perform { () throws(CaseStoreError) in try session.cases.read(caseID) }
            // As `P` in the navigator: an offer archived since the referral is left out, not a reason
            // to refuse the whole page.
            ids = Handout.offerIDs(referredIn: c, store: store)
        }
        let page: String
        do {
            page = try Handout.render(store: store, offerIDs: ids, format: Handout.Format(rawValue: format.rawValue)!,
                                      note: note, secondLanguage: secondLanguage, date: day)
        } catch {
            throw CLIError(text.handoutError(error))
        }
        do { try OfferTextSource.check(store.offers) } catch { throw CLIError(error.message(language)) }
        guard let output else {
            Console.out(page)
            return
        }
        try OutputFile.write(Array(page.utf8), to: output, language: language)
        Console.out(ReportText(language: language).reportWritten(output) + "\n")
    }
}
