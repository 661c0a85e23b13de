/// Where the JSON string of one long text field lies in `offers.json`: the offset of its first
/// byte after the opening quote, how many bytes there are up to the closing quote, and whether
/// they hold escapes (then they must be decoded, else they are the text's UTF-8 as they are).
///
/// Packed into one word so that a field read lazily costs 8 bytes instead of a heap String
/// (≈ 50 bytes of overhead on top of its text).
struct OfferTextRef: Sendable, Hashable {
    let bits: UInt64

    /// Offsets and lengths up to 2^31 fit (``DirectoryStoreSource/maximumFileSize`` is 2 GB).
    static let limit = 1 << 31

    init?(offset: Int, length: Int, escaped: Bool) {
        guard offset >= 1, offset < Self.limit, length >= 0, length < Self.limit else { return nil }
        bits = UInt64(offset) << 32 | UInt64(length) << 1 | (escaped ? 1 : 0)
    }

    var offset: Int { Int(bits >> 32) }
    var length: Int { Int((bits >> 1) & 0x7FFF_FFFF) }
    var escaped: Bool { bits & 1 != 0 }
}
