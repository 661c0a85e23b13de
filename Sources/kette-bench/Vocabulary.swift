import KetteCore

/// The words the synthetic stores are made of: realistic German offers of a Präventionskette,
/// with umlauts and ß, so that search folding and sorting do real work.
enum Vocabulary {
    struct Program {
        var title: String
        var field: Field
        var stages: [String]
        var transitions: [String]
        var tags: [String]
        var sentences: [String]
    }

    static let allStages = ["schwangerschaft", "saeugling", "kleinkind", "kita", "grundschule", "sek1"]

    static let programs: [Program] = [
        Program(title: "Familienhebamme", field: .gesundheit, stages: ["schwangerschaft", "saeugling"], transitions: ["t-geburt"],
                tags: ["frühehilfen", "hebamme", "gesundheit", "geburt"],
                sentences: ["Eine Familienhebamme besucht Familien mit besonderem Unterstützungsbedarf von der Schwangerschaft bis zum ersten Geburtstag des Kindes zu Hause.",
                            "Sie berät zu Ernährung, Schlaf, Pflege und Entwicklung des Säuglings und stärkt die Eltern im Umgang mit ihrem Baby."]),
        Program(title: "Sprachförderung in der Kita", field: .bildung, stages: ["kita"], transitions: ["t-einschulung"],
                tags: ["sprache", "kita", "bildung"],
                sentences: ["Alltagsintegrierte Sprachförderung in kleinen Gruppen für Kinder mit Förderbedarf in der deutschen Sprache.",
                            "Die Fachkräfte arbeiten eng mit den Eltern zusammen und beziehen die Familiensprachen der Kinder ein."]),
        Program(title: "Schulsozialarbeit", field: .jugendhilfe, stages: ["grundschule", "sek1"], transitions: ["t-weiterfuehrend"],
                tags: ["schule", "beratung", "konflikte"],
                sentences: ["Die Schulsozialarbeit ist Ansprechpartnerin für Schülerinnen und Schüler, Eltern und Lehrkräfte bei Konflikten, Krisen und Fragen zum Bildungs- und Teilhabepaket.",
                            "Sprechstunden finden in der Schule statt; alle Gespräche sind vertraulich."]),
        Program(title: "Elterncafé im Familienzentrum", field: .soziales, stages: ["saeugling", "kleinkind", "kita"], transitions: [],
                tags: ["eltern", "begegnung", "familienzentrum"],
                sentences: ["Im Elterncafé treffen sich Mütter und Väter mit ihren Kindern, tauschen sich aus und erfahren nebenbei, welche Hilfen es im Stadtteil gibt.",
                            "Eine Fachkraft des Familienzentrums ist immer ansprechbar."]),
        Program(title: "Erziehungsberatung", field: .jugendhilfe, stages: ["kleinkind", "kita", "grundschule", "sek1"], transitions: [],
                tags: ["erziehung", "beratung", "krise"],
                sentences: ["Die Erziehungsberatungsstelle unterstützt Eltern, Kinder und Jugendliche bei Fragen der Erziehung, bei Trennung und Scheidung und in belastenden Lebenslagen.",
                            "Das multiprofessionelle Team aus Psychologinnen und Sozialpädagogen bietet Einzel-, Paar- und Familiengespräche an."]),
        Program(title: "Hausaufgabenhilfe", field: .bildung, stages: ["grundschule", "sek1"], transitions: [],
                tags: ["lernen", "schule", "ehrenamt"],
                sentences: ["Ehrenamtliche und Studierende begleiten Schülerinnen und Schüler nachmittags bei den Hausaufgaben und bei der Vorbereitung auf Klassenarbeiten.",
                            "Ein warmes Mittagessen ist für Kinder mit Bildungs- und Teilhabeberechtigung kostenfrei."]),
        Program(title: "Interdisziplinäre Frühförderung", field: .gesundheit, stages: ["saeugling", "kleinkind", "kita"], transitions: ["t-kita"],
                tags: ["entwicklung", "inklusion", "frühförderung"],
                sentences: ["Die Frühförderstelle begleitet Kinder mit Entwicklungsverzögerungen oder Behinderungen und ihre Familien von der Geburt bis zur Einschulung.",
                            "Heilpädagogik, Logopädie, Ergotherapie und Physiotherapie werden als Komplexleistung aus einer Hand erbracht."]),
        Program(title: "Babymassage und PEKiP-Kurs", field: .gesundheit, stages: ["saeugling"], transitions: [],
                tags: ["bewegung", "eltern", "baby"],
                sentences: ["In der Kursgruppe lernen Eltern, ihr Baby achtsam zu massieren, seine Signale zu verstehen und Bewegungsfreude spielerisch zu fördern.",
                            "Die Kurse umfassen acht Treffen zu je neunzig Minuten."]),
        Program(title: "Stillberatung", field: .gesundheit, stages: ["schwangerschaft", "saeugling"], transitions: ["t-geburt"],
                tags: ["stillen", "gesundheit", "geburt"],
                sentences: ["Zertifizierte Still- und Laktationsberaterinnen helfen bei Fragen zum Stillen, zur Beikost und zum Abstillen.",
                            "Beratung ist telefonisch, in der offenen Sprechstunde und bei Hausbesuchen möglich."]),
        Program(title: "Jugendberufsagentur", field: .soziales, stages: ["sek1", "beruf"], transitions: ["t-beruf"],
                tags: ["beruf", "ausbildung", "übergang"],
                sentences: ["Agentur für Arbeit, Jobcenter und Jugendhilfe beraten junge Menschen unter einem Dach zu Ausbildung, Studium, Arbeit und Lebensunterhalt.",
                            "Niemand wird weggeschickt: wer kommt, bekommt noch am selben Tag ein erstes Gespräch."]),
        Program(title: "Bewerbungstraining für Jugendliche", field: .bildung, stages: ["beruf"], transitions: ["t-beruf"],
                tags: ["beruf", "bewerbung", "ausbildung"],
                sentences: ["Jugendliche üben Vorstellungsgespräche, erstellen Lebenslauf und Anschreiben und bereiten sich auf Einstellungstests vor.",
                            "Zum Abschluss gibt es eine Bewerbungsmappe und ein Foto vom Profi."]),
        Program(title: "Lesepatenschaften", field: .bildung, stages: ["grundschule"], transitions: [],
                tags: ["lesen", "ehrenamt", "lernen"],
                sentences: ["Lesepatinnen und Lesepaten lesen einmal pro Woche mit einzelnen Kindern und wecken die Freude an Büchern.",
                            "Die Patenschaften werden von der Stadtbücherei vermittelt und fachlich begleitet."]),
        Program(title: "Offene Ganztagsschule", field: .bildung, stages: ["grundschule"], transitions: [],
                tags: ["ganztag", "schule", "betreuung"],
                sentences: ["Der offene Ganztag bietet nach dem Unterricht Mittagessen, Lernzeit, Sport, Musik und Kreativangebote bis 16 Uhr.",
                            "Der Elternbeitrag richtet sich nach dem Einkommen; Geschwisterkinder sind beitragsfrei."]),
        Program(title: "Übergangsbegleitung Kita – Grundschule", field: .bildung, stages: ["kita", "grundschule"], transitions: ["t-einschulung"],
                tags: ["übergang", "einschulung", "kita", "schule"],
                sentences: ["Kita und Grundschule planen den Übergang gemeinsam: Schnuppertage, Elternabende und ein Übergabegespräch mit Einverständnis der Eltern.",
                            "Kinder ohne Kitaplatz werden über die Brückenprojekte erreicht."]),
        Program(title: "Griffbereit – mehrsprachige Eltern-Kind-Gruppe", field: .bildung, stages: ["kleinkind"], transitions: ["t-kita"],
                tags: ["sprache", "eltern", "mehrsprachig"],
                sentences: ["Eltern mit Kindern von ein bis drei Jahren spielen, singen und sprechen gemeinsam in der Familiensprache und auf Deutsch.",
                            "Die Elternbegleiterinnen kommen selbst aus den Communities im Stadtteil."]),
        Program(title: "Rucksack KiTa – Elternbildung und Sprachförderung", field: .bildung, stages: ["kita"], transitions: [],
                tags: ["sprache", "eltern", "kita"],
                sentences: ["Mütter und Väter treffen sich wöchentlich in der Kita und erhalten Materialien, um die Sprachentwicklung ihrer Kinder zu Hause zu fördern.",
                            "Das Programm verbindet Sprachförderung in der Familiensprache und im Deutschen."]),
        Program(title: "Kindertagespflege – Vermittlung und Beratung", field: .jugendhilfe, stages: ["saeugling", "kleinkind"], transitions: ["t-betreuung"],
                tags: ["betreuung", "kindertagespflege"],
                sentences: ["Die Fachberatung vermittelt Plätze bei qualifizierten Tagesmüttern und Tagesvätern und berät zum Rechtsanspruch ab dem ersten Geburtstag.",
                            "Auch Randzeiten und flexible Betreuung für Eltern im Schichtdienst sind möglich."]),
        Program(title: "Schwangerschaftsberatung", field: .soziales, stages: ["schwangerschaft"], transitions: ["t-geburt"],
                tags: ["schwangerschaft", "beratung", "finanzen"],
                sentences: ["Beratung zu Schwangerschaft, Mutterschutz, Elterngeld und finanziellen Hilfen, auch Anträge an die Bundesstiftung Mutter und Kind.",
                            "Termine gibt es kurzfristig und auf Wunsch anonym."]),
        Program(title: "Kinderschutzambulanz", field: .gesundheit, stages: allStages, transitions: [],
                tags: ["kinderschutz", "gesundheit", "krise"],
                sentences: ["Die Kinderschutzambulanz klärt bei Verdacht auf Vernachlässigung, Misshandlung oder sexuellen Missbrauch ärztlich und psychologisch ab.",
                            "Fachkräfte aus Kita, Schule und Jugendhilfe können sich anonym beraten lassen."]),
        Program(title: "Psychomotorik für Vorschulkinder", field: .gesundheit, stages: ["kita"], transitions: ["t-einschulung"],
                tags: ["bewegung", "entwicklung"],
                sentences: ["In der Turnhalle erproben Kinder mit Rollbrett, Schaukel und Kletterwand ihre Möglichkeiten und gewinnen Selbstvertrauen.",
                            "Die Gruppen sind klein, höchstens acht Kinder pro Kurs."]),
        Program(title: "Schwimmkurs „Seepferdchen“", field: .gesundheit, stages: ["kita", "grundschule"], transitions: [],
                tags: ["bewegung", "sport", "schwimmen"],
                sentences: ["Kinder lernen in zehn Einheiten sicher schwimmen und legen am Ende das Abzeichen „Seepferdchen“ ab.",
                            "Für Familien mit Familienpass übernimmt die Stadt die Kursgebühr."]),
        Program(title: "Kinder- und Jugendtreff", field: .jugendhilfe, stages: ["grundschule", "sek1"], transitions: [],
                tags: ["freizeit", "jugend", "offen"],
                sentences: ["Der offene Treff bietet Billard, Kicker, eine Lernecke, Kochen am Freitag und Ausflüge in den Ferien.",
                            "Pädagogische Fachkräfte haben ein offenes Ohr für alle Sorgen."]),
        Program(title: "Ferienfreizeit an der Nordsee", field: .jugendhilfe, stages: ["grundschule", "sek1"], transitions: [],
                tags: ["ferien", "freizeit"],
                sentences: ["Zwei Wochen Ferien an der Nordsee mit Wattwanderung, Lagerfeuer und Ausflügen nach Büsum und Föhr.",
                            "Zuschüsse für Familien mit geringem Einkommen sind möglich."]),
        Program(title: "Suchtprävention an Schulen", field: .gesundheit, stages: ["sek1"], transitions: [],
                tags: ["sucht", "prävention", "schule"],
                sentences: ["Workshops zu Alkohol, Cannabis, Glücksspiel und Mediennutzung für Klassen sieben bis zehn, mit Elternabend.",
                            "Die Fachstelle berät auch einzeln und vertraulich."]),
        Program(title: "Medienkompetenz für Eltern und Jugendliche", field: .bildung, stages: ["grundschule", "sek1"], transitions: [],
                tags: ["medien", "eltern", "jugend"],
                sentences: ["Eltern und Jugendliche lernen, wie Smartphone, soziale Netzwerke und Spiele sicher genutzt werden und wo die Grenzen liegen.",
                            "Themen sind Cybermobbing, Datenschutz und Bildschirmzeiten."]),
        Program(title: "Berufsorientierung „Kein Abschluss ohne Anschluss“", field: .bildung, stages: ["sek1", "beruf"], transitions: ["t-beruf"],
                tags: ["beruf", "orientierung", "schule"],
                sentences: ["Potenzialanalyse, Berufsfelderkundungen und Praktika ab Klasse acht helfen bei der Wahl der Ausbildung.",
                            "Die kommunale Koordinierung verbindet Schulen, Betriebe und Kammern."]),
        Program(title: "Ausbildungsbegleitung", field: .soziales, stages: ["beruf"], transitions: [],
                tags: ["ausbildung", "beruf", "begleitung"],
                sentences: ["Auszubildende mit Schwierigkeiten im Betrieb oder in der Berufsschule werden begleitet, damit die Ausbildung nicht abgebrochen wird.",
                            "Nachhilfe in Fachtheorie und Prüfungsvorbereitung gehören dazu."]),
        Program(title: "Sprachkurs für Mütter mit Kinderbetreuung", field: .bildung, stages: ["kleinkind", "kita"], transitions: [],
                tags: ["sprache", "mütter", "integration"],
                sentences: ["Mütter lernen Deutsch für den Alltag, für Gespräche in Kita, Schule und beim Arzt, während ihre Kinder nebenan betreut werden.",
                            "Der Kurs ist vom Bundesamt für Migration und Flüchtlinge zugelassen."]),
        Program(title: "Schuldnerberatung für Familien", field: .soziales, stages: allStages, transitions: [],
                tags: ["finanzen", "schulden", "beratung"],
                sentences: ["Die Schuldnerberatung sichert das Existenzminimum, verhandelt mit Gläubigern und begleitet ins Verbraucherinsolvenzverfahren.",
                            "Familien mit kleinen Kindern erhalten bevorzugt Termine."]),
        Program(title: "Beratung zu Bildung und Teilhabe", field: .soziales, stages: ["kita", "grundschule", "sek1"], transitions: [],
                tags: ["finanzen", "teilhabe", "schule"],
                sentences: ["Hilfe bei Anträgen für Schulbedarf, Klassenfahrten, Lernförderung, Mittagessen und Vereinsbeiträge aus dem Bildungs- und Teilhabepaket.",
                            "Die Beraterinnen kommen auch in Schulen und Familienzentren."]),
        Program(title: "Willkommensbesuch für Neugeborene", field: .jugendhilfe, stages: ["saeugling"], transitions: ["t-geburt"],
                tags: ["frühehilfen", "geburt", "information"],
                sentences: ["Alle Familien mit Neugeborenen erhalten ein Besuchsangebot mit Begrüßungspaket, Informationen zu Hilfen und einem Gutschein für das Familienzentrum.",
                            "Der Besuch ist freiwillig und kann auch im Familienzentrum stattfinden."]),
        Program(title: "Papa-Kind-Treff", field: .soziales, stages: ["kleinkind", "kita"], transitions: [],
                tags: ["väter", "eltern", "freizeit"],
                sentences: ["Väter verbringen am Samstagvormittag Zeit mit ihren Kindern beim Spielen, Werken und Frühstücken.",
                            "Nebenbei entsteht ein Netzwerk von Vätern im Stadtteil."]),
        Program(title: "Treffpunkt für Alleinerziehende", field: .soziales, stages: ["saeugling", "kleinkind", "kita", "grundschule"], transitions: [],
                tags: ["alleinerziehend", "begegnung", "beratung"],
                sentences: ["Alleinerziehende Mütter und Väter finden Austausch, Rechtsberatung zu Unterhalt und Umgang und Entlastung im Alltag.",
                            "Während der Treffen werden die Kinder betreut."]),
        Program(title: "Lernförderung für neu zugewanderte Kinder", field: .bildung, stages: ["grundschule", "sek1"], transitions: ["t-weiterfuehrend"],
                tags: ["lernen", "integration", "sprache"],
                sentences: ["Kinder und Jugendliche, die erst seit Kurzem in Deutschland leben, erhalten zusätzliche Förderung in Deutsch und Mathematik.",
                            "Das Kommunale Integrationszentrum vermittelt die Plätze."]),
        Program(title: "Kinderturnen im Sportverein", field: .gesundheit, stages: ["kleinkind", "kita", "grundschule"], transitions: [],
                tags: ["bewegung", "sport", "verein"],
                sentences: ["Der Verein bietet Eltern-Kind-Turnen, Kinderturnen und Ballschule in der Sporthalle an.",
                            "Eine Schnupperstunde ist jederzeit möglich."]),
        Program(title: "Musikalische Früherziehung", field: .bildung, stages: ["kita"], transitions: [],
                tags: ["musik", "kultur"],
                sentences: ["Kinder entdecken Rhythmus, Lieder und Instrumente in Gruppen direkt in der Kita.",
                            "Die Musikschule stellt Leihinstrumente kostenlos zur Verfügung."]),
        Program(title: "Kinderärztliche Sprechstunde im Gesundheitsamt", field: .gesundheit, stages: ["saeugling", "kleinkind"], transitions: [],
                tags: ["gesundheit", "vorsorge", "impfen"],
                sentences: ["Familien ohne Kinderärztin erhalten Vorsorgeuntersuchungen, Impfungen und Beratung zur Entwicklung ihres Kindes.",
                            "Eine Krankenversicherungskarte ist nicht erforderlich."]),
        Program(title: "Jugendmigrationsdienst", field: .soziales, stages: ["sek1", "beruf"], transitions: ["t-beruf"],
                tags: ["integration", "jugend", "beruf"],
                sentences: ["Junge Zugewanderte von zwölf bis siebenundzwanzig Jahren werden bei Schule, Ausbildung, Anerkennung von Abschlüssen und Aufenthaltsfragen begleitet.",
                            "Die Beratung ist mehrsprachig."]),
        Program(title: "Streitschlichtung und Mediation", field: .jugendhilfe, stages: ["grundschule", "sek1"], transitions: [],
                tags: ["konflikte", "schule"],
                sentences: ["Schülerinnen und Schüler werden zu Streitschlichtern ausgebildet und helfen Mitschülern, Konflikte fair zu lösen.",
                            "Lehrkräfte erhalten eine Fortbildung zur Begleitung."]),
        Program(title: "Familienpatenschaften", field: .soziales, stages: ["saeugling", "kleinkind", "kita"], transitions: [],
                tags: ["ehrenamt", "frühehilfen", "entlastung"],
                sentences: ["Geschulte Ehrenamtliche begleiten Familien einige Stunden pro Woche, spielen mit den Kindern und entlasten die Eltern im Alltag.",
                            "Die Koordinatorin sucht eine passende Patin oder einen passenden Paten."]),
    ]

