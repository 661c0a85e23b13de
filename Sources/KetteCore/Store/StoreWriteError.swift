/// Why a write to the store failed. Nothing was changed when one of these is thrown.
public enum StoreWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    case readOnly(path: String)
    case exists(path: String)
    case io(path: String, operation: String, reason: String)
    case locked(path: String)
    /// The file on disk is not the version the change was based on: someone else saved meanwhile.
    case conflict(path: String, expected: Int, found: Int)

    public var description: String {
        switch self {
        case .readOnly(let p): "\(p): the store is read-only"
        case .exists(let p): "\(p): already exists and is not empty; choose a new directory"
        case .io(let p, let op, let reason): "\(p): \(op) failed: \(reason)"
        case .locked(let p): "\(p): another Kette process is writing to this store; try again in a moment"
        case .conflict(let p, let expected, let found):
            "\(p): changed by someone else meanwhile (revision \(found) on disk, this change was based on revision \(expected)); nothing was saved — reload and apply the change again"
        }
    }
}
