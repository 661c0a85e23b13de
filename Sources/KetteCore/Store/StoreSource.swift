import Foundation

/// Where a store's files come from: a directory, or files held in memory (the bundled demo).
public protocol StoreSource: Sendable {
    /// How to name the store to a person (a path, or "demo store").
    var displayName: String { get }
    /// False for stores that must never be written to (the bundled demo).
    var isWritable: Bool { get }
    /// How to name one file of the store in messages.
    func displayPath(of relativePath: String) -> String
    /// The file's bytes, or nil when it does not exist.
    func read(_ relativePath: String) throws(StoreLoadError) -> [UInt8]?
    /// File names (not paths) of the JSON files in `cases/`, sorted.
    func caseFileNames() throws(StoreLoadError) -> [String]
    /// Problems with how the case files are protected (too open permissions, links), with the fix
    /// for a solo or team store (``CaseProtection``).
    func caseProtectionProblems(settings: CaseSettings) -> [Diagnostic]
}

/// A store in memory: used for the bundled demo municipality and in tests.
public struct MemoryStoreSource: StoreSource {
    public let displayName: String
    public let files: [String: String]
    public var isWritable: Bool { false }

    public init(name: String, files: [String: String]) {
        self.displayName = name
        self.files = files
    }

    public func displayPath(of relativePath: String) -> String { "\(displayName)/\(relativePath)" }
    public func read(_ relativePath: String) throws(StoreLoadError) -> [UInt8]? { files[relativePath].map { Array($0.utf8) } }
    public func caseFileNames() throws(StoreLoadError) -> [String] {
        let prefix = StoreFile.casesDirectory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }
    public func caseProtectionProblems(settings: CaseSettings) -> [Diagnostic] { [] }
}
