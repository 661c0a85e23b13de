#if canImport(Glibc)
import Glibc
#endif

/// Notices when another session changed a store on disk: compares the identity (inode, size,
/// modification time) of every store file and case file with what it saw last. A poll costs a few
/// `stat` calls, so a running UI can ask every second.
public final class StoreWatcher {
    public let source: DirectoryStoreSource
    private var fingerprint: [String: [Int]]

    public init(source: DirectoryStoreSource) {
        self.source = source
        fingerprint = [:]
        fingerprint = current()
    }

    private func current() -> [String: [Int]] {
        var names = StoreFile.allCases.map(\.fileName)
        names += ((try? source.caseFileNames()) ?? []).map { "\(StoreFile.casesDirectory)/\($0)" }
        var result: [String: [Int]] = [:]
        for name in names {
            var st = stat()
            if stat(source.displayPath(of: name), &st) == 0 {
                result[name] = [Int(st.st_ino), Int(st.st_size), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec)]
            }
        }
        return result
    }

    /// True (once) when a file was added, removed or replaced since the last call.
    public func poll() -> Bool { !changes().isEmpty }

    /// The files (paths inside the store) added, removed or replaced since the last call, sorted.
    public func changes() -> [String] {
        let now = current()
        guard now != fingerprint else { return [] }
        let changed = Set(now.keys).union(fingerprint.keys).filter { now[$0] != fingerprint[$0] }
        fingerprint = now
        return changed.sorted()
    }
}
