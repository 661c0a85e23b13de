/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of namespace and name), so that every export of the
/// same store gives every HSDS object the same id.
public enum NameBasedUUID {
    /// Kette's namespace for HSDS ids (itself the version-5 UUID of the name "kette.example/hsds" in
    /// the RFC's URL namespace). Fixed: changing it changes every exported id.
    public static let ketteNamespace = "905eaaaf-24f8-5503-a6e5-473548f4fc9d"

    /// The RFC's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    public static let urlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8"

    /// The version-5 UUID of `name` in `namespace` (lowercase, with hyphens). `namespace` must be a UUID.
    public static func v5(_ name: String, namespace: String = ketteNamespace) -> String {
        guard let ns = namespace == ketteNamespace ? ketteNamespaceBytes : bytes(of: namespace) else {
            preconditionFailure("not a UUID: \(namespace)")
        }
        // Namespace and name in one buffer on the stack; the digest straight into the text.
        var name = name
        let h = name.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 + utf8.count) { message in
                for i in 0..<16 { message[i] = ns[i] }
                for i in 0..<utf8.count { message[16 + i] = utf8[i] }
                return SHA1.digest(UnsafeBufferPointer(message))
            }
        }
        return String(unsafeUninitializedCapacity: 36) { out in
            var n = 0
            for i in 0..<16 {
                let word = switch i / 4 { case 0: h.0; case 1: h.1; case 2: h.2; default: h.3 }
                var byte = UInt8(truncatingIfNeeded: word >> (24 - UInt32(i % 4) * 8))
                if i == 6 { byte = (byte & 0x0F) | 0x50 }
                if i == 8 { byte = (byte & 0x3F) | 0x80 }
                if i == 4 || i == 6 || i == 8 || i == 10 { out[n] = UInt8(ascii: "-"); n += 1 }
                out[n] = hexDigits[Int(byte >> 4)]
                out[n + 1] = hexDigits[Int(byte & 0x0F)]
                n += 2
            }
            return n
        }
    }

    private static let ketteNamespaceBytes = bytes(of: ketteNamespace)

    /// The 16 bytes of a UUID in its text form, or nil when it is not one.
    public static func bytes(of uuid: String) -> [UInt8]? {
        let hex = Array(uuid.utf8)
        guard hex.count == 36, [8, 13, 18, 23].allSatisfy({ hex[$0] == UInt8(ascii: "-") }) else { return nil }
        let digits = hex.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element)
        var out: [UInt8] = []
        for i in stride(from: 0, to: 32, by: 2) {
            guard let hi = nibble(digits[i]), let lo = nibble(digits[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
        }
        return out
    }

    /// True for a UUID in its text form (any version, either case).
    public static func isUUID(_ text: String) -> Bool { bytes(of: text) != nil }

    static func format(_ b: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(36)
        for (i, byte) in b.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexByte(_ b: UInt8) -> String { String(decoding: [hexDigits[Int(b >> 4)], hexDigits[Int(b & 0x0F)]], as: UTF8.self) }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
}
