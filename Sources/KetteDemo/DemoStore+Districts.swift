// The demo store's districts.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let districtsJSON = #"""
{
  "districts": [
    {
      "id": "altstadt",
      "name": "Altstadt",
      "borough": "Bezirk Mitte",
      "children": 2300
    },
    {
      "id": "bahnhofsviertel",
      "name": "Bahnhofsviertel",
      "borough": "Bezirk Mitte",
      "children": 1900
    },
    {
      "id": "lindenhof",
      "name": "Am Lindenhof",
      "borough": "Bezirk Mitte",
      "children": 1500
    },
    {
      "id": "marktfeld",
      "name": "Marktfeld",
      "borough": "Bezirk Mitte",
      "children": 1200
    },
    {
      "id": "nordviertel",
      "name": "Nordviertel",
      "borough": "Bezirk Nord",
      "children": 4200
    },
    {
      "id": "hafenwiesen",
      "name": "Hafenwiesen",
      "borough": "Bezirk Nord",
      "children": 2700
    },
    {
      "id": "schachtfeld",
      "name": "Schachtfeld",
      "borough": "Bezirk Nord",
      "children": 1700
    },
    {
      "id": "brueckenau",
      "name": "Brückenau",
      "borough": "Bezirk Nord",
      "children": 900
    },
    {
      "id": "suedpark",
      "name": "Südpark",
      "borough": "Bezirk Süd",
      "children": 2500
    },
    {
      "id": "rosenhuegel",
      "name": "Rosenhügel",
      "borough": "Bezirk Süd",
      "children": 1400
    },
    {
      "id": "eichenkamp",
      "name": "Eichenkamp",
      "borough": "Bezirk Süd",
      "children": 1100
    },
    {
      "id": "waldheide",
      "name": "Waldheide",
      "borough": "Bezirk Süd",
      "children": 650
    },
    {
      "id": "oberdorf",
      "name": "Oberdorf",
      "children": 760
    },
    {
      "id": "muehlenbach",
      "name": "Mühlenbach",
      "children": 980
    }
  ]
}

"""#
}
