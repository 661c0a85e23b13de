/// The one-character escapes of JSON strings (`\"` `\\` `\/` `\b` `\f` `\n` `\r` `\t`), shared by
/// the full parser and the fast offers reader.
enum JSONEscape {
    /// The byte a one-character escape stands for (`e` is the byte after the backslash); nil for
    /// `u` and for anything JSON does not allow.
    @inline(__always)
    static func simple(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }
}
