/// The text of the monitoring exports, the committee report and the indicator import, in German
/// and English. Chosen with ``init(language:)`` from `--lang`.
public struct ReportText: Sendable {
    public var language: Language
    public var decimalSeparator: String
    public var longDate: @Sendable (Day) -> String

    // Words shared by tables and the report
    public var suppressed: String
    public var missing: String
    public var yes: String
    public var no: String
    public var columnDistrict: String
    public var averageRow: String
    public var chainColumn: String
    public var citywideShort: String
    public var citywideColumn: String
    public var numberColumn: String
    public var ageColumn: String
    public var offersColumn: String
    public var valueColumn: String
    public var yearColumn: String
    public var assessmentColumn: String
    public var trendColumn: String
    public var averageColumn: String
    public var worseColumn: String
    public var strainedColumn: String
    public var unitLabel: String
    public var sourceLabel: String
    public var betterNames: [Indicator.Better: String]
    public var assessmentNames: [Assessment: String]
    public var trendNames: @Sendable (Trend) -> String
    public var averageMarker: @Sendable (_ value: String) -> String

    // `kette indicators` and `kette gaps`
    public var indicatorsHeading: @Sendable (_ municipality: String) -> String
    public var noIndicators: String
    public var tableLegend: String
    public var gapsHeading: @Sendable (_ municipality: String) -> String
    public var noGapData: String
    public var gapsLegend: @Sendable (_ few: Int) -> String
    public var gapsSummary: @Sendable (_ flagged: Int, _ strainedDistricts: Int) -> String

    // The committee report
    public var reportTitle: @Sendable (_ municipality: String) -> String
    public var committee: String
    public var reportSubtitle: String
    public var asOf: @Sendable (_ date: String) -> String
    public var facts: @Sendable (_ stages: Int, _ transitions: Int, _ districts: Int, _ offers: Int, _ indicators: Int) -> [String]
    public var contents: String
    /// Chain, gaps, monitoring, Leitbild, method.
    public var sectionTitles: [String]
    public var footer: @Sendable (_ municipality: String, _ date: String) -> String
    public var chainIntro: @Sendable (_ municipality: String, _ offers: Int) -> String
    public var chainNote: String
    public var gapsIntro: String
    public var legendFlag: @Sendable (_ few: Int) -> String
    public var legendStrained: String
    public var legendFew: @Sendable (_ few: Int) -> String
    public var legendNone: String
    public var cellTitle: @Sendable (_ item: String, _ district: String, _ local: Int, _ citywide: Int, _ flagged: Bool) -> String
    public var monitoringIntro: String
    public var overviewTrends: String
    public var overviewDistricts: String
    public var averageSentence: @Sendable (_ value: String, _ unit: String, _ year: Int, _ trend: String) -> String
    public var lineChartTitle: @Sendable (_ indicator: String) -> String
    public var lineChartCaption: String
    public var barChartTitle: @Sendable (_ indicator: String, _ year: Int?) -> String
    public var barChartCaption: String
    /// Under a Markdown table with text bars.
    public var textBarCaption: String
    public var goalsHeading: String
    public var noGoals: String
    public var principlesHeading: String
    public var noPrinciples: String
    public var unknownIndicator: @Sendable (_ id: String) -> String
    public var noValues: String
    public var goalIndicator: @Sendable (_ title: String, _ value: String, _ unit: String, _ year: Int, _ trend: String) -> String
    public var methodNotes: @Sendable (_ tolerancePercent: Int, _ few: Int, _ flatPercent: Int) -> [String]

    // The indicator import and the report command
    public var lineLabel: @Sendable (Int) -> String
    public var problemText: @Sendable (IndicatorCSVImport.Problem.Kind) -> String
    public var importAdded: String
    public var importChanged: String
    public var importSummary: @Sendable (_ added: Int, _ changed: Int, _ unchanged: Int, _ rejectedRows: Int) -> String
    public var importDryRun: String
    public var importDone: @Sendable (_ values: Int, _ path: String, _ revision: Int) -> String
    public var importNothing: String
    public var cannotRead: @Sendable (_ path: String, _ reason: String) -> String
    public var reportWritten: @Sendable (_ path: String) -> String
    public var badDate: @Sendable (_ text: String) -> String

