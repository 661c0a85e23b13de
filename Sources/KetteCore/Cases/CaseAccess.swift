/// Who may see case records: the roles of `store.json` (`cases.group`, `cases.users`), checked
/// before any case file is read. Everyone else sees offers, the Leitbild and aggregated monitoring.
public enum CaseAccess: Sendable, Hashable {
    case permitted
    /// The store names who may see cases and this user is not among them.
    case notPermitted(user: String, group: String?, users: [String])
    /// Case data is never shown here (presentation mode on the projector).
    case hidden

    public var isPermitted: Bool { self == .permitted }

    /// Decides for `user` under the store's settings. Without roles in the store, the file
    /// permissions of `cases/` decide (a user who cannot read them gets an error when reading).
    public static func check(_ user: OSUser, settings: CaseSettings) -> CaseAccess {
        guard settings.restrictsAccess else { return .permitted }
        if settings.users.contains(user.name) { return .permitted }
        if let group = settings.group, user.groups.contains(group) { return .permitted }
        return .notPermitted(user: user.name, group: settings.group, users: settings.users)
    }

    /// A message for the user, in English (the CLI and TUI translate through ``Strings``).
    public var reason: String {
        switch self {
        case .permitted: return ""
        case .hidden: return "case records are not shown in presentation mode"
        case .notPermitted(let user, let group, let users):
            var who: [String] = []
            if let group { who.append("members of the group \(group)") }
            if !users.isEmpty { who.append("the users \(users.joined(separator: ", "))") }
            return "\(TerminalText.escaped(user)) may not see case records: the store allows only \(TerminalText.escaped(who.joined(separator: " and "))) (store.json, \"cases\")"
        }
    }
}
