// The demo store's stages.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let stagesJSON = #"""
{
  "stages": [
    {
      "id": "schwangerschaft",
      "title": "Schwangerschaft und Geburt",
      "fromMonths": -9,
      "toMonths": 0,
      "description": "Von der Schwangerschaft bis zur Geburt: Beratung, Hebammenhilfe und Frühe Hilfen bereiten Eltern auf das Leben mit dem Kind vor."
    },
    {
      "id": "saeugling",
      "title": "Erstes Lebensjahr",
      "fromMonths": 0,
      "toMonths": 12,
      "description": "Das erste Lebensjahr mit Willkommensbesuch, den Vorsorgeuntersuchungen U2 bis U6 und offenen Angeboten für junge Eltern."
    },
    {
      "id": "kleinkind",
      "title": "Kleinkind (1–3 Jahre)",
      "fromMonths": 12,
      "toMonths": 36,
      "description": "Kinder von ein bis drei Jahren: Krippe, Kindertagespflege, Eltern-Kind-Gruppen und Familienzentren im Stadtteil."
    },
    {
      "id": "kita",
      "title": "Kita (3–6 Jahre)",
      "fromMonths": 36,
      "toMonths": 72,
      "description": "Drei- bis Sechsjährige in der Kita: frühe Bildung, alltagsintegrierte Sprachförderung, Bewegung und Elternbegleitung."
    },
    {
      "id": "grundschule",
      "title": "Grundschule (6–10 Jahre)",
      "fromMonths": 72,
      "toMonths": 120,
      "description": "Die Grundschulzeit mit Offenem Ganztag, Schulsozialarbeit, Lernförderung und Sport im Verein."
    },
    {
      "id": "sek1",
      "title": "Sekundarstufe I (10–16 Jahre)",
      "fromMonths": 120,
      "toMonths": 192,
      "description": "Weiterführende Schule bis zum Ende der Klasse 10: Schulsozialarbeit, offene Jugendarbeit, Beratung und Berufsorientierung."
    },
    {
      "id": "beruf",
      "title": "Übergang Schule–Beruf (16–25 Jahre)",
      "fromMonths": 192,
      "toMonths": 300,
      "description": "Vom Schulabschluss in Ausbildung, Studium oder Arbeit – begleitet von Berufsberatung, Jugendberufshilfe und Jugendberufsagentur."
    }
  ],
  "transitions": [
    {
      "id": "t-geburt",
      "from": "schwangerschaft",
      "to": "saeugling",
      "title": "Geburt: Ankommen in der Familie",
      "description": "Lotsendienste in der Geburtsklinik, Familienhebammen und der Willkommensbesuch verbinden Familien in den ersten Wochen mit den Frühen Hilfen."
    },
    {
      "id": "t-betreuung",
      "from": "saeugling",
      "to": "kleinkind",
      "title": "Familie → Krippe oder Tagespflege",
      "description": "Der Schritt von der Betreuung zu Hause in Krippe oder Kindertagespflege – mit Platzvermittlung, Eingewöhnung und Beratung."
    },
    {
      "id": "t-kita",
      "from": "kleinkind",
      "to": "kita",
      "title": "Eintritt in die Kita",
      "description": "Der Eintritt in die Kita, möglichst früh und gut vorbereitet. Familienzentren und Brückenangebote erleichtern Familien ohne Kita-Erfahrung den Einstieg."
    },
    {
      "id": "t-einschulung",
      "from": "kita",
      "to": "grundschule",
      "title": "Kita → Grundschule (Einschulung)",
      "description": "Schulanmeldung, Schuleingangsuntersuchung und Brückengespräche zwischen Kita und Grundschule sichern einen guten Schulstart."
    },
    {
      "id": "t-weiterfuehrend",
      "from": "grundschule",
      "to": "sek1",
      "title": "Grundschule → weiterführende Schule",
      "description": "Beratung zur Schulformwahl, Anmeldung und Übergabe an die weiterführende Schule nach Klasse 4."
    },
    {
      "id": "t-beruf",
      "from": "sek1",
      "to": "beruf",
      "title": "Schule → Ausbildung und Beruf",
      "description": "Kein Abschluss ohne Anschluss: Berufsorientierung nach KAoA ab Klasse 8, Berufseinstiegsbegleitung und Jugendberufsagentur."
    }
  ]
}

"""#
}
