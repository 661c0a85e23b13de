import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The previous versions of changed files, kept so that a bad edit can be rolled back
/// (`kette restore`).
///
/// Before a file is replaced, its current version is copied to `.history/NAME.rREVISION` beside
/// it (`<store>/.history/offers.json.r6`, `<store>/cases/.history/F-1.json.r3`), with the file's
/// own mode. The newest ``keep`` versions of each file are kept; older ones are deleted.
public enum StoreHistory {
    public static let keep = 10
    public static let directoryName = ".history"

    public struct Version: Sendable, Equatable {
        public var revision: Int
        public var path: String
        public var size: Int
        /// Seconds since 1970 when the version was replaced.
        public var savedAt: Int
    }

    /// `<store>/.history` for store files, `<store>/cases/.history` for case files.
    static func directory(for relativePath: String, in store: String) -> String {
        let parent = (relativePath as NSString).deletingLastPathComponent
        return parent.isEmpty ? "\(store)/\(directoryName)" : "\(store)/\(parent)/\(directoryName)"
    }

    /// Keeps `bytes` as the version `revision` of `relativePath`, then trims old versions.
    static func keep(_ bytes: [UInt8], revision: Int, of relativePath: String, in store: String,
                     mode: mode_t) throws(StoreWriteError) {
        let dir = directory(for: relativePath, in: store)
        // The history directory gets its parent's permissions (a team store: group-writable, setgid).
        var parent = stat()
        let parentPath = (dir as NSString).deletingLastPathComponent
        let dirMode: mode_t = stat(parentPath, &parent) == 0 ? parent.st_mode & 0o7777 : 0o755
        if mkdir(dir, dirMode) == 0 {
            AtomicFile.giveToGroup(of: parentPath, path: dir)
            chmod(dir, dirMode)  // mkdir applies the umask; the history must stay as open as its parent
        } else if errno != EEXIST {
            throw .io(path: dir, operation: .creatingHistoryDirectory, reason: AtomicFile.errnoText())
        }
        let name = (relativePath as NSString).lastPathComponent
        try AtomicFile.write(bytes, to: "\(dir)/\(name).r\(revision)", mode: mode)
        for old in versions(of: relativePath, in: store).dropFirst(keep) { unlink(old.path) }
    }

    /// The kept versions of a file, newest first.
    public static func versions(of relativePath: String, in store: String) -> [Version] {
        let dir = directory(for: relativePath, in: store)
        let prefix = (relativePath as NSString).lastPathComponent + ".r"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.compactMap { name -> Version? in
            guard name.hasPrefix(prefix), let revision = Int(name.dropFirst(prefix.count)) else { return nil }
            var st = stat()
            guard stat("\(dir)/\(name)", &st) == 0 else { return nil }
            return Version(revision: revision, path: "\(dir)/\(name)", size: Int(st.st_size), savedAt: Int(st.st_mtim.tv_sec))
        }.sorted { $0.revision > $1.revision }
    }
}