    /// The text for an interface language.
    public init(language: Language) {
        self = language == .en ? .english : .german
    }

    init(language: Language, decimalSeparator: String, longDate: @escaping @Sendable (Day) -> String,
         suppressed: String, missing: String, yes: String, no: String, columnDistrict: String, averageRow: String,
         chainColumn: String, citywideShort: String, citywideColumn: String, numberColumn: String, ageColumn: String,
         offersColumn: String, valueColumn: String, yearColumn: String, assessmentColumn: String, trendColumn: String,
         averageColumn: String, worseColumn: String, strainedColumn: String, unitLabel: String, sourceLabel: String,
         betterNames: [Indicator.Better: String], assessmentNames: [Assessment: String],
         trendNames: @escaping @Sendable (Trend) -> String, averageMarker: @escaping @Sendable (String) -> String,
         indicatorsHeading: @escaping @Sendable (String) -> String, noIndicators: String, tableLegend: String,
         gapsHeading: @escaping @Sendable (String) -> String, noGapData: String,
         gapsLegend: @escaping @Sendable (Int) -> String, gapsSummary: @escaping @Sendable (Int, Int) -> String,
         reportTitle: @escaping @Sendable (String) -> String, committee: String, reportSubtitle: String,
         asOf: @escaping @Sendable (String) -> String,
         facts: @escaping @Sendable (Int, Int, Int, Int, Int) -> [String], contents: String, sectionTitles: [String],
         footer: @escaping @Sendable (String, String) -> String, chainIntro: @escaping @Sendable (String, Int) -> String,
         chainNote: String, gapsIntro: String, legendFlag: @escaping @Sendable (Int) -> String, legendStrained: String,
         legendFew: @escaping @Sendable (Int) -> String, legendNone: String,
         cellTitle: @escaping @Sendable (String, String, Int, Int, Bool) -> String, monitoringIntro: String,
         overviewTrends: String, overviewDistricts: String,
         averageSentence: @escaping @Sendable (String, String, Int, String) -> String,
         lineChartTitle: @escaping @Sendable (String) -> String, lineChartCaption: String,
         barChartTitle: @escaping @Sendable (String, Int?) -> String, barChartCaption: String, textBarCaption: String, goalsHeading: String,
         noGoals: String, principlesHeading: String, noPrinciples: String,
         unknownIndicator: @escaping @Sendable (String) -> String, noValues: String,
         goalIndicator: @escaping @Sendable (String, String, String, Int, String) -> String,
         methodNotes: @escaping @Sendable (Int, Int, Int) -> [String], lineLabel: @escaping @Sendable (Int) -> String,
         problemText: @escaping @Sendable (IndicatorCSVImport.Problem.Kind) -> String, importAdded: String,
         importChanged: String, importSummary: @escaping @Sendable (Int, Int, Int, Int) -> String, importDryRun: String,
         importDone: @escaping @Sendable (Int, String, Int) -> String, importNothing: String,
         cannotRead: @escaping @Sendable (String, String) -> String, reportWritten: @escaping @Sendable (String) -> String,
         badDate: @escaping @Sendable (String) -> String) {
        self.language = language
        self.decimalSeparator = decimalSeparator
        self.longDate = longDate
        self.suppressed = suppressed
        self.missing = missing
        self.yes = yes
        self.no = no
        self.columnDistrict = columnDistrict
        self.averageRow = averageRow
        self.chainColumn = chainColumn
        self.citywideShort = citywideShort
        self.citywideColumn = citywideColumn
        self.numberColumn = numberColumn
        self.ageColumn = ageColumn
        self.offersColumn = offersColumn
        self.valueColumn = valueColumn
        self.yearColumn = yearColumn
        self.assessmentColumn = assessmentColumn
        self.trendColumn = trendColumn
        self.averageColumn = averageColumn
        self.worseColumn = worseColumn
        self.strainedColumn = strainedColumn
        self.unitLabel = unitLabel
        self.sourceLabel = sourceLabel
        self.betterNames = betterNames
        self.assessmentNames = assessmentNames
        self.trendNames = trendNames
        self.averageMarker = averageMarker
        self.indicatorsHeading = indicatorsHeading
        self.noIndicators = noIndicators
        self.tableLegend = tableLegend
        self.gapsHeading = gapsHeading
        self.noGapData = noGapData
        self.gapsLegend = gapsLegend
        self.gapsSummary = gapsSummary
        self.reportTitle = reportTitle
        self.committee = committee
        self.reportSubtitle = reportSubtitle
        self.asOf = asOf
        self.facts = facts
        self.contents = contents
        self.sectionTitles = sectionTitles
        self.footer = footer
        self.chainIntro = chainIntro
        self.chainNote = chainNote
        self.gapsIntro = gapsIntro
        self.legendFlag = legendFlag
        self.legendStrained = legendStrained
        self.legendFew = legendFew
        self.legendNone = legendNone
        self.cellTitle = cellTitle
        self.monitoringIntro = monitoringIntro
        self.overviewTrends = overviewTrends
        self.overviewDistricts = overviewDistricts
        self.averageSentence = averageSentence
        self.lineChartTitle = lineChartTitle
        self.lineChartCaption = lineChartCaption
        self.barChartTitle = barChartTitle
        self.barChartCaption = barChartCaption
        self.textBarCaption = textBarCaption
        self.goalsHeading = goalsHeading
        self.noGoals = noGoals
        self.principlesHeading = principlesHeading
        self.noPrinciples = noPrinciples
        self.unknownIndicator = unknownIndicator
        self.noValues = noValues
        self.goalIndicator = goalIndicator
        self.methodNotes = methodNotes
        self.lineLabel = lineLabel
        self.problemText = problemText
        self.importAdded = importAdded
        self.importChanged = importChanged
        self.importSummary = importSummary
        self.importDryRun = importDryRun
        self.importDone = importDone
        self.importNothing = importNothing
        self.cannotRead = cannotRead
        self.reportWritten = reportWritten
        self.badDate = badDate
    }

