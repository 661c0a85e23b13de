// The demo store's leitbild.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let leitbildJSON = #"""
{
  "title": "Leitbild Prävention Musterstadt",
  "preamble": "Alle Kinder und Jugendlichen in Musterstadt sollen gesund, gut begleitet und mit fairen Bildungschancen aufwachsen – unabhängig davon, in welchem Stadtteil sie leben und was ihre Familien mitbringen. Der Rat der Stadt hat Prävention deshalb als gemeinsame Querschnittsaufgabe von Verwaltung, freien Trägern, Gesundheitswesen, Kitas, Schulen und Vereinen beschlossen. Die Präventionskette bündelt die bestehenden Angebote von der Schwangerschaft bis zum Einstieg in Ausbildung und Beruf und richtet sie an den Übergängen im Leben der Kinder aus. Ein sozialräumliches Monitoring zeigt jährlich, wo Unterstützung besonders gebraucht wird, und ist Grundlage für die gemeinsame Steuerung.",
  "goals": [
    {
      "id": "g1",
      "title": "Gesund aufwachsen von Anfang an",
      "text": "Schwangere und junge Familien finden früh verlässliche Begleitung. Vorsorgeuntersuchungen und Impfungen werden in allen Stadtteilen gleichermaßen wahrgenommen, und Kinder bewegen sich ausreichend.",
      "indicators": [
        "seu-u8u9",
        "seu-masern",
        "seu-uebergewicht"
      ]
    },
    {
      "id": "g2",
      "title": "Frühe Bildung für alle Kinder",
      "text": "Jedes Kind besucht möglichst früh und regelmäßig eine Kita oder Kindertagespflege. Sprachbildung geschieht im Alltag und bezieht die Familiensprachen ein.",
      "indicators": [
        "kita-u3",
        "kita-3-6",
        "seu-sprache"
      ]
    },
    {
      "id": "g3",
      "title": "Übergänge gut gestalten",
      "text": "Kein Kind geht an einem Übergang verloren: Kita und Grundschule, Grundschule und weiterführende Schule sowie Schule und Beruf stimmen sich verbindlich ab und beziehen die Eltern ein.",
      "indicators": [
        "seu-sprache",
        "uebergang-gym"
      ]
    },
    {
      "id": "g4",
      "title": "Folgen von Kinderarmut mildern",
      "text": "Familien mit geringem Einkommen kennen ihre Ansprüche, etwa auf Leistungen für Bildung und Teilhabe, und nutzen sie. Angebote der Präventionskette sind in der Regel kostenfrei.",
      "indicators": [
        "sgb2-u15"
      ]
    },
    {
      "id": "g5",
      "title": "Familien stärken, Krisen vorbeugen",
      "text": "Eltern erhalten früh, niedrigschwellig und ohne Stigmatisierung Unterstützung in Erziehungsfragen, damit intensivere Hilfen seltener nötig werden.",
      "indicators": [
        "hze"
      ]
    },
    {
      "id": "g6",
      "title": "Kein Abschluss ohne Anschluss",
      "text": "Alle Jugendlichen verlassen die Schule mit einem Abschluss und einer konkreten Perspektive in Ausbildung, Studium oder weiterer Schule.",
      "indicators": [
        "ohne-hsa"
      ]
    }
  ],
  "principles": [
    {
      "id": "p1",
      "text": "Vom Kind aus denken: Maßstab ist, was ein Kind in seiner Lebenslage braucht – nicht die Zuständigkeit einer Stelle."
    },
    {
      "id": "p2",
      "text": "Übergänge gestalten: Wir begleiten Kinder und Eltern besonders an den Schwellen zwischen Lebensphasen und Einrichtungen."
    },
    {
      "id": "p3",
      "text": "Niedrigschwellig und kostenfrei: Angebote sind gut erreichbar, verständlich beschrieben und in der Regel ohne Kosten."
    },
    {
      "id": "p4",
      "text": "Beteiligung von Familien: Eltern, Kinder und Jugendliche werden gefragt und gestalten Angebote mit."
    },
    {
      "id": "p5",
      "text": "Sozialräumlich handeln: Ressourcen folgen dem Bedarf; Stadtteile mit besonderem Erneuerungsbedarf erhalten mehr Unterstützung."
    },
    {
      "id": "p6",
      "text": "Vernetzung statt Parallelstrukturen: Gesundheit, Bildung, Jugendhilfe und Soziales planen gemeinsam und nutzen bestehende Netzwerke."
    },
    {
      "id": "p7",
      "text": "Stärken stärken: Wir setzen an den Fähigkeiten und Ressourcen der Familien an, nicht an ihren Defiziten."
    },
    {
      "id": "p8",
      "text": "Wirkung prüfen: Das Präventionsmonitoring wird jährlich ausgewertet und im Jugendhilfeausschuss beraten."
    }
  ]
}

"""#
}
