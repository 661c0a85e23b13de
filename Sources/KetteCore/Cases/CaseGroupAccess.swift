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
        if let st = closed(dir, type: S_IFDIR, to: gid) {
            out.append(.directoryClosed(owner: groupName(st.st_gid), mode: CaseProtection.modeText(st.st_mode)))
        }
        let closedFiles = files.filter { closed($0, type: S_IFREG, to: gid) != nil }
        if let first = closedFiles.first { out.append(.filesClosed(count: closedFiles.count, example: first)) }
        // A dot file: the case files' `chgrp … *.json` leaves it out.
        let log = "\(dir)/\(AuditLog.fileName)"
        if let st = closed(log, type: S_IFREG, to: gid) {
            out.append(.auditLogClosed(path: log, owner: groupName(st.st_gid), mode: CaseProtection.modeText(st.st_mode)))
        }
        let drafts = "\(dir)/.drafts"
        if let st = closed(drafts, type: S_IFDIR, to: gid) {
            out.append(.draftsClosed(path: drafts, owner: groupName(st.st_gid), mode: CaseProtection.modeText(st.st_mode)))
        }
        return out
    }

    /// The status of `path` when it is an entry of `type` (a directory or a regular file) that
    /// belongs to another group than `gid` or lacks the group's access (rwx for a directory, rw for
    /// a file); nil when it is missing, of another type, or open to the group.
    private static func closed(_ path: String, type: mode_t, to gid: gid_t) -> stat? {
        var st = stat()
        let bits: mode_t = type == S_IFDIR ? 0o070 : 0o060
        guard lstat(path, &st) == 0, st.st_mode & S_IFMT == type, st.st_gid != gid || st.st_mode & bits != bits else { return nil }
        return st
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
}