    // MARK: Helpers

    /// A number rounded to `decimals` places, with this language's decimal separator.
    public func number(_ value: Double, decimals: Int) -> String {
        MonitoringFormat.fixed(value, decimals: decimals, separator: decimalSeparator)
    }

    public func betterName(_ b: Indicator.Better) -> String { betterNames[b] ?? b.rawValue }
    public func assessmentName(_ a: Assessment) -> String { assessmentNames[a] ?? a.rawValue }
    public func trendName(_ t: Trend) -> String { trendNames(t) }

    /// `line N: message` (`Zeile N: …`).
    public func importProblem(_ p: IndicatorCSVImport.Problem) -> String { lineLabel(p.line) + ": " + problemText(p.kind) }

    /// Store or file text quoted in a message: escaped for the terminal and at most 40 cells.
    static func quoted(_ s: String, open: String = "\"", close: String = "\"") -> String {
        open + TerminalText.truncate(TerminalText.escaped(s), to: 40) + close
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    // MARK: German

    public static let german = ReportText(
        language: .de,
        decimalSeparator: ",",
        longDate: { d in "\(d.day). \(["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][d.month - 1]) \(d.year)" },
        suppressed: "gesperrt",
        missing: "–",
        yes: "ja",
        no: "nein",
        columnDistrict: "Stadtteil",
        averageRow: "Ø Stadt",
        chainColumn: "Lebensphase / Übergang",
        citywideShort: "Stadt",
        citywideColumn: "stadtweit",
        numberColumn: "Nr.",
        ageColumn: "Alter",
        offersColumn: "Angebote",
        valueColumn: "Wert",
        yearColumn: "Jahr",
        assessmentColumn: "Bewertung",
        trendColumn: "Trend",
        averageColumn: "Ø Stadt",
        worseColumn: "schlechter",
        strainedColumn: "belastet",
        unitLabel: "Einheit",
        sourceLabel: "Quelle",
        betterNames: [.lower: "niedriger ist besser", .higher: "höher ist besser"],
        assessmentNames: [.better: "besser", .average: "durchschnittlich", .worse: "schlechter"],
        trendNames: { t in
            switch t.direction {
            case .flat: "gleichbleibend"
            case .rising: t.improving == true ? "steigt – verbessert sich" : "steigt – verschlechtert sich"
            case .falling: t.improving == true ? "fällt – verbessert sich" : "fällt – verschlechtert sich"
            }
        },
        averageMarker: { v in "Ø \(v)" },
        indicatorsHeading: { m in "Sozialräumliches Monitoring \(m) – neueste Werte je Stadtteil" },
        noIndicators: "Der Datenbestand enthält keine Indikatoren.",
        tableLegend: "+ besser als der Durchschnitt der Stadt, = durchschnittlich (weniger als 5 % Abweichung), − schlechter; "
            + "Trend über die Jahre: ↗ steigt, ↘ fällt, → gleichbleibend. „gesperrt“: Wert aus zu wenigen Kindern, "
            + "er wird zum Schutz der Familien nicht gezeigt.",
        gapsHeading: { m in "Lückenanalyse \(m) – Angebote vor Ort je Lebensphase und Stadtteil" },
        noGapData: "Keine Stadtteile oder Lebensphasen im Datenbestand.",
        gapsLegend: { few in
            "Zahlen: Angebote, die den Stadtteil selbst nennen; „Stadt“: stadtweite Angebote (zählen nicht als Angebote vor Ort). "
                + "* belasteter Stadtteil: mindestens die Hälfte seiner Indikatoren schlechter als der Durchschnitt. "
                + "! Lücke: ein belasteter Stadtteil hat hier keine oder wenige (höchstens \(few)) Angebote vor Ort."
        },
        gapsSummary: { f, s in
            (f == 0 ? "Keine Lücke markiert" : f == 1 ? "1 Lücke markiert" : "\(f) Lücken markiert")
                + (s == 1 ? " in 1 belasteten Stadtteil." : " in \(s) belasteten Stadtteilen.")
        },
        reportTitle: { m in "Präventionskette \(m)" },
        committee: "Bericht für den Kinder- und Jugendhilfeausschuss",
        reportSubtitle: "Kette, Lücken und sozialräumliches Monitoring",
        asOf: { d in "Stand: \(d)" },
        facts: { s, t, d, o, i in
            [count(s, "Lebensphase", "Lebensphasen"), count(t, "Übergang", "Übergänge"), count(d, "Stadtteil", "Stadtteile"),
             count(o, "aktives Angebot", "aktive Angebote"), count(i, "Indikator", "Indikatoren")]
        },
        contents: "Inhalt",
        sectionTitles: ["1 Die Präventionskette", "2 Lückenanalyse", "3 Sozialräumliches Monitoring", "4 Leitbild",
                        "5 Methodische Hinweise"],
        footer: { m, d in "Präventionskette \(m) · erstellt mit Kette am \(d) · alle Werte aus dem Datenbestand der Kommune" },
        chainIntro: { m, o in
            "Die Präventionskette \(m) begleitet Kinder und ihre Familien von der Schwangerschaft bis zum Berufseinstieg. "
                + "Die Tabelle zeigt die Lebensphasen und Übergänge in ihrer Reihenfolge mit der Zahl der aktiven Angebote "
                + "(insgesamt \(o)); ein Angebot kann mehreren Lebensphasen und Übergängen dienen."
        },
        chainNote: "Gezählt sind aktive Angebote, stadtweite und solche vor Ort; archivierte Angebote sind nicht enthalten.",
        gapsIntro: "Die Lückenanalyse zeigt für jede Lebensphase und jeden Übergang, wie viele Angebote es in jedem "
            + "Stadtteil vor Ort gibt. Markiert sind die Stellen, an denen Kinder in belasteten Stadtteilen keine oder nur "
            + "wenige Angebote in ihrer Nähe finden: dort bricht die Kette.",
        legendFlag: { few in
            "Lücke (rot hinterlegt, mit !): ein belasteter Stadtteil hat hier keine oder wenige (höchstens \(few)) Angebote vor Ort."
        },
        legendStrained: "Belasteter Stadtteil: mindestens die Hälfte seiner Indikatoren ist im neuesten Jahr schlechter als der Durchschnitt der Stadt.",
        legendFew: { few in "Wenige Angebote (1 bis \(few)) in einem nicht belasteten Stadtteil (gelb hinterlegt)." },
        legendNone: "Kein Angebot vor Ort. Stadtweite Angebote (Spalte „stadtweit“) zählen nicht als Angebote vor Ort.",
        cellTitle: { item, d, l, c, f in
            "\(item) – \(d): \(l) vor Ort, \(c) stadtweit" + (f ? " – Lücke" : "")
        },
        monitoringIntro: "Das sozialräumliche Monitoring vergleicht die Stadtteile anhand der Kernindikatoren mit dem "
            + "Durchschnitt der Stadt. Jeder Wert ist mit einem Zeichen bewertet (nicht nur mit einer Farbe); der Pfeil zeigt "
            + "die Entwicklung über die Jahre.",
        overviewTrends: "Entwicklung der Stadt im Überblick",
        overviewDistricts: "Stellung der Stadtteile im neuesten Jahr",
        averageSentence: { v, u, y, t in "Durchschnitt der Stadt \(y): \(v)\(u.isEmpty ? "" : " " + u) · Trend: \(t)" },
        lineChartTitle: { i in "\(i): Durchschnitt der Stadt über die Jahre" },
        lineChartCaption: "Durchschnitt der Stadt je Jahr",
        barChartTitle: { i, y in "\(i): neuester Wert je Stadtteil" + (y.map { " (\($0))" } ?? "") },
        barChartCaption: "Neuester Wert je Stadtteil, schlechteste zuerst; gestrichelt: Durchschnitt der Stadt",
        textBarCaption: "Balken: neuester Wert je Stadtteil; ┆ Durchschnitt der Stadt.",
        goalsHeading: "Ziele",
        noGoals: "Das Leitbild nennt keine Ziele.",
        principlesHeading: "Grundsätze",
        noPrinciples: "Das Leitbild nennt keine Grundsätze.",
        unknownIndicator: { id in "Indikator „\(id)“ (nicht im Datenbestand)" },
        noValues: "keine Werte",
        goalIndicator: { title, v, u, y, t in "\(title): Ø \(v)\(u.isEmpty ? "" : " " + u) (\(y)), Trend: \(t)" },
        methodNotes: { tol, few, flat in [
            "Durchschnitt der Stadt: je Indikator und Jahr das nach der Zahl der Kinder (0–17 Jahre) gewichtete Mittel "
                + "der Stadtteile; fehlt für einen beteiligten Stadtteil die Kinderzahl, das einfache Mittel.",
            "Bewertung: + besser, = durchschnittlich, − schlechter als der Durchschnitt der Stadt im selben Jahr; "
                + "Abweichungen unter \(tol) % des Durchschnitts gelten als durchschnittlich. Ob ein niedriger oder ein "
                + "hoher Wert besser ist, steht beim Indikator.",
            "Trend: Steigung der Ausgleichsgeraden über alle Jahre mit Wert; weniger als \(flat) % des Mittelwerts je "
                + "Jahr gilt als gleichbleibend (→).",
            "Belasteter Stadtteil: mindestens die Hälfte seiner bewerteten Indikatoren ist im neuesten Jahr schlechter "
                + "als der Durchschnitt.",
            "Lücke (!): ein belasteter Stadtteil hat für eine Lebensphase oder einen Übergang keine oder höchstens \(few) "
                + "Angebote vor Ort. Stadtweite Angebote zählen nicht als Angebote vor Ort.",
            "Gesperrte Werte: Ein Wert aus sehr wenigen Kindern könnte eine Familie erkennbar machen. Er wird als "
                + "„gesperrt“ gezeigt, nie als Zahl, und geht in keinen Durchschnitt ein.",
        ] },
        lineLabel: { n in "Zeile \(n)" },
        problemText: { kind in
            switch kind {
            case .notUTF8: "die Datei ist kein UTF-8-Text (in Excel als „CSV UTF-8“ speichern)"
            case .empty: "die Datei ist leer; erwartet wird eine Kopfzeile: Stadtteil, Jahr, Indikator, Wert"
            case .noDelimiter: "die Kopfzeile muss die Spalten Stadtteil, Jahr, Indikator und Wert nennen, getrennt durch „;“ oder „,“"
            case .missingColumns(let cols):
                (cols.count == 1 ? "es fehlt die Spalte " : "es fehlen die Spalten ")
                    + cols.map { "„\($0.germanName)“ (\($0.rawValue))" }.joined(separator: ", ")
            case .duplicateColumn(let c): "die Spalte \(quoted(c, open: "„", close: "“")) kommt doppelt vor"
            case .unterminatedQuote: "ein Feld in Anführungszeichen wird nicht geschlossen"
            case .fieldCount(let e, let f): "\(e) Felder erwartet, \(f) gefunden"
            case .emptyField(let c):
                switch c {
                case .district: "kein Stadtteil angegeben"
                case .year: "kein Jahr angegeben"
                case .indicator: "kein Indikator angegeben"
                case .value: "kein Wert angegeben"
                }
            case .unknownDistrict(let d): "unbekannter Stadtteil \(quoted(d, open: "„", close: "“"))"
            case .ambiguousDistrict(let d, let ids):
                "Stadtteil \(quoted(d, open: "„", close: "“")) ist mehrdeutig: \(ids.joined(separator: ", ")); bitte die ID angeben"
            case .unknownIndicator(let i): "unbekannter Indikator \(quoted(i, open: "„", close: "“"))"
            case .ambiguousIndicator(let i, let ids):
                "Indikator \(quoted(i, open: "„", close: "“")) ist mehrdeutig: \(ids.joined(separator: ", ")); bitte die ID angeben"
            case .notAYear(let y): "Jahr \(quoted(y, open: "„", close: "“")) ist keine Jahreszahl"
            case .yearOutOfRange(let y):
                "Jahr \(y) liegt außerhalb von \(IndicatorCSVImport.years.lowerBound)–\(IndicatorCSVImport.years.upperBound)"
            case .notANumber(let v): "Wert \(quoted(v, open: "„", close: "“")) ist keine Zahl"
            case .duplicate(let first, let i, let d, let y): "\(i) · \(d) · \(y) steht schon in Zeile \(first)"
            }
        },
        importAdded: "neu",
        importChanged: "geändert",
        importSummary: { a, c, u, r in
            "\(a) neu, \(c) geändert, \(u) unverändert" + (r == 0 ? "" : r == 1 ? ", 1 Zeile abgelehnt" : ", \(r) Zeilen abgelehnt") + "."
        },
        importDryRun: "Probelauf: nichts wurde geschrieben.",
        importDone: { n, p, r in "\(n == 1 ? "1 Wert" : "\(n) Werte") in \(p) übernommen (Revision \(r))." },
        importNothing: "Nichts zu importieren: alle Werte stehen schon so im Datenbestand.",
        cannotRead: { p, r in "\(p): kann nicht gelesen werden: \(r)" },
        reportWritten: { p in "Bericht geschrieben: \(p)" },
        badDate: { d in "--date muss ein Datum JJJJ-MM-TT sein, nicht „\(TerminalText.escaped(d))“" }
    )

