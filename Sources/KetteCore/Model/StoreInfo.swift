/// The contents of `store.json`: what kind of store this is, its format version and municipality.
public struct StoreInfo: Sendable, Hashable {
    public static let format = "kette-store"
    /// The newest store format version this program reads and writes.
    public static let currentVersion = 1

    public var version: Int
    public var municipality: String
    public var locale: String
    /// Who may see cases and how long they are kept.
    public var cases = CaseSettings()
    public var extras: [JSONMember] = []

    public init(municipality: String, locale: String = "de-DE", version: Int = StoreInfo.currentVersion) {
        self.version = version
        self.municipality = municipality
        self.locale = locale
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("format", StoreInfo.format)
        b.add("version", version)
        b.add("municipality", municipality)
        b.add("locale", locale)
        if !cases.isDefault { b.add("cases", cases.json) }
        return b.build(extras: extras)
    }

    public static func == (a: StoreInfo, b: StoreInfo) -> Bool {
        a.version == b.version && a.municipality == b.municipality && a.locale == b.locale && a.cases == b.cases && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(municipality) }
}