    static let qualifiers = [
        "", "", "", " für Alleinerziehende", " für neu zugewanderte Familien", " – offene Sprechstunde",
        " – Gruppenangebot", " in türkischer und arabischer Sprache", " für Väter", " – aufsuchend",
        " (Kurs im Frühjahr)", " (Kurs im Herbst)", " – digital und vor Ort", " in leichter Sprache",
        " für Familien mit Fluchterfahrung", " – Außensprechstunde",
    ]

    static let carriers = [
        "Caritasverband für die Stadt", "Diakonie", "AWO Kreisverband", "DRK-Kreisverband", "Stadt %C – Jugendamt",
        "Gesundheitsamt", "Deutscher Kinderschutzbund Ortsverband", "Der Paritätische", "Evangelische Familienbildungsstätte",
        "Katholisches Familienzentrum St. Ägidius", "Volkshochschule", "Verein Brücke e. V.", "Türkisch-Deutscher Elternverein",
        "Sozialdienst katholischer Frauen", "Kommunales Integrationszentrum", "Jugendkunstschule", "Stadtsportbund",
        "Musikschule", "Stadtbücherei", "Lebenshilfe", "Internationaler Bund", "Johanniter-Unfall-Hilfe", "pro familia",
        "Jugendberufshilfe gGmbH", "Förderverein Kinderglück e. V.",
    ]

