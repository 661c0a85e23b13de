/// The operating system's reason for a failed file operation (`strerror`), in an interface
/// language. The C library gives English text in the C locale; the reasons a store or case file
/// meets in practice have a German text here, anything else is shown as the system gave it.
public enum SystemErrorText {
    /// The reason in `language`, escaped for the terminal.
    public static func text(_ reason: String, _ language: Language) -> String {
        guard language == .de else { return TerminalText.escaped(reason) }
        return TerminalText.escaped(german[reason] ?? reason)
    }

    static let german: [String: String] = [
        "Permission denied": "keine Berechtigung",
        "Operation not permitted": "Vorgang nicht erlaubt",
        "No such file or directory": "Datei oder Verzeichnis nicht vorhanden",
        "No space left on device": "kein Platz mehr auf dem Datenträger",
        "Disk quota exceeded": "Speicherkontingent überschritten",
        "Read-only file system": "das Dateisystem ist schreibgeschützt",
        "Is a directory": "ist ein Verzeichnis",
        "it is a directory": "ist ein Verzeichnis",
        "Not a directory": "ist kein Verzeichnis",
        "not a regular file": "keine gewöhnliche Datei",
        "File exists": "existiert bereits",
        "Directory not empty": "das Verzeichnis ist nicht leer",
        "Input/output error": "Ein-/Ausgabefehler",
        "Too many open files": "zu viele offene Dateien",
        "Device or resource busy": "Gerät oder Ressource belegt",
        "Resource temporarily unavailable": "vorübergehend nicht verfügbar",
        "File name too long": "Dateiname zu lang",
        "Too many levels of symbolic links": "zu viele verkettete symbolische Links",
        "Invalid argument": "ungültiges Argument",
        "Broken pipe": "die Gegenseite hat die Verbindung geschlossen",
        "Stale file handle": "veraltete Dateikennung (Netzlaufwerk)",
        "Text file busy": "Datei wird gerade benutzt",
    ]
}
