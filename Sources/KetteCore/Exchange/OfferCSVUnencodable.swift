/// A CSV export in Windows-1252 refused because offers hold characters that encoding lacks (e.g.
/// Cyrillic): the first such character in the file, and the ids of every offer whose row has one.
public struct OfferCSVUnencodable: Error, Sendable, Hashable {
    public var character: Character
    public var offers: [String]

    public init(character: Character, offers: [String]) {
        self.character = character
        self.offers = offers
    }
}
