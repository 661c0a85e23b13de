/// One problem found in a store, with the place it was found.
///
/// Printed as `FILE:LINE:COLUMN: error: PATH: message`, the form editors and compilers use, so that
/// an admin can jump straight to the spot.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    /// Path of the file as the user named the store (e.g. `store/offers.json`).
    public var file: String
    public var line: Int
    public var column: Int
    /// JSON path of the value, e.g. `offers[12].stages[0]`; empty for file-level problems.
    public var path: String
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, path: String = "", message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// The line `kette validate` prints. Messages quote store data (keys, ids, values) and paths
    /// name files: control characters in them are escaped, never sent to the terminal.
    public var description: String {
        let location = "\(file):\(max(line, 1)):\(max(column, 1))"
        let where_ = path.isEmpty ? "" : "\(path): "
        return TerminalText.escaped("\(location): \(severity.rawValue): \(where_)\(message)")
    }
}

/// Collects diagnostics while a store is read and checked.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}

    public func add(_ d: Diagnostic) { diagnostics.append(d) }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}