    // MARK: English

    public static let english = ReportText(
        language: .en,
        decimalSeparator: ".",
        longDate: { d in "\(d.day) \(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][d.month - 1]) \(d.year)" },
        suppressed: "suppressed",
        missing: "–",
        yes: "yes",
        no: "no",
        columnDistrict: "District",
        averageRow: "Ø city",
        chainColumn: "Life stage / transition",
        citywideShort: "City",
        citywideColumn: "city-wide",
        numberColumn: "No.",
        ageColumn: "Age",
        offersColumn: "Offers",
        valueColumn: "Value",
        yearColumn: "Year",
        assessmentColumn: "Assessment",
        trendColumn: "Trend",
        averageColumn: "Ø city",
        worseColumn: "worse",
        strainedColumn: "strained",
        unitLabel: "Unit",
        sourceLabel: "Source",
        betterNames: [.lower: "lower is better", .higher: "higher is better"],
        assessmentNames: [.better: "better", .average: "average", .worse: "worse"],
        trendNames: { t in
            switch t.direction {
            case .flat: "flat"
            case .rising: t.improving == true ? "rising – improving" : "rising – worsening"
            case .falling: t.improving == true ? "falling – improving" : "falling – worsening"
            }
        },
        averageMarker: { v in "Ø \(v)" },
        indicatorsHeading: { m in "Social-area monitoring \(m) – latest values per district" },
        noIndicators: "The store has no indicators.",
        tableLegend: "+ better than the city average, = about average (less than 5 % apart), − worse; trend over the "
            + "years: ↗ rising, ↘ falling, → flat. \"suppressed\": computed from too few children, withheld to protect "
            + "the families.",
        gapsHeading: { m in "Gap analysis \(m) – local offers per life stage and district" },
        noGapData: "The store has no districts or life stages.",
        gapsLegend: { few in
            "Numbers: offers that name the district itself; \"City\": city-wide offers (they do not count as local). "
                + "* strained district: at least half of its indicators are worse than average. "
                + "! gap: a strained district has no or few (at most \(few)) local offers here."
        },
        gapsSummary: { f, s in
            (f == 0 ? "No gap flagged" : f == 1 ? "1 gap flagged" : "\(f) gaps flagged")
                + (s == 1 ? " in 1 strained district." : " in \(s) strained districts.")
        },
        reportTitle: { m in "Prevention chain \(m)" },
        committee: "Report to the child and youth welfare committee",
        reportSubtitle: "Chain, gaps and social-area monitoring",
        asOf: { d in "As of \(d)" },
        facts: { s, t, d, o, i in
            [count(s, "life stage", "life stages"), count(t, "transition", "transitions"), count(d, "district", "districts"),
             count(o, "active offer", "active offers"), count(i, "indicator", "indicators")]
        },
        contents: "Contents",
        sectionTitles: ["1 The prevention chain", "2 Gap analysis", "3 Social-area monitoring", "4 Mission statement",
                        "5 Notes on method"],
        footer: { m, d in "Prevention chain \(m) · made with Kette on \(d) · all values from the municipality's store" },
        chainIntro: { m, o in
            "The prevention chain of \(m) accompanies children and their families from pregnancy to career entry. "
                + "The table shows the life stages and transitions in order with the number of active offers "
                + "(\(o) in all); one offer may serve several stages and transitions."
        },
        chainNote: "Counted are active offers, city-wide and local; archived offers are left out.",
        gapsIntro: "The gap analysis shows, for every life stage and transition, how many offers each district has on "
            + "site. Flagged are the places where children in strained districts find no or only few offers nearby: "
            + "that is where the chain breaks.",
        legendFlag: { few in "Gap (red background, with !): a strained district has no or few (at most \(few)) local offers here." },
        legendStrained: "Strained district: at least half of its indicators are worse than the city average in the latest year.",
        legendFew: { few in "Few offers (1 to \(few)) in a district that is not strained (yellow background)." },
        legendNone: "No local offer. City-wide offers (column \"city-wide\") do not count as local.",
        cellTitle: { item, d, l, c, f in "\(item) – \(d): \(l) local, \(c) city-wide" + (f ? " – gap" : "") },
        monitoringIntro: "The social-area monitoring compares the districts with the city average on the core indicators. "
            + "Every value carries a symbol for its assessment (not only a colour); the arrow shows the development over "
            + "the years.",
        overviewTrends: "The city's development at a glance",
        overviewDistricts: "Where the districts stand in the latest year",
        averageSentence: { v, u, y, t in "City average \(y): \(v)\(u.isEmpty ? "" : " " + u) · trend: \(t)" },
        lineChartTitle: { i in "\(i): city average over the years" },
        lineChartCaption: "City average per year",
        barChartTitle: { i, y in "\(i): latest value per district" + (y.map { " (\($0))" } ?? "") },
        barChartCaption: "Latest value per district, worst first; dashed: city average",
        textBarCaption: "Bars: latest value per district; ┆ city average.",
        goalsHeading: "Goals",
        noGoals: "The mission statement names no goals.",
        principlesHeading: "Principles",
        noPrinciples: "The mission statement names no principles.",
        unknownIndicator: { id in "indicator \"\(id)\" (not in the store)" },
        noValues: "no values",
        goalIndicator: { title, v, u, y, t in "\(title): Ø \(v)\(u.isEmpty ? "" : " " + u) (\(y)), trend: \(t)" },
        methodNotes: { tol, few, flat in [
            "City average: per indicator and year the mean of the districts weighted by their number of children "
                + "(0–17); when a contributing district has no child count, the plain mean.",
            "Assessment: + better, = average, − worse than the city average of the same year; differences below "
                + "\(tol) % of the average count as average. Whether lower or higher is better is stated with each indicator.",
            "Trend: slope of the least-squares line over all years with a value; less than \(flat) % of the mean per "
                + "year counts as flat (→).",
            "Strained district: at least half of its assessed indicators are worse than average in the latest year.",
            "Gap (!): a strained district has no or at most \(few) local offers for a life stage or transition. "
                + "City-wide offers do not count as local.",
            "Suppressed values: a value computed from very few children could identify a family. It is shown as "
                + "\"suppressed\", never as a number, and is left out of every average.",
        ] },
        lineLabel: { n in "line \(n)" },
        problemText: { kind in
            switch kind {
            case .notUTF8: "the file is not UTF-8 text (in Excel, save it as \"CSV UTF-8\")"
            case .empty: "the file is empty; expected a header row: district, year, indicator, value"
            case .noDelimiter: "the header row must name the columns district, year, indicator and value, separated by \";\" or \",\""
            case .missingColumns(let cols):
                (cols.count == 1 ? "missing column " : "missing columns ")
                    + cols.map { "\"\($0.rawValue)\" (\($0.germanName))" }.joined(separator: ", ")
            case .duplicateColumn(let c): "column \(quoted(c)) appears twice"
            case .unterminatedQuote: "a quoted field is not closed"
            case .fieldCount(let e, let f): "expected \(e) fields, found \(f)"
            case .emptyField(let c): "no \(c.rawValue) given"
            case .unknownDistrict(let d): "unknown district \(quoted(d))"
            case .ambiguousDistrict(let d, let ids): "district \(quoted(d)) is ambiguous: \(ids.joined(separator: ", ")); give the id"
            case .unknownIndicator(let i): "unknown indicator \(quoted(i))"
            case .ambiguousIndicator(let i, let ids): "indicator \(quoted(i)) is ambiguous: \(ids.joined(separator: ", ")); give the id"
            case .notAYear(let y): "year \(quoted(y)) is not a year"
            case .yearOutOfRange(let y):
                "year \(y) is out of range (\(IndicatorCSVImport.years.lowerBound)–\(IndicatorCSVImport.years.upperBound))"
            case .notANumber(let v): "value \(quoted(v)) is not a number"
            case .duplicate(let first, let i, let d, let y): "duplicate: \(i) · \(d) · \(y) is already in line \(first)"
            }
        },
        importAdded: "new",
        importChanged: "changed",
        importSummary: { a, c, u, r in
            "\(a) new, \(c) changed, \(u) unchanged" + (r == 0 ? "" : r == 1 ? ", 1 row rejected" : ", \(r) rows rejected") + "."
        },
        importDryRun: "Dry run: nothing was written.",
        importDone: { n, p, r in "\(n == 1 ? "1 value" : "\(n) values") imported into \(p) (revision \(r))." },
        importNothing: "Nothing to import: every value is already in the store.",
        cannotRead: { p, r in "\(p): cannot be read: \(r)" },
        reportWritten: { p in "Report written: \(p)" },
        badDate: { d in "--date must be a date YYYY-MM-DD, not \"\(TerminalText.escaped(d))\"" }
    )
}

