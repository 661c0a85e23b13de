/// A long text field of an offer as it is held: the text itself (offers made in code, read on
/// the full path, or edited), or where it lies in the `offers.json` the offer was read from
/// (offers read on the fast path; see ``OfferTextSource``).
enum OfferTextValue: Sendable {
    case text(String)
    case stored(OfferTextRef)

    /// The text when it is held; nil for a stored one, which only the offer that holds the
    /// ``OfferTextSource`` can read (``Offer`` hands out contacts with their texts read).
    var heldText: String? {
        if case .text(let s) = self { return s }
        return nil
    }
}
