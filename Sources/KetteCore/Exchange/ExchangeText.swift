/// The messages of imports, exports and handouts, in German or English. (Kept apart from
/// ``Strings``: these belong to the exchange feature only.)
public struct ExchangeText: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    public static let german = ExchangeText(language: .de)
    public static let english = ExchangeText(language: .en)

    private var de: Bool { language == .de }

    /// Store or file text quoted in a message: escaped for the terminal, at most 60 characters.
    func q(_ text: String) -> String {
        let t = TerminalText.escaped(text)
        let short = t.count > 60 ? String(t.prefix(59)) + "…" : t
        return de ? "„\(short)“" : "\"\(short)\""
    }

    /// `FILE:LINE[:COLUMN]: error: [header: ]message` — the compiler-style form `kette validate`
    /// uses; `note:` instead of `error:` for a remark that rejects nothing.
    public func problem(_ p: OfferImportProblem, file: String, isNote: Bool = false) -> String {
        var place = "\(TerminalText.escaped(file)):\(p.line)"
        if let c = p.column { place += ":\(c)" }
        let about = p.columnName.map { TerminalText.escaped($0) + ": " } ?? ""
        return place + (isNote ? ": note: " : ": error: ") + about + message(p.kind)
    }

    public func message(_ kind: OfferImportProblem.Kind) -> String {
        switch kind {
        case .encoding(.invalidUTF8AfterBOM):
            return de ? "ungültiges UTF-8, obwohl die Datei mit einer UTF-8-Markierung (BOM) beginnt; erwartet: die Datei als „CSV UTF-8“ speichern"
                : "invalid UTF-8 although the file starts with a UTF-8 byte order mark; expected: save the file as \"CSV UTF-8\""
        case .encoding(.mixed):
            return de ? "die Datei mischt UTF-8 und eine andere Kodierung; erwartet: durchgehend UTF-8 oder durchgehend Windows-1252"
                : "the file mixes UTF-8 and another encoding; expected: all UTF-8 or all Windows-1252"
        case .encoding(.neither(let byte)):
            let hex = String(byte, radix: 16, uppercase: true)
            return de ? "Byte 0x\(hex) ist weder UTF-8 noch Windows-1252; erwartet: eine Textdatei in UTF-8 oder Windows-1252"
                : "byte 0x\(hex) is neither UTF-8 nor Windows-1252; expected: a text file in UTF-8 or Windows-1252"
        case .encoding(.utf16):
            return de ? "die Datei ist UTF-16 („Unicode-Text“); erwartet: in Excel als „CSV UTF-8“ speichern"
                : "the file is UTF-16 (\"Unicode text\"); expected: save it from Excel as \"CSV UTF-8\""
        case .empty: return de ? "die Datei ist leer; erwartet: eine Kopfzeile und Zeilen" : "the file is empty; expected: a header row and rows"
        case .noDelimiter:
            return de ? "kein Trennzeichen in der Kopfzeile; erwartet: Spalten getrennt durch „;“ oder „,“"
                : "no separator in the header row; expected: columns separated by \";\" or \",\""
        case .unterminatedQuote:
            return de ? "ein Anführungszeichen wird nicht geschlossen; erwartet: \"…\" (ein \" im Feld verdoppelt)"
                : "a quote is never closed; expected: \"…\" (a \" inside doubled)"
        case .missingIDColumn:
            return de ? "die Spalte „ID“ fehlt; erwartet: eine Kopfzeile mit ID und den Spalten, die geändert werden sollen"
                : "the column \"id\" is missing; expected: a header row with id and the columns to change"
        case .duplicateColumn(let n): return de ? "die Spalte \(q(n)) kommt zweimal vor" : "the column \(q(n)) occurs twice"
        case .unknownColumn(let n): return de ? "unbekannte Spalte \(q(n)) wird ignoriert" : "unknown column \(q(n)) is ignored"
        case .jsonSyntax(let m): return de ? "kein gültiges JSON: \(m)" : "not valid JSON: \(m)"
        case .hsdsShape(let key, let expected, let found):
            let was = found.map { de ? ", nicht " + shape($0) : ", not " + shape($0) } ?? ""
            return de ? "\(key): erwartet \(shape(expected))\(was)" : "\(key): expected \(shape(expected))\(was)"
        case .fieldCount(let e, let f):
            return de ? "\(f) Felder, erwartet \(e) wie in der Kopfzeile" : "\(f) fields, expected \(e) as in the header row"
        case .missingValue(let n):
            return de ? "\(q(n)) fehlt; ein neues Angebot braucht einen Wert" : "\(q(n)) is missing; a new offer needs a value"
        case .invalidID(let id):
            return de ? "ungültige ID \(q(id)); erwartet: Buchstaben, Ziffern, „.“, „_“, „-“ (höchstens 64, zuerst Buchstabe oder Ziffer)"
                : "invalid id \(q(id)); expected: letters, digits, '.', '_', '-' (at most 64, starting with a letter or digit)"
        case .duplicateID(let id, let first):
            return de ? "die ID \(q(id)) kam schon in Zeile \(first) vor" : "the id \(q(id)) already occurred on line \(first)"
        case .unknownStage(let t): return de ? "unbekannte Lebensphase \(q(t))" : "unknown stage \(q(t))"
        case .unknownTransition(let t): return de ? "unbekannter Übergang \(q(t))" : "unknown transition \(q(t))"
        case .unknownDistrict(let t): return de ? "unbekannter Stadtteil \(q(t))" : "unknown district \(q(t))"
        case .ambiguous(let t, let ids):
            let list = ids.map(q).joined(separator: ", ")
            return de ? "\(q(t)) passt auf mehrere: \(list); bitte die ID angeben" : "\(q(t)) fits several: \(list); give the id"
        case .invalidField(let t):
            return de ? "unbekannter Bereich \(q(t)); erwartet: gesundheit, bildung, jugendhilfe oder soziales"
                : "unknown field \(q(t)); expected: gesundheit, bildung, jugendhilfe or soziales"
        case .invalidBool(let t): return de ? "\(q(t)) ist weder ja noch nein" : "\(q(t)) is neither yes nor no"
        case .invalidDate(let t):
            return de ? "\(q(t)) ist kein Datum; erwartet: JJJJ-MM-TT oder TT.MM.JJJJ" : "\(q(t)) is not a date; expected: YYYY-MM-DD or DD.MM.YYYY"
        case .invalidLanguage(let t):
            return de ? "\(q(t)) ist keine Sprache; erwartet: ein Sprachcode nach ISO 639-1 (de, tr, ar …) oder ein Sprachname"
                : "\(q(t)) is not a language; expected: an ISO 639-1 code (de, tr, ar …) or a language name"
        case .invalidStatus(let t):
            return de ? "unbekannter Status \(q(t)); erwartet: active oder archived" : "unknown status \(q(t)); expected: active or archived"
        case .noStageOrTransition:
            return de ? "keine Lebensphase und kein Übergang; ein Angebot braucht mindestens eins"
                : "no stage and no transition; an offer needs at least one"
        case .noDistricts:
            return de ? "keine Stadtteile und nicht stadtweit; Stadtteile angeben oder stadtweit = ja"
                : "no districts and not city-wide; name the districts or set citywide to yes"
        case .notImported(let key, let count):
            return de ? "\(key) (\(count)×) hat in Kette keine Entsprechung und wird nicht übernommen"
                : "\(key) (\(count)×) has no equivalent in Kette and is not imported"
        case .assumed(let key, let value):
            return de ? "\(key) fehlt; angenommen: \(q(value))" : "\(key) is missing; assumed: \(q(value))"
        case .newID(let id): return de ? "neue Angebots-ID \(q(id))" : "new offer id \(q(id))"
        }
    }

    func shape(_ s: OfferImportProblem.JSONShape) -> String {
        switch s {
        case .string: de ? "Text (string)" : "a string"
        case .number: de ? "eine Zahl" : "a number"
        case .boolean: de ? "true/false" : "a boolean"
        case .null: "null"
        case .array: de ? "eine Liste (array)" : "an array"
        case .object: de ? "ein Objekt" : "an object"
        case .services: de ? "eine Liste (array) von HSDS-Service-Objekten" : "an array of HSDS service objects"
        case .service: de ? "ein HSDS-Service-Objekt" : "an HSDS service object"
        }
    }

    /// One line per added or changed offer, for the dry run and the import report.
    public func planLines(_ plan: OfferImportPlan, file: String) -> [String] {
        let f = TerminalText.escaped(file)
        var lines: [(Int, String)] = []
        for a in plan.added {
            lines.append((a.line, "\(f):\(a.line): " + (de ? "neu" : "new") + " \(TerminalText.escaped(a.offer.id)) \(q(a.offer.title))"))
        }
        for c in plan.changed {
            let changes = c.keys.map { "\($0) \(q(Self.value($0, of: c.old))) → \(q(Self.value($0, of: c.new)))" }
            lines.append((c.line, "\(f):\(c.line): " + (de ? "geändert" : "changed") + " \(TerminalText.escaped(c.new.id)): "
                          + changes.joined(separator: "; ")))
        }
        return lines.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// An offer's value for a key of ``OfferImportPlan/Change/keys``, as text (lists joined with ", ").
    static func value(_ key: String, of o: Offer) -> String {
        switch key {
        case "title": o.title
        case "provider": o.provider
        case "field": o.field.rawValue
        case "stages": o.stages.joined(separator: ", ")
        case "transitions": o.transitions.joined(separator: ", ")
        case "citywide": String(o.citywide)
        case "districts": o.districts.joined(separator: ", ")
        case "description": o.description ?? ""
        case "address": o.address ?? ""
        case "contact.phone": o.contact?.phone ?? ""
        case "contact.email": o.contact?.email ?? ""
        case "contact.web": o.contact?.web ?? ""
        case "languages": o.languages.joined(separator: ", ")
        case "cost.free": String(o.cost.free)
        case "cost.note": o.cost.note ?? ""
        case "accessible": String(o.accessible)
        case "eligibility": o.eligibility ?? ""
        case "hours": o.hours ?? ""
        case "tags": o.tags.joined(separator: ", ")
        case "updated": o.updated.description
        case "status": o.status.rawValue
        default: ""
        }
    }

    public func summary(_ plan: OfferImportPlan) -> String {
        let a = plan.added.count, c = plan.changed.count, u = plan.unchanged.count, r = plan.rejectedLines.count
        if de {
            return "\(a) neu, \(c) geändert, \(u) unverändert" + (r == 0 ? "" : r == 1 ? ", 1 Eintrag abgelehnt" : ", \(r) Einträge abgelehnt") + "."
        }
        return "\(a) new, \(c) changed, \(u) unchanged" + (r == 0 ? "" : r == 1 ? ", 1 entry rejected" : ", \(r) entries rejected") + "."
    }

    public var dryRun: String { de ? "Probelauf: nichts wurde geschrieben." : "Dry run: nothing was written." }
    public var nothingToDo: String { de ? "Keine Änderungen; nichts geschrieben." : "No changes; nothing written." }
    public func imported(_ n: Int, _ path: String, _ revision: Int) -> String {
        de ? "\(n) \(n == 1 ? "Angebot" : "Angebote") in \(path) übernommen (Revision \(revision))."
            : "\(n) \(n == 1 ? "offer" : "offers") written to \(path) (revision \(revision))."
    }
    public func exported(_ n: Int, _ path: String) -> String {
        de ? "\(n) \(n == 1 ? "Angebot" : "Angebote") nach \(path) exportiert." : "\(n) \(n == 1 ? "offer" : "offers") exported to \(path)."
    }
    public func encodingNote(_ encoding: String) -> String { de ? "Gelesen als \(encoding)." : "Read as \(encoding)." }
    public var cancelled: String { de ? "Abgebrochen; nichts wurde geschrieben." : "Cancelled; nothing was written." }
    /// Ctrl-C while an export streamed into standard output, a pipe or a device: what went out is cut off.
    public var cancelledIncomplete: String {
        de ? "Abgebrochen; die Ausgabe ist unvollständig." : "Cancelled; the output is incomplete."
    }
    public func progress(_ what: String, _ done: Int, _ total: Int) -> String { "\(what) \(done)/\(total)" }
    public var reading: String { de ? "Lesen" : "Reading" }
    public var writing: String { de ? "Schreiben" : "Writing" }
    /// `offers`: the ids of the offers holding a character Windows-1252 lacks (the first named, so
    /// that it can be found among hundreds).
    public func cannotEncode(_ c: Character, offers: [String] = []) -> String {
        var place = ""
        if let first = offers.first {
            let more = offers.count - 1
            place = de ? " (Angebot \(q(first))" + (more > 0 ? " und \(more) weitere)" : ")")
                : " (offer \(q(first))" + (more > 0 ? " and \(more) more)" : ")")
        }
        return de ? "\(q(String(c)))\(place) lässt sich nicht in Windows-1252 schreiben; --encoding utf-8 verwenden"
            : "\(q(String(c)))\(place) cannot be written in Windows-1252; use --encoding utf-8"
    }
    public func unknownOffer(_ id: String) -> String { de ? "unbekanntes Angebot \(q(id))" : "unknown offer \(q(id))" }

    public func handoutError(_ e: Handout.Failure) -> String {
        switch e {
        case .noOffers: return de ? "keine Angebote angegeben; --offers ID,ID…" : "no offers given; --offers ID,ID…"
        case .unknownOffer(let id): return unknownOffer(id)
        case .archivedOffer(let id):
            return de ? "das Angebot \(q(id)) ist archiviert und gehört nicht auf ein Blatt für Familien"
                : "the offer \(q(id)) is archived and does not belong on a handout"
        case .unknownLanguage(let code):
            let list = HandoutLabels.secondLanguages.joined(separator: ", ")
            return de ? "keine Beschriftungen in \(q(code)); vorhanden: \(list)" : "no labels in \(q(code)); available: \(list)"
        }
    }
}
