extension CaseStoreError {
    /// The error in an interface language (the navigator's status line, the case commands).
    /// English is ``description``.
    public func message(_ language: Language) -> String {
        guard language == .de else { return description }
        let text = CaseText.german
        switch self {
        case .notPermitted(let access):
            return access.reason(.de)
        case .unprotected(let path, let mode, let fix):
            return "\(TerminalText.escaped(path)): Rechte \(mode) sind zu offen – andere können Falldaten erreichen; Kette öffnet sie nicht. Abhilfe: \(TerminalText.escaped(fix))"
        case .notFound(let id):
            return "kein Fall „\(TerminalText.escaped(id))“"
        case .idTaken(let id):
            return "es gibt schon einen Fall „\(TerminalText.escaped(id))“; nichts wurde gespeichert – bitte eine andere ID wählen"
        case .unreadable(let path, let reason):
            return "\(TerminalText.escaped(path)): \(reason.text(.de))"
        case .invalid(let problems):
            return problems.filter { $0.severity == .error }.map { "\($0.field): \($0.message(text))" }.joined(separator: "; ")
        case .conflict(let mine, let theirs):
            return "Fall \(TerminalText.escaped(mine.id)) wurde inzwischen von \(TerminalText.escaped(theirs.updatedBy ?? "jemand anderem")) geändert (r\(theirs.revision) gespeichert, Ihre Änderung beruht auf r\(mine.revision)); nichts wurde gespeichert"
        case .write(let e):
            return "Speichern fehlgeschlagen: \(e.message(.de))"
        case .audit(let e):
            return "Das Zugriffsprotokoll kann nicht geschrieben werden, deshalb werden keine Falldaten gezeigt: \(e.message(.de))"
        }
    }
}

extension CaseStoreError.Unreadable {
    /// The reason, without the path, escaped for the terminal. The detail of ``content(line:column:detail:)``
    /// is the message of `kette validate` and stays as it is.
    public func text(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .load(let e): return e.reason(language)
        case .system(let reason):
            return de ? "nicht lesbar: \(SystemErrorText.text(reason, .de))" : SystemErrorText.text(reason, .en)
        case .notADirectory:
            return de ? "kein Verzeichnis (ein symbolischer Link wird nicht angenommen: Falldaten müssen im Datenbestand bleiben)"
                : "not a directory (a symbolic link is not accepted: case data must stay inside the store)"
        case .notARegularFile:
            return de ? "keine gewöhnliche Datei (symbolische Links werden nicht angenommen)"
                : "not a regular file (symbolic links are not accepted)"
        case .content(let line, let column, let detail):
            let detail = TerminalText.escaped(detail)
            return de ? "nicht lesbar: Zeile \(line), Spalte \(column): \(detail)" : "line \(line), column \(column): \(detail)"
        case .notACase:
            return de ? "keine Falldatei (kein Fall-Objekt)" : "not a case record"
        case .idMismatch(let id):
            let id = TerminalText.escaped(id)
            return de ? "die Fall-ID „\(id)“ passt nicht zum Dateinamen" : "case id \"\(id)\" does not match the file name"
        }
    }
}
