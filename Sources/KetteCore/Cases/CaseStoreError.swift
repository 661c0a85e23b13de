/// Why a case operation failed. Nothing was written when one of these is thrown.
public enum CaseStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store's roles do not include this user (or the view hides cases).
    case notPermitted(CaseAccess)
    /// A case file or the case directory can be read or written by others; it is not opened.
    case unprotected(path: String, mode: String, fix: String)
    case notFound(id: String)
    /// A case file could not be read or is not a valid case (diagnostics in `kette validate` form).
    case unreadable(path: String, message: String)
    /// The case has errors; `problems` also lists the warnings.
    case invalid([CaseProblem])
    /// Someone else saved the case meanwhile. `mine` is the rejected input, `theirs` what is on disk.
    case conflict(mine: Case, theirs: Case)
    case write(StoreWriteError)
    /// The audit log could not be written: the access is refused rather than left unrecorded.
    case audit(StoreWriteError)

    public var description: String {
        switch self {
        case .notPermitted(let access): return access.reason
        case .unprotected(let path, let mode, let fix):
            return "\(TerminalText.escaped(path)): permissions \(mode) are too open: others can reach case data; Kette does not open it. Fix: \(TerminalText.escaped(fix))"
        case .notFound(let id): return "no case \"\(TerminalText.escaped(id))\""
        case .unreadable(let path, let message): return "\(TerminalText.escaped(path)): \(TerminalText.escaped(message))"
        case .invalid(let problems):
            return problems.filter { $0.severity == .error }.map(\.description).joined(separator: "; ")
        case .conflict(let mine, let theirs):
            return "case \(TerminalText.escaped(mine.id)) was changed by \(TerminalText.escaped(theirs.updatedBy ?? "someone else")) meanwhile (revision \(theirs.revision) on disk, this change was based on revision \(mine.revision)); nothing was saved"
        case .write(let e): return e.description
        case .audit(let e): return "the audit log cannot be written, so case data is not shown: \(e.description)"
        }
    }
}
