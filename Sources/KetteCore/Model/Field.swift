/// The four fields of work an offer belongs to.
public enum Field: String, Sendable, CaseIterable, Hashable {
    case gesundheit, bildung, jugendhilfe, soziales
}
