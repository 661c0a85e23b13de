extension StoreWriteError {
    /// The error in an interface language; English is ``description``. The path is escaped for the
    /// terminal.
    public func message(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .readOnly(let p):
            let p = TerminalText.escaped(p)
            return de ? "\(p): der Datenbestand ist schreibgeschützt" : "\(p): the store is read-only"
        case .exists(let p):
            let p = TerminalText.escaped(p)
            return de ? "\(p): gibt es schon und ist nicht leer; bitte ein neues Verzeichnis wählen"
                : "\(p): already exists and is not empty; choose a new directory"
        case .io(let p, let operation, let reason):
            let p = TerminalText.escaped(p)
            let why = SystemErrorText.text(reason, language)
            return de ? "\(p): \(operation.text(language)) fehlgeschlagen: \(why)"
                : "\(p): \(operation.text(language)) failed: \(why)"
        case .locked(let p):
            let p = TerminalText.escaped(p)
            return de ? "\(p): ein anderes Kette-Programm schreibt gerade in diesen Datenbestand; bitte gleich noch einmal versuchen"
                : "\(p): another Kette process is writing to this store; try again in a moment"
        case .conflict(let p, let expected, let found):
            let p = TerminalText.escaped(p)
            return de ? "\(p): wurde inzwischen von jemand anderem geändert (r\(found) gespeichert, diese Änderung beruht auf "
                + "r\(expected)); nichts wurde gespeichert – bitte neu laden und die Änderung noch einmal vornehmen"
                : "\(p): changed by someone else meanwhile (revision \(found) on disk, this change was based on revision "
                + "\(expected)); nothing was saved — reload and apply the change again"
        case .changedSinceLoad(let p):
            let p = TerminalText.escaped(p)
            return de ? "\(p): wurde seit dem Laden von einem anderen Programm überschrieben; die Texte der Angebote "
                + "(Beschreibung, Adresse …) werden von dort gelesen und sind nicht mehr verlässlich – nichts wurde geschrieben; "
                + "bitte neu laden und noch einmal versuchen"
                : "\(p): was overwritten by another program since it was loaded; the offers' texts (description, address, …) "
                + "are read from it and can no longer be trusted — nothing was written; reload and try again"
        }
    }
}

extension StoreWriteError.Operation {
    /// What was being done, as the subject of "… failed" / "… fehlgeschlagen".
    public func text(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .creatingDirectory: return de ? "Anlegen des Verzeichnisses" : "creating the directory"
        case .creatingHistoryDirectory: return de ? "Anlegen des Versionsordners (.history)" : "creating the history directory"
        case .creatingCaseDirectory: return de ? "Anlegen des Fallverzeichnisses" : "creating the case directory"
        case .givingCaseDirectoryToGroup(let group):
            let g = TerminalText.escaped(group)
            return de ? "Übergabe des Fallverzeichnisses an die Gruppe „\(g)“" : "giving the case directory to group \(g)"
        case .creatingDraftsFolder: return de ? "Anlegen des Entwurfsordners" : "creating the drafts folder"
        case .creatingFolder: return de ? "Anlegen des Ordners" : "creating the folder"
        case .creatingTemporaryFile: return de ? "Anlegen einer temporären Datei" : "creating a temporary file"
        case .settingPermissions: return de ? "Setzen der Zugriffsrechte" : "chmod"
        case .flushing: return de ? "Sichern auf den Datenträger" : "fsync"
        case .writing: return de ? "Schreiben" : "writing"
        case .replacing: return de ? "Ersetzen der Datei" : "rename"
        case .opening: return de ? "Öffnen" : "opening"
        case .openingLockFile: return de ? "Öffnen der Sperrdatei" : "opening the lock file"
        case .locking: return de ? "Sperren" : "locking"
        case .writingAuditLog: return de ? "Schreiben des Zugriffsprotokolls" : "writing the audit log"
        case .deleting: return de ? "Löschen" : "deleting"
        }
    }
}
