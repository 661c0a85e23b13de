import KetteCore

/// A change to the store's offers for the Navigator to save through KetteCore
/// (``OfferEditing/save(_:replacing:in:directory:)``); the result goes back into the state.
public struct OfferChange: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case edit, create, archive }
    public var offer: Offer
    /// The id of the offer it replaces (nil for a new one).
    public var replacing: String?
    public var kind: Kind

    public init(offer: Offer, replacing: String?, kind: Kind) {
        self.offer = offer
        self.replacing = replacing
        self.kind = kind
    }
}
