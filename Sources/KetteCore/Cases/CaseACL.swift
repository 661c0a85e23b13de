import CXattr
#if canImport(Glibc)
import Glibc
#endif

/// POSIX access control lists on case data. Mode bits can look closed (0600, 0660) while an ACL
/// entry still lets a named user or group read the file — `setfacl -m u:praktikant:r fall.json`.
/// Such entries are found here so that ``CaseProtection`` treats them like an open mode.
///
/// The kernel keeps an ACL in the extended attribute `system.posix_acl_access` (and, for a
/// directory, the ACL new files inherit in `system.posix_acl_default`): a little-endian version
/// (2), then entries of a 16-bit tag, 16-bit permissions and a 32-bit user or group id.
enum CaseACL {
    struct Entry: Equatable {
        enum Kind: Equatable { case user, group }
        var kind: Kind
        var id: UInt32
        /// Read, write, execute as `rwx`/`-`, after the ACL's mask.
        var permissions: String
    }

    static let accessAttribute = "system.posix_acl_access"
    static let defaultAttribute = "system.posix_acl_default"

    private static let tagUser: UInt16 = 0x02
    private static let tagGroup: UInt16 = 0x08
    private static let tagMask: UInt16 = 0x10

    /// The named user and group entries of an ACL that grant anything (after the mask), except a
    /// user entry for `owner` and a group entry for `owningGroup` (they reach no one the owner and
    /// group bits do not already).
    static func grants(in attribute: [UInt8], owner: UInt32 = UInt32.max, owningGroup: UInt32) -> [Entry] {
        guard attribute.count >= 4, attribute.count % 8 == 4, le32(attribute, 0) == 2 else { return [] }
        var raw: [(tag: UInt16, perm: UInt16, id: UInt32)] = []
        var mask: UInt16 = 0o7
        for at in stride(from: 4, to: attribute.count, by: 8) {
            let tag = UInt16(attribute[at]) | UInt16(attribute[at + 1]) << 8
            let perm = UInt16(attribute[at + 2]) | UInt16(attribute[at + 3]) << 8
            if tag == tagMask { mask = perm & 0o7 }
            raw.append((tag, perm & 0o7, le32(attribute, at + 4)))
        }
        return raw.compactMap { e in
            let effective = e.perm & mask
            guard effective != 0 else { return nil }
            switch e.tag {
            case tagUser where e.id != owner: return Entry(kind: .user, id: e.id, permissions: text(effective))
            case tagGroup where e.id != owningGroup: return Entry(kind: .group, id: e.id, permissions: text(effective))
            default: return nil
            }
        }
    }

    /// The granting entries of the ACLs at `path` (not following a link): its access ACL, and for a
    /// directory also the ACL its new files inherit. Empty where there is none or ACLs are unsupported.
    static func grants(at path: String, owner: UInt32, owningGroup: UInt32, isDirectory: Bool) -> [Entry] {
        let names = isDirectory ? [accessAttribute, defaultAttribute] : [accessAttribute]
        return names.flatMap { grants(in: attribute(named: $0, at: path), owner: owner, owningGroup: owningGroup) }
    }

    /// `user:NAME:r--` / `group:NAME:r--`, as `getfacl` shows them (the id where no name is known).
    static func describe(_ entries: [Entry]) -> String {
        entries.map { e in
            switch e.kind {
            case .user: return "user:\(userName(e.id)):\(e.permissions)"
            case .group: return "group:\(TerminalText.escaped(CaseGroupAccess.groupName(e.id))):\(e.permissions)"
            }
        }.joined(separator: ",")
    }

    private static func attribute(named name: String, at path: String) -> [UInt8] {
        let size = lgetxattr(path, name, nil, 0)
        guard size > 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: size)
        let read = buffer.withUnsafeMutableBytes { lgetxattr(path, name, $0.baseAddress, size) }
        return read > 0 ? Array(buffer.prefix(read)) : []
    }

    private static func le32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    private static func text(_ perm: UInt16) -> String {
        (perm & 4 != 0 ? "r" : "-") + (perm & 2 != 0 ? "w" : "-") + (perm & 1 != 0 ? "x" : "-")
    }

    private static func userName(_ id: UInt32) -> String {
        guard let pw = getpwuid(id), let name = pw.pointee.pw_name else { return String(id) }
        return TerminalText.escaped(String(cString: name))
    }
}