    static let cities = [
        "Mülheim an der Ruhr", "Lüdenscheid", "Düsseldorf", "Münster", "Gütersloh", "Bünde", "Hückelhoven", "Lünen",
        "Bergisch Gladbach", "Mönchengladbach", "Köln", "Essen", "Dortmund", "Bochum", "Wuppertal", "Bielefeld",
        "Gelsenkirchen", "Hamm", "Herne", "Iserlohn", "Düren", "Siegen", "Paderborn", "Solingen", "Remscheid",
        "Krefeld", "Neuss", "Bottrop", "Oberhausen", "Recklinghausen", "Witten", "Hürth", "Brühl", "Velbert",
        "Würselen", "Jülich", "Löhne", "Nümbrecht", "Lübbecke", "Höxter", "Schwäbisch-Rüthen", "Grävenwiesbach",
    ]

    static let generic = [
        "Das Angebot ist kostenlos und ohne Antrag zugänglich; eine Anmeldung ist erwünscht, aber nicht nötig.",
        "Die Mitarbeiterinnen sprechen neben Deutsch auch Türkisch, Arabisch und Englisch; für weitere Sprachen wird eine Sprachmittlung organisiert.",
        "Die Räume sind barrierefrei erreichbar; ein Wickelraum und eine Spielecke für Geschwisterkinder sind vorhanden.",
        "Termine können telefonisch, per E-Mail oder persönlich während der offenen Sprechstunde vereinbart werden.",
        "Bei Bedarf vermittelt das Team an weitere Stellen im Netzwerk Frühe Hilfen und begleitet den Übergang.",
        "Das Angebot wird aus Mitteln der Landesinitiative „kinderstark – NRW schafft Chancen“ gefördert.",
        "Väter, Großeltern und andere Bezugspersonen sind ausdrücklich willkommen.",
        "Die Gruppe trifft sich wöchentlich; ein Einstieg ist jederzeit möglich.",
        "Gespräche unterliegen der Schweigepflicht und sind auf Wunsch anonym.",
        "In den Schulferien gelten geänderte Öffnungszeiten, die auf der Internetseite veröffentlicht werden.",
        "Die Fachkräfte haben eine Zusatzqualifikation im Kinderschutz und arbeiten nach den Standards der insoweit erfahrenen Fachkraft.",
        "Ein kleiner Imbiss und Getränke stehen bereit; die Kinderbetreuung übernehmen geschulte Ehrenamtliche.",
        "Kooperationspartner sind die Kindertageseinrichtungen, Grundschulen und Beratungsstellen im Stadtteil.",
        "Fahrtkosten mit Bus und Bahn können über den Familienpass erstattet werden.",
        "Das Team besucht Familien auf Wunsch auch zu Hause oder trifft sich an einem anderen vertrauten Ort.",
        "Informationsmaterial liegt in leichter Sprache und in zwölf Übersetzungen vor.",
        "Ziel ist es, Übergänge gut zu gestalten, damit kein Kind zurückgelassen wird.",
        "Der Zugang ist über die Kita, die Schule, die Kinderärztin oder direkt über die Beratungsstelle möglich.",
        "Eltern erhalten praktische Anregungen für den Familienalltag, zum Spielen, Vorlesen und gemeinsamen Essen.",
        "Die Teilnahme ist freiwillig und unabhängig von Konfession, Herkunft und Aufenthaltsstatus.",
        "Die Plätze sind begrenzt; Familien aus dem Stadtteil %D werden bevorzugt berücksichtigt.",
        "Ansprechpartnerin ist Frau %N, staatlich anerkannte Sozialpädagogin.",
        "Ansprechpartner ist Herr %N, Diplom-Heilpädagoge mit langjähriger Erfahrung in der Familienhilfe.",
        "Seit 2019 gehört das Angebot zur Präventionskette „Kein Kind zurücklassen!“ der Stadt %C.",
    ]

