/// One choice of a choice field: an id (what is stored) and a label (what is shown).
public struct FormOption: Sendable, Hashable, Codable {
    public var id: String
    public var label: String
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}
