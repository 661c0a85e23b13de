extension StoreLoadError {
    /// The error in an interface language; English is ``description``. Paths and link targets are
    /// escaped for the terminal. A syntax error in `store.json` keeps the `FILE:LINE:COLUMN: error:`
    /// form and the parser's message of `kette validate`.
    public func message(_ language: Language) -> String {
        guard language == .de else { return description }
        let text: String
        switch self {
        case .notFound(let p):
            text = "\(p): dieses Verzeichnis gibt es nicht (einen neuen Datenbestand legt `kette init \(p)` an)"
        case .notADirectory(let p):
            text = "\(p): kein Verzeichnis; ein Datenbestand ist ein Verzeichnis mit JSON-Dateien"
        case .unreadable(let p, _), .brokenLink(let p, _), .tooLarge(let p, _, _):
            text = "\(p): \(reason(.de))"
        case .outsideStore(let p, _):
            text = "\(p) \(reason(.de))"
        case .missingStoreFile(let p):
            text = "\(p): fehlt; jeder Datenbestand braucht eine store.json mit {\"format\": \"kette-store\", \"version\": 1, …}"
        case .invalidStoreFile:
            return description
        case .foreignFormat(let p, let found):
            text = found.map { "\(p):1:1: error: „format“ ist „\(TerminalText.escaped($0))“, erwartet „kette-store“; das ist kein Kette-Datenbestand" }
                ?? "\(p):1:1: error: der Schlüssel „format“ fehlt (erwartet „kette-store“); das ist kein Kette-Datenbestand"
        case .newerVersion(let p, let found, let supported):
            text = "\(p): das Format des Datenbestands hat Version \(found), dieses Programm versteht nur bis Version \(supported); "
                + "bitte Kette aktualisieren – der Datenbestand wurde nicht verändert"
        }
        return TerminalText.escaped(text)
    }

    /// What is wrong, without the path in front, in an interface language; English is ``reason``.
    public func reason(_ language: Language) -> String {
        guard language == .de else { return reason }
        let text: String
        switch self {
        case .unreadable(_, let reason): text = "nicht lesbar: \(SystemErrorText.text(reason, .de))"
        case .brokenLink(_, let target): text = "nicht lesbar: ein symbolischer Link auf \(target), das es nicht gibt"
        case .tooLarge(_, let bytes, let limit):
            text = "\(bytes) Bytes sind mehr als die Grenze von \(limit) Bytes für eine Datei des Datenbestands"
        case .outsideStore(_, let target):
            text = "ist ein symbolischer Link auf \(target), außerhalb des Datenbestands; Kette liest nur Dateien im Verzeichnis des Datenbestands"
        default: return message(.de)
        }
        return TerminalText.escaped(text)
    }
}
