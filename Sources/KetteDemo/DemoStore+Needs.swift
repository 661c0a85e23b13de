// The demo store's needs.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let needsJSON = #"""
{
  "needs": [
    {
      "id": "sprache",
      "title": "Sprache und Verständigung"
    },
    {
      "id": "gesundheit",
      "title": "Gesundheit und Vorsorge"
    },
    {
      "id": "erziehung",
      "title": "Erziehung und Familienalltag"
    },
    {
      "id": "finanzen",
      "title": "Finanzielle Sicherung"
    },
    {
      "id": "bewegung",
      "title": "Bewegung und Sport"
    },
    {
      "id": "lernen",
      "title": "Lernen und Schule"
    },
    {
      "id": "beruf",
      "title": "Ausbildung und Beruf"
    },
    {
      "id": "psyche",
      "title": "Seelische Gesundheit"
    },
    {
      "id": "wohnen",
      "title": "Wohnen"
    },
    {
      "id": "ankommen",
      "title": "Ankommen in Deutschland"
    },
    {
      "id": "inklusion",
      "title": "Behinderung und Inklusion"
    },
    {
      "id": "alleinerziehend",
      "title": "Alleinerziehend"
    }
  ]
}

"""#
}
