/// A problem of an edited offer, on one field (see ``OfferEditing/issues(of:replacing:in:)``).
public struct OfferIssue: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case required
        case invalidID
        case duplicateID
        case unknownReference(String)
        case needsStageOrTransition
        case needsDistrictOrCitywide
        /// Any other rule of `kette validate`, with its (English) message.
        case other(String)
    }

    public var field: String
    public var kind: Kind

    public init(field: String, kind: Kind) {
        self.field = field
        self.kind = kind
    }
}
