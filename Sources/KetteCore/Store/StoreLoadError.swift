/// Why a store could not be opened at all. (Problems inside a readable store are
/// ``Diagnostic``s instead.)
public enum StoreLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notADirectory(path: String)
    case unreadable(path: String, reason: String)
    /// A store file is a symbolic link to something that does not exist.
    case brokenLink(path: String, target: String)
    case missingStoreFile(path: String)
    case invalidStoreFile(path: String, line: Int, column: Int, message: String)
    case foreignFormat(path: String, found: String?)
    case newerVersion(path: String, found: Int, supported: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A store file (or the cases directory) is a symbolic link that leads out of the store.
    case outsideStore(path: String, target: String)

    /// The English message (logs, tests; the user sees ``message(_:)``); store paths and link
    /// targets are shown with control characters escaped, so a crafted file name cannot reach the
    /// terminal as a command.
    public var description: String { TerminalText.escaped(rawDescription) }

    /// What is wrong, without the path in front: for a ``Diagnostic`` that names the file itself.
    public var reason: String {
        let text: String = switch self {
        case .unreadable(_, let reason): "cannot be read: \(reason)"
        case .brokenLink(_, let target): "cannot be read: \(Self.brokenLinkMessage(target))"
        case .tooLarge(_, let bytes, let limit): "\(bytes) bytes is larger than the limit of \(limit) bytes for a store file"
        case .outsideStore(_, let target): Self.outsideMessage(target)
        default: rawDescription
        }
        return TerminalText.escaped(text)
    }

    static func outsideMessage(_ target: String) -> String {
        "is a symbolic link to \(target), outside the store; Kette reads only files inside the store directory"
    }

    static func brokenLinkMessage(_ target: String) -> String {
        "it is a symbolic link to \(target), which does not exist"
    }

    private var rawDescription: String {
        switch self {
        case .notFound(let p):
            "\(p): no such store directory (create one with `kette init \(p)`)"
        case .notADirectory(let p):
            "\(p): not a directory; a store is a directory of JSON files"
        case .unreadable(let p, let reason):
            "\(p): cannot be read: \(reason)"
        case .brokenLink(let p, let target):
            "\(p): cannot be read: \(Self.brokenLinkMessage(target))"
        case .missingStoreFile(let p):
            "\(p): missing; every store needs a store.json with {\"format\": \"kette-store\", \"version\": 1, …}"
        case .invalidStoreFile(let p, let line, let column, let message):
            "\(p):\(line):\(column): error: \(message)"
        case .foreignFormat(let p, let found):
            if let found {
                "\(p):1:1: error: \"format\" is \"\(TerminalText.escaped(found))\", expected \"kette-store\"; this is not a Kette store"
            } else {
                "\(p):1:1: error: missing key \"format\" (expected \"kette-store\"); this is not a Kette store"
            }
        case .newerVersion(let p, let found, let supported):
            "\(p): store format version \(found) is newer than this program understands (up to \(supported)); update Kette — the store was not changed"
        case .tooLarge(let p, let bytes, let limit):
            "\(p): \(bytes) bytes is larger than the limit of \(limit) bytes for a store file"
        case .outsideStore(let p, let target):
            "\(p) \(Self.outsideMessage(target))"
        }
    }
}
