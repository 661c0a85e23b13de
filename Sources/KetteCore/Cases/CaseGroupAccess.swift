#if canImport(Glibc)
import Glibc
#endif

/// Whether the team named in `store.json` (`"cases": {"group": …}`) can reach the case data: a
/// case directory or case file that belongs to another group, or is closed to the group, locks the
/// colleagues out although nothing is open to others — `kette validate` warns with the fix.
public enum CaseGroupAccess {
    public enum Finding: Sendable, Equatable {
        /// The group named in store.json does not exist on this machine.
        case unknownGroup(String)
        /// The case directory belongs to `owner` (a group name or gid) or lacks group rwx.
        case directoryClosed(owner: String, mode: String)
        /// Case files that belong to another group or are not group read/write.
        case filesClosed(count: Int, example: String)
        /// The audit log (`cases/.audit.log`) belongs to another group or is not group read/write:
        /// every case read is logged first, so no colleague can open any case.
        case auditLogClosed(path: String, owner: String, mode: String)
        /// The drafts folder (`cases/.drafts`) belongs to another group or lacks group rwx: the
        /// colleagues' case forms keep no draft.
        case draftsClosed(path: String, owner: String, mode: String)
    }

    /// Checks the case directory `dir` and the case files `files` (paths) against `group`.
    public static func check(directory dir: String, files: [String], group: String) -> [Finding] {
        guard let entry = getgrnam(group) else { return [.unknownGroup(group)] }
        let gid = entry.pointee.gr_gid
        var out: [Finding] = []
        var st = stat()
        if lstat(dir, &st) == 0, st.st_mode & S_IFMT == S_IFDIR,
           st.st_gid != gid || st.st_mode & 0o070 != 0o070 {
            out.append(.directoryClosed(owner: groupName(st.st_gid), mode: octal(st.st_mode & 0o7777)))
        }
        var closed: [String] = []
        for file in files {
            var f = stat()
            guard lstat(file, &f) == 0, f.st_mode & S_IFMT == S_IFREG else { continue }
            if f.st_gid != gid || f.st_mode & 0o060 != 0o060 { closed.append(file) }
        }
        if let first = closed.first { out.append(.filesClosed(count: closed.count, example: first)) }
        // A dot file: the case files' `chgrp … *.json` leaves it out.
        let log = "\(dir)/\(AuditLog.fileName)"
        var l = stat()
        if lstat(log, &l) == 0, l.st_mode & S_IFMT == S_IFREG, l.st_gid != gid || l.st_mode & 0o060 != 0o060 {
            out.append(.auditLogClosed(path: log, owner: groupName(l.st_gid), mode: octal(l.st_mode & 0o7777)))
        }
        let drafts = "\(dir)/.drafts"
        var d = stat()
        if lstat(drafts, &d) == 0, d.st_mode & S_IFMT == S_IFDIR, d.st_gid != gid || d.st_mode & 0o070 != 0o070 {
            out.append(.draftsClosed(path: drafts, owner: groupName(d.st_gid), mode: octal(d.st_mode & 0o7777)))
        }
        return out
    }

    /// The warning text for `validate` (its diagnostics are English, like a compiler's).
    public static func message(_ finding: Finding, group: String, directory: String) -> String {
        let g = TerminalText.escaped(CaseProtection.shellWord(group)), d = TerminalText.escaped(CaseProtection.shellWord(directory))
        switch finding {
        case .unknownGroup:
            return "store.json gives case data to the group \"\(g)\", which does not exist on this machine; create it (`groupadd \(g)`) or correct store.json"
        case .directoryClosed(let owner, let mode):
            return "the cases directory (group \(TerminalText.escaped(owner)), mode \(mode)) is closed to the case group \"\(g)\": colleagues cannot open case data; run `chgrp \(g) \(d) && chmod 2770 \(d)`"
        case .filesClosed(let count, let example):
            let which = count == 1 ? "the case file \(TerminalText.escaped(example)) is" : "\(count) case files (e.g. \(TerminalText.escaped(example))) are"
            return "\(which) not readable and writable for the case group \"\(g)\": colleagues cannot open them; run `chgrp \(g) \(d)/*.json && chmod 660 \(d)/*.json`"
        case .auditLogClosed(let path, let owner, let mode):
            let p = TerminalText.escaped(CaseProtection.shellWord(path))
            return "the audit log \(TerminalText.escaped(path)) (group \(TerminalText.escaped(owner)), mode \(mode)) is closed to the case group \"\(g)\": every case read is logged first, so colleagues cannot open any case; run `chgrp \(g) \(p) && chmod 660 \(p)`"
        case .draftsClosed(let path, let owner, let mode):
            let p = TerminalText.escaped(CaseProtection.shellWord(path))
            return "the drafts folder \(TerminalText.escaped(path)) (group \(TerminalText.escaped(owner)), mode \(mode)) is closed to the case group \"\(g)\": colleagues' case forms keep no draft of their input; run `chgrp \(g) \(p) && chmod 2770 \(p)`"
        }
    }

    static func groupName(_ gid: gid_t) -> String {
        guard let g = getgrgid(gid) else { return String(gid) }
        return String(cString: g.pointee.gr_name)
    }

    static func octal(_ mode: mode_t) -> String {
        var digits = ""
        var m = Int(mode)
        for _ in 0..<4 { digits = String(m % 8) + digits; m /= 8 }
        return digits
    }
}
