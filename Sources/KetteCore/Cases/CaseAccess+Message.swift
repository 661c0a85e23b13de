extension CaseAccess {
    /// Why case records are not shown, in an interface language; English is ``reason``. The
    /// navigator says it shorter (``CaseLabels/noAccess``); this names who is allowed.
    public func reason(_ language: Language) -> String {
        guard language == .de else { return reason }
        switch self {
        case .permitted: return ""
        case .hidden: return CaseLabels.german.notInPresentation
        case .notPermitted(let user, let group, let users):
            var who: [String] = []
            if let group { who.append("den Mitgliedern der Gruppe „\(group)“") }
            if !users.isEmpty { who.append("\(users.count == 1 ? "dem Benutzer" : "den Benutzern") \(users.joined(separator: ", "))") }
            return "\(TerminalText.escaped(user)) darf keine Fälle sehen: der Datenbestand gibt sie nur "
                + "\(TerminalText.escaped(who.joined(separator: " und "))) frei (store.json, „cases“)"
        }
    }
}