    static let surnames = [
        "Jürgens", "Schäfer", "Müller", "Günther", "Köhler", "Öztürk", "Weiß", "Böhm", "Krüger", "Hoffmann",
        "Yılmaz", "Nowak", "Kowalczyk", "Großmann", "Fröhlich", "Bäcker", "Kühn", "Schröder", "Haddad", "Lößner",
    ]

    static let streets = [
        "Hauptstraße", "Bahnhofstraße", "Schulstraße", "Mühlenweg", "Gartenstraße", "Kirchplatz", "Königsallee",
        "Lindenstraße", "Am Brückentor", "Grüner Weg", "Friedrich-Ebert-Straße", "Wörthstraße", "Süderstraße",
        "Jägerstraße", "Fürstenwall", "Rüttenscheider Straße", "An der Mühle", "Schützenstraße",
    ]

    static let hours = [
        "Mo–Fr 9–12 Uhr, Di und Do zusätzlich 14–17 Uhr", "nach Vereinbarung", "Mi 15–17 Uhr (offener Treff)",
        "Mo, Mi, Fr 8:30–12:30 Uhr", "Sa 10–13 Uhr", "Di 9:30–11 Uhr, Do 15–16:30 Uhr", "täglich 14–19 Uhr, außer sonntags",
        "Mo–Do 8–16 Uhr, Fr 8–13 Uhr", "während der Schulzeit Mo–Fr 11:30–16 Uhr",
    ]

