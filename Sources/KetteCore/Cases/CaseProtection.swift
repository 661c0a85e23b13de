import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whether the case directory or a case file is closed to others, and the exact fix when it is not:
/// one rule for `kette validate` and for the case store, which opens nothing that fails it.
///
/// Others (world) may have no access at all, nor a named user or group through an ACL entry (see
/// ``CaseACL``; the fix is `setfacl -b`). The fix for a mode sets the mode Kette gives new case data: in a
/// solo store the directory 0700 and files 0600; in a team store (``isTeamStore(_:settings:)``) the
/// directory 2770 and files 0660, so that following the advice does not lock the colleagues out.
public enum CaseProtection: Sendable, Equatable {
    case protected
    /// Nothing at that path.
    case missing
    case symbolicLink
    /// Not a directory (for the case directory) or not a regular file (for a case file).
    case wrongType
    /// Others can reach it: its mode in octal (with the granting ACL entries, `+ACL user:…:r--`),
    /// and the `chmod` or `setfacl` that closes it.
    case open(mode: String, fix: String)
    case unreadable(reason: String)

    /// Checks the case directory (`isDirectory`) or a case file at `path`, without following links.
    public static func check(_ path: String, isDirectory: Bool, team: Bool) -> CaseProtection {
        var st = stat()
        guard lstat(path, &st) == 0 else { return errno == ENOENT ? .missing : .unreadable(reason: AtomicFile.errnoText()) }
        let type = st.st_mode & S_IFMT
        if type == S_IFLNK { return .symbolicLink }
        guard type == (isDirectory ? S_IFDIR : S_IFREG) else { return .wrongType }
        let mode = st.st_mode & 0o7777
        if mode & 0o007 != 0 {
            let target = isDirectory ? (team ? "2770" : "700") : (team ? "660" : "600")
            return .open(mode: modeText(mode), fix: "chmod \(target) \(shellWord(path))")
        }
        let acl = CaseACL.grants(at: path, owner: st.st_uid, owningGroup: st.st_gid, isDirectory: isDirectory)
        guard acl.isEmpty else {
            // -b removes the extended entries, -k what a directory's new files would inherit.
            return .open(mode: modeText(mode) + " +ACL " + CaseACL.describe(acl),
                         fix: "setfacl -b\(isDirectory ? " -k" : "") \(shellWord(path))")
        }
        return .protected
    }

    /// The permission bits of `mode` as `chmod` takes them, four octal digits (setgid included).
    static func modeText(_ mode: mode_t) -> String { String(format: "%04o", UInt32(mode & 0o7777)) }

    /// `path` as one word of a shell command: as it is when nothing in it is special to a shell,
    /// else in single quotes (a quote inside as `'\''`), so that the fix can be copied as it stands.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { s in
            s.isASCII && (CharacterSet.alphanumerics.contains(s) || "/._-+,:@%=".unicodeScalars.contains(s))
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Whether the store shares its case data with a team's group: `store.json` names the group,
    /// or the store directory is the group's (the team setup of the README: 2770), or the case
    /// directory is — group-writable and closed to others.
    public static func isTeamStore(_ store: String, settings: CaseSettings) -> Bool {
        if settings.group != nil || AtomicFile.isGroupShared(store) { return true }
        var st = stat()
        return stat("\(store)/\(StoreFile.casesDirectory)", &st) == 0 && st.st_mode & 0o077 == 0o070
    }
}
