/// Why a write to the store failed. Nothing was changed when one of these is thrown.
///
/// ``description`` is the English text (logs, tests); the user sees ``message(_:)`` in the
/// interface language.
public enum StoreWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    case readOnly(path: String)
    case exists(path: String)
    /// A system call failed: what was being done, and the system's reason (`strerror`).
    case io(path: String, operation: Operation, reason: String)
    case locked(path: String)
    /// The file on disk is not the version the change was based on: someone else saved meanwhile.
    case conflict(path: String, expected: Int, found: Int)
    /// The file the offers read their texts from (offers.json as loaded) was changed in place by
    /// another program since the load: what would be written could hold wrong texts.
    case changedSinceLoad(path: String)

    /// What a failed ``io(path:operation:reason:)`` was doing.
    public enum Operation: Sendable, Equatable {
        case creatingDirectory
        case creatingHistoryDirectory
        case creatingCaseDirectory
        /// Giving the case directory to the team's group (`chown`).
        case givingCaseDirectoryToGroup(String)
        case creatingDraftsFolder
        /// A folder of the user's own (the handouts).
        case creatingFolder
        case creatingTemporaryFile
        case settingPermissions
        case flushing
        case writing
        case replacing
        case opening
        case openingLockFile
        case locking
        case writingAuditLog
        case deleting
    }

    public var description: String { message(.en) }
}