    static let eligibility = [
        "Familien mit Kindern bis drei Jahre aus %C", "Schülerinnen und Schüler ab Klasse 5", "Schwangere und Eltern von Säuglingen",
        "Jugendliche von 14 bis 25 Jahren", "Kinder mit Förderbedarf nach ärztlicher Verordnung",
        "Familien mit Wohnsitz im Stadtteil %D", "Alleinerziehende mit Kindern unter zehn Jahren",
    ]

    static let feeNotes = [
        "Kostenbeitrag 5 € pro Termin; ermäßigt mit Familienpass", "Kursgebühr 45 €, Geschwister 30 €",
        "Elternbeitrag nach Einkommen, höchstens 180 € im Monat", "Materialkosten 12 € pro Halbjahr",
        "Vereinsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe möglich",
    ]

    static let extraTags = ["beratung", "eltern", "kinder", "stadtteil", "mehrsprachig", "gruppe", "einzelberatung", "netzwerk"]

    static let languages = ["en", "tr", "ar", "ru", "uk", "pl", "fa", "ku", "ro", "bg", "fr", "es"]

    // Districts: Stadtteil names from parts, with umlauts.
    static let districtHeads = [
        "Alt", "Neu", "Ober", "Unter", "Groß", "Klein", "Nord", "Süd", "Ost", "West", "Hoch", "Nieder", "Mühl", "Brück",
        "Hölt", "Büdel", "Lind", "Eichen", "Birken", "Weiden",
    ]
    static let districtTails = [
        "stadt", "feld", "dorf", "heide", "hausen", "bruch", "hövel", "bühl", "kamp", "wiesen", "höhe", "rath", "berg",
        "holz", "mühle", "broich", "büttel", "lohe", "hagen", "ort",
    ]
    static let boroughs = ["Bezirk Mitte", "Bezirk Nord", "Bezirk Süd", "Bezirk Ost", "Bezirk West", "Bezirk Rheinufer"]

