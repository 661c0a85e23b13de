extension StoreMergeError {
    /// The error in an interface language; English is ``description``. Paths are escaped for the
    /// terminal.
    public func message(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .demo:
            return de ? "Der Demo-Datenbestand ist schreibgeschützt: er ist eingebaut und wird nie geändert. Legen Sie mit "
                + "`kette init VERZEICHNIS` einen eigenen Datenbestand an und importieren Sie mit --store VERZEICHNIS."
                : "The bundled demo store is read-only: it is never written. Create a store of your own with `kette init DIR` "
                + "and import with --store DIR."
        case .readOnly(let s):
            let s = TerminalText.escaped(s)
            return de ? "\(s): der Datenbestand ist schreibgeschützt (keine Schreibrechte)."
                : "\(s): the store is read-only (no write permission)."
        case .invalidStore(let s, let n):
            let s = TerminalText.escaped(s)
            return de ? "\(s): der Datenbestand hat \(n) Fehler (siehe `kette validate`); in einen fehlerhaften Datenbestand wird nicht geschrieben."
                : "\(s): the store has \(n == 1 ? "1 error" : "\(n) errors") (see `kette validate`); a store with errors is never written to."
        case .rejected(let n):
            return de ? "Nichts importiert: \(n == 1 ? "1 Zeile hat" : "\(n) Zeilen haben") Fehler. Eine Datei wird ganz oder gar "
                + "nicht übernommen: bitte die Datei korrigieren und erneut importieren."
                : "Nothing imported: \(n == 1 ? "1 line has" : "\(n) lines have") errors. A file is imported completely or not "
                + "at all: correct the file and import it again."
        case .changedMeanwhile(let p):
            let p = TerminalText.escaped(p)
            return de ? "\(p) wurde inzwischen geändert (von einer anderen Kette-Sitzung oder einem anderen Programm); "
                + "nichts wurde gespeichert – bitte den Import wiederholen."
                : "\(p) was changed meanwhile (by another Kette session or program); nothing was saved — run the import again."
        case .cancelled:
            return de ? "Abgebrochen; nichts wurde geschrieben." : "Cancelled; nothing was written."
        case .load(let e): return e.message(language)
        case .write(let e): return e.message(language)
        }
    }
}
