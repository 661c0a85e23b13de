/// The JSON files a store directory holds (cases apart).
public enum StoreFile: String, Sendable, CaseIterable, Hashable {
    case store, leitbild, stages, districts, needs, offers, indicators

    public var fileName: String { rawValue + ".json" }

    /// `needs.json` may be absent; every other file must be there.
    public var isRequired: Bool { self != .needs }

    public static let casesDirectory = "cases"
}

/// What a file carries besides its records: its revision and unknown top-level keys.
public struct FileMeta: Sendable, Hashable {
    public var revision: Int
    public var extras: [JSONMember]
    public init(revision: Int = 0, extras: [JSONMember] = []) {
        self.revision = revision
        self.extras = extras
    }
    public static func == (a: FileMeta, b: FileMeta) -> Bool { a.revision == b.revision && a.extras == b.extras }
    public func hash(into h: inout Hasher) { h.combine(revision) }
}