    static let familyNames = [
        "Ahorn", "Kranich", "Eiche", "Möwe", "Lärche", "Bärlauch", "Fuchs", "Kiebitz", "Ulme", "Löwenzahn", "Häher",
        "Rotkehlchen", "Buche", "Esche", "Weißdorn", "Grünspecht", "Schwalbe", "Kastanie", "Zaunkönig", "Holunder",
    ]

    static let caseNotes = [
        "Kontakt über das Familienzentrum. Familie wünscht Begleitung bis nach der Geburt; Kita-Anmeldung ansprechen.",
        "Mutter berichtet von Erschöpfung; Entlastung durch Familienpatin vereinbart. Nächster Termin im Büro.",
        "Sprachmittlung Arabisch nötig. Schule meldet häufige Fehlzeiten; Gespräch mit Schulsozialarbeit geplant.",
        "Übergang in die weiterführende Schule steht an; Beratung zu Bildung und Teilhabe ist erfolgt.",
        "Vater sucht Ausbildungsplatz für den älteren Sohn; Termin bei der Jugendberufsagentur vereinbart.",
    ]

    /// A folded ASCII id from a German name (ä → ae, ß → ss, other characters dropped).
    static func slug(_ s: String) -> String {
        var out = ""
        for ch in s.lowercased() {
            switch ch {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "ß": out += "ss"
            case "ı": out += "i"
            case "a"..."z", "0"..."9": out.append(ch)
            case " ", "-", "–": if !out.hasSuffix("-") && !out.isEmpty { out += "-" }
            default: break
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
