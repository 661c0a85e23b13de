import ArgumentParser
import Foundation
import KetteCore
#if canImport(Glibc)
import Glibc
#endif

/// `kette indicators`: the monitoring's values; `kette indicators import FILE` reads new ones.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Print the monitoring's indicator values, or import values from a CSV file.",
        discussion: """
            Without a sub-command: the latest value per district and indicator with its assessment
            (+ better, = average, − worse than the city average) and trend (↗ ↘ →).
            Suppressed values are shown as "gesperrt" and exported without a number.
            """,
        subcommands: [IndicatorsShowCommand.self, IndicatorsImportCommand.self],
        defaultSubcommand: IndicatorsShowCommand.self
    )
}

struct IndicatorsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the indicator values (the default of `kette indicators`).",
        discussion: "--format csv prints district,indicator,year,value,suppressed (a suppressed value's field is empty)."
    )

    @OptionGroup var options: StoreOptions
    @Option(help: "Output format: table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let text = ReportText(language: try options.language)
        let export = MonitoringExport(store: try options.load().store, text: text)
        switch format {
        case .table: Console.out(export.indicatorsTable(width: Console.width))
        case .csv: Console.out(export.indicatorsCSV())
        case .json: Console.out(export.indicatorsJSON())
        }
    }
}

struct IndicatorsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import indicator values from a CSV file (district, year, indicator, value).",
        discussion: """
            The header row names the columns district, year, indicator and value (or Stadtteil, Jahr,
            Indikator, Wert) in any order; further columns are ignored. Fields are separated by ";" or ",".
            Values may use a decimal comma; an empty value or gesperrt, suppressed, * or x marks a
            suppressed value. Districts and indicators are given by id or by name. A file with any
            error is not imported at all.
            """
    )

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE")) var file: String
    @Flag(help: "Show what would be added, changed and rejected; write nothing.") var dryRun = false

    func run() throws {
        let language = try options.language
        let text = ReportText(language: language)
        let loaded = try options.load()
        if !dryRun, !(loaded.source is DirectoryStoreSource) {
            throw CLIError(StoreMergeError.demo(store: loaded.source.displayName).message(language))
        }
        let bytes = try Self.read(file, text: text)
        let plan = IndicatorCSVImport.plan(bytes, store: loaded.store)
        for line in text.importLines(plan, store: loaded.store) { Console.out(line + "\n") }
        for problem in plan.rejected { Console.error(text.importProblem(problem)) }
        Console.out(text.importSummary(plan.added.count, plan.changed.count, plan.unchanged.count,
                                       plan.rejectedLines.count) + "\n")
        if dryRun {
            Console.out(text.importDryRun + "\n")
            if !plan.isApplicable { throw ExitCode(1) }
            return
        }
        guard plan.isApplicable else {
            throw CLIError(StoreMergeError.rejected(entries: plan.rejectedLines.count).message(language))
        }
        guard plan.hasChanges else {
            Console.out(text.importNothing + "\n")
            return
        }
        do {
            let revision = try IndicatorCSVImport.apply(plan, to: loaded)
            Console.out(text.importDone(plan.added.count + plan.changed.count,
                                        loaded.source.displayPath(of: StoreFile.indicators.fileName), revision) + "\n")
        } catch {
            throw CLIError(error.message(language))
        }
    }

    /// The file's bytes, or a message naming the file and the reason.
    static func read(_ path: String, text: ReportText) throws -> [UInt8] {
        // O_NONBLOCK: opening a named pipe nobody writes into would wait forever; it is refused below.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw CLIError(text.cannotRead(path, SystemErrorText.text(String(cString: strerror(errno)), text.language))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG else {
            let reason = st.st_mode & S_IFMT == S_IFDIR ? SystemErrorText.text(String(cString: strerror(EISDIR)), text.language)
                : text.language == .de ? "keine normale Datei (eine Pipe oder ein Gerät)" : "not a regular file (a pipe or a device)"
            throw CLIError(text.cannotRead(path, reason))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError(text.cannotRead(path, SystemErrorText.text(String(cString: strerror(errno)), text.language)))
            }
            if n == 0 { break }
            bytes += buffer[0..<n]
        }
        return bytes
    }
}
