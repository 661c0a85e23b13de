/// SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 9562, version 5) only — not for security.
public enum SHA1 {
    /// The 20-byte digest of `message`.
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        message.withUnsafeBufferPointer { m in
            let h = digest(m)
            return [h.0, h.1, h.2, h.3, h.4].flatMap { v in (0..<4).map { UInt8(truncatingIfNeeded: v >> (24 - UInt32($0) * 8)) } }
        }
    }

    /// The digest as 40 lowercase hex digits.
    public static func hex(_ message: [UInt8]) -> String { digest(message).map(NameBasedUUID.hexByte).joined() }

    /// The digest as its five 32-bit words. The whole blocks of the message are read where they
    /// are; only the last one or two (with the padding and the length) are copied, into the stack.
    static func digest(_ message: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32, UInt32, UInt32, UInt32) {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        let count = message.count
        let whole = count / 64 * 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            var offset = 0
            while offset < whole {
                compress(UnsafeBufferPointer(rebasing: message[offset..<offset + 64]), &h, w)
                offset += 64
            }
            // The rest, 0x80, zeros, and the length in bits (big-endian): one block, or two when the
            // rest leaves fewer than 9 bytes.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let rest = count - whole
                let blocks = rest < 56 ? 1 : 2
                for i in 0..<rest { tail[i] = message[whole + i] }
                tail[rest] = 0x80
                for i in (rest + 1)..<(blocks * 64) { tail[i] = 0 }
                let bits = UInt64(count) &* 8
                for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bits >> (UInt64(i) * 8)) }
                let t = UnsafeBufferPointer(tail)
                for b in 0..<blocks { compress(UnsafeBufferPointer(rebasing: t[b * 64..<b * 64 + 64]), &h, w) }
            }
        }
        return h
    }

    /// One 64-byte block into the state; `w` holds the 80-word message schedule.
    @inline(__always)
    private static func compress(_ block: UnsafeBufferPointer<UInt8>, _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32),
                                 _ w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var a = h.0, b = h.1, c = h.2, d = h.3, e = h.4
        // The four rounds of 20 steps, each with its own function and constant (no branch per step).
        @inline(__always) func step(_ f: UInt32, _ k: UInt32, _ i: Int) {
            let t = rotl(a, 5) &+ f &+ e &+ k &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = t
        }
        for i in 0..<20 { step((b & c) | (~b & d), 0x5A82_7999, i) }
        for i in 20..<40 { step(b ^ c ^ d, 0x6ED9_EBA1, i) }
        for i in 40..<60 { step((b & c) | (b & d) | (c & d), 0x8F1B_BCDC, i) }
        for i in 60..<80 { step(b ^ c ^ d, 0xCA62_C1D6, i) }
        h.0 = h.0 &+ a; h.1 = h.1 &+ b; h.2 = h.2 &+ c; h.3 = h.3 &+ d; h.4 = h.4 &+ e
    }

    @inline(__always) private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { x << n | x >> (32 - n) }
}