extension ReportText {
    /// A stored value as text: the number exactly as stored (this language's decimal separator),
    /// or the word for a suppressed value. Never the number of a suppressed value.
    public func value(_ v: IndicatorValue) -> String {
        if v.suppressed { return suppressed }
        guard let x = v.value else { return missing }
        let plain = MonitoringFormat.plain(x)
        return decimalSeparator == "." ? plain : plain.replacingAll(".", with: decimalSeparator)
    }

    /// What an import adds and changes, one line per row of the file, in line order:
    /// `line 3: new      SGB-II-Quote · Nordstadt · 2025: 20.5`.
    public func importLines(_ plan: IndicatorCSVImport.Plan, store: Store) -> [String] {
        func what(_ v: IndicatorValue) -> String {
            let indicator = store.indicator(id: v.indicator)?.title ?? v.indicator
            let district = store.district(id: v.district)?.name ?? v.district
            return TerminalText.escaped(indicator) + " · " + TerminalText.escaped(district) + " · \(v.year)"
        }
        let labelWidth = max(TerminalText.width(importAdded), TerminalText.width(importChanged))
        var lines: [(Int, String)] = []
        for a in plan.added {
            lines.append((a.line, lineLabel(a.line) + ": " + TerminalText.fit(importAdded, to: labelWidth) + "  "
                          + what(a.value) + ": " + value(a.value)))
        }
        for c in plan.changed {
            lines.append((c.line, lineLabel(c.line) + ": " + TerminalText.fit(importChanged, to: labelWidth) + "  "
                          + what(c.new) + ": " + value(c.old) + " → " + value(c.new)))
        }
        return lines.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
