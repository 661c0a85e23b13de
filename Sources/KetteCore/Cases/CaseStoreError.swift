/// Why a case operation failed. Nothing was written when one of these is thrown.
///
/// ``description`` is the English text (logs, tests); the user sees ``message(_:)`` in the
/// interface language.
public enum CaseStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The store's roles do not include this user (or the view hides cases).
    case notPermitted(CaseAccess)
    /// A case file or the case directory can be read or written by others; it is not opened.
    case unprotected(path: String, mode: String, fix: String)
    case notFound(id: String)
    /// A new case was given an id that another case already has.
    case idTaken(id: String)
    /// A case file (or the case directory, or the audit log) could not be read or is not a valid case.
    case unreadable(path: String, reason: Unreadable)
    /// The case has errors; `problems` also lists the warnings.
    case invalid([CaseProblem])
    /// Someone else saved the case meanwhile. `mine` is the rejected input, `theirs` what is on disk.
    case conflict(mine: Case, theirs: Case)
    case write(StoreWriteError)
    /// The audit log could not be written: the access is refused rather than left unrecorded.
    case audit(StoreWriteError)

    /// Why a case file could not be read.
    public enum Unreadable: Sendable, Equatable {
        /// Reading the file failed (no permission, too large, a link out of the store …).
        case load(StoreLoadError)
        /// A system call failed with this reason (`strerror`).
        case system(String)
        /// The case directory is not a directory (or a symbolic link).
        case notADirectory
        /// A case file is not a regular file (or a symbolic link).
        case notARegularFile
        /// The content is not a valid case: the place and the message of `kette validate`.
        case content(line: Int, column: Int, detail: String)
        case notACase
        /// The id in the file is not the file's name.
        case idMismatch(id: String)
    }

    public var description: String {
        switch self {
        case .notPermitted(let access): return access.reason
        case .unprotected(let path, let mode, let fix):
            return "\(TerminalText.escaped(path)): permissions \(mode) are too open: others can reach case data; Kette does not open it. Fix: \(TerminalText.escaped(fix))"
        case .notFound(let id): return "no case \"\(TerminalText.escaped(id))\""
        case .idTaken(let id): return "there is already a case \"\(TerminalText.escaped(id))\"; nothing was saved — choose another id"
        case .unreadable(let path, let reason): return "\(TerminalText.escaped(path)): \(reason.text(.en))"
        case .invalid(let problems):
            return problems.filter { $0.severity == .error }.map(\.description).joined(separator: "; ")
        case .conflict(let mine, let theirs):
            return "case \(TerminalText.escaped(mine.id)) was changed by \(TerminalText.escaped(theirs.updatedBy ?? "someone else")) meanwhile (revision \(theirs.revision) on disk, this change was based on revision \(mine.revision)); nothing was saved"
        case .write(let e): return e.description
        case .audit(let e): return "the audit log cannot be written, so case data is not shown: \(e.description)"
        }
    }
}
