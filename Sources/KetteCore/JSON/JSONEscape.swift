/// The one-character escapes of JSON strings (`\"` `\\` `\/` `\b` `\f` `\n` `\r` `\t`) and the digits
/// of `\uXXXX`, shared by the full parser, the fast offers reader and the lazy texts' decoder.
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

    /// The value of one hexadecimal digit of a `\uXXXX` escape; nil for any other byte.
    @inline(__always)
    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: UInt32(b - 0x30)
        case 0x41...0x46: UInt32(b - 0x41 + 10)
        case 0x61...0x66: UInt32(b - 0x61 + 10)
        default: nil
        }
    }
}
