import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What happened to a case, as the audit log records it.
public enum AuditAction: String, Sendable, CaseIterable, Hashable {
    /// The case appeared in a case list (pseudonym, district and follow-up were shown).
    case list
    /// The case was opened in full.
    case read
    case create
    case update
    /// The case was deleted after its retention period.
    case purge
    /// The case file was read by `kette validate`.
    case validate
    /// An older version of the case was restored (`kette restore`).
    case restore
}

/// One line of the audit log.
public struct AuditEntry: Sendable, Hashable {
    public var time: String
    public var user: String
    public var action: AuditAction
    public var caseID: String

    public init(time: String, user: String, action: AuditAction, caseID: String) {
        self.time = time
        self.user = user
        self.action = action
        self.caseID = caseID
    }

    /// `TIME<TAB>USER<TAB>ACTION<TAB>CASE` — never any case content.
    public var line: String { "\(time)\t\(Self.clean(user))\t\(action.rawValue)\t\(Self.clean(caseID))" }

    init?(line: String) {
        let parts = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let action = AuditAction(rawValue: parts[2]) else { return nil }
        self.init(time: parts[0], user: parts[1], action: action, caseID: parts[3])
    }

    /// User names and ids are plain, but a line must stay one line whatever they contain.
    static func clean(_ s: String) -> String {
        String(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : Character($0) })
    }
}

/// The audit log of case access (`cases/.audit.log`): who read, created, changed or deleted which
/// case and when (Art. 32 DSGVO, input control). It lives inside the protected case directory,
/// has the case files' mode, and only ever grows; Kette never writes case content into it.
public struct AuditLog: Sendable {
    public static let fileName = ".audit.log"
    public let path: String

    public init(storePath: String) {
        path = "\(storePath)/\(StoreFile.casesDirectory)/\(Self.fileName)"
    }

    /// Appends entries in one `write` to a file opened for appending, so that lines of concurrent
    /// sessions never interleave. Throws when the log cannot be written: case data is then not shown.
    public func append(_ entries: [AuditEntry], mode: mode_t) throws(StoreWriteError) {
        guard !entries.isEmpty else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw .io(path: path, operation: .writingAuditLog, reason: AtomicFile.errnoText()) }
        defer { close(fd) }
        // A new log gets the case files' mode whatever the umask.
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size == 0 {
            AtomicFile.giveToGroup(of: (path as NSString).deletingLastPathComponent, fd: fd)
            fchmod(fd, mode)
        }
        let bytes = Array(entries.map { $0.line + "\n" }.joined().utf8)
        try AtomicFile.writeAll(bytes, to: fd, path: path, operation: .writingAuditLog)
        fsync(fd)
    }

    /// Every entry, oldest first. Lines that are not audit lines are skipped and counted.
    public func read() throws(StoreLoadError) -> (entries: [AuditEntry], skipped: Int) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return ([], 0) }
            throw .unreadable(path: path, reason: AtomicFile.errnoText())
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        let data = handle.readDataToEndOfFile()
        var entries: [AuditEntry] = [], skipped = 0
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            if let e = AuditEntry(line: String(line)) { entries.append(e) } else { skipped += 1 }
        }
        return (entries, skipped)
    }
}
