extension CaseStoreError {
    /// The error in an interface language (the navigator's status line). English is ``description``.
    public func message(_ language: Language) -> String {
        guard language == .de else { return description }
        let text = CaseText.german
        switch self {
        case .notPermitted(let access):
            if case .notPermitted(let user, _, _) = access { return CaseLabels.german.noAccess(TerminalText.escaped(user)) }
            return CaseLabels.german.notInPresentation
        case .unprotected(let path, let mode, let fix):
            return "\(TerminalText.escaped(path)): Rechte \(mode) sind zu offen – andere können Falldaten erreichen; Kette öffnet sie nicht. Abhilfe: \(TerminalText.escaped(fix))"
        case .notFound(let id):
            return "kein Fall „\(TerminalText.escaped(id))“"
        case .unreadable(let path, let message):
            return "\(TerminalText.escaped(path)): nicht lesbar: \(TerminalText.escaped(message))"
        case .invalid(let problems):
            return problems.filter { $0.severity == .error }.map { "\($0.field): \($0.message(text))" }.joined(separator: "; ")
        case .conflict(let mine, let theirs):
            return "Fall \(TerminalText.escaped(mine.id)) wurde inzwischen von \(TerminalText.escaped(theirs.updatedBy ?? "jemand anderem")) geändert (r\(theirs.revision) gespeichert, Ihre Änderung beruht auf r\(mine.revision)); nichts wurde gespeichert"
        case .write(let e):
            return "Speichern fehlgeschlagen: \(e.description)"
        case .audit(let e):
            return "Das Protokoll kann nicht geschrieben werden, deshalb werden keine Falldaten gezeigt: \(e.description)"
        }
    }
}
