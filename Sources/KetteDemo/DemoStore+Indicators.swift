// The demo store's indicators.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let indicatorsJSON = #"""
{
  "indicators": [
    {
      "id": "sgb2-u15",
      "title": "SGB-II-Quote unter 15 Jahren",
      "unit": "%",
      "better": "lower",
      "source": "Statistik der Bundesagentur für Arbeit; Statistikstelle Musterstadt",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "description": "Anteil der Kinder unter 15 Jahren in Bedarfsgemeinschaften nach SGB II (Bürgergeld) an allen Kindern dieser Altersgruppe, Stichtag 31.12."
    },
    {
      "id": "kita-u3",
      "title": "Kita-Besuchsquote unter 3 Jahren",
      "unit": "%",
      "better": "higher",
      "source": "Jugendamt Musterstadt – Kita-Bedarfsplanung; Statistikstelle Musterstadt",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "description": "Anteil der Kinder unter 3 Jahren in Kita oder Kindertagespflege an allen Kindern dieser Altersgruppe, Stichtag 1.3."
    },
    {
      "id": "kita-3-6",
      "title": "Kita-Besuchsquote 3 bis 6 Jahre",
      "unit": "%",
      "better": "higher",
      "source": "Jugendamt Musterstadt – Kita-Bedarfsplanung; Statistikstelle Musterstadt",
      "stages": [
        "kita"
      ],
      "description": "Anteil der Kinder von 3 Jahren bis zum Schuleintritt in Kindertagesbetreuung, Stichtag 1.3."
    },
    {
      "id": "seu-sprache",
      "title": "Sprachförderbedarf bei der Schuleingangsuntersuchung",
      "unit": "%",
      "better": "lower",
      "source": "Gesundheitsamt – Schuleingangsuntersuchung",
      "stages": [
        "kita"
      ],
      "description": "Anteil der untersuchten Kinder mit Förderbedarf in der deutschen Sprache (Screening SOPESS) an allen untersuchten Kindern des Einschulungsjahrgangs."
    },
    {
      "id": "seu-uebergewicht",
      "title": "Übergewicht bei der Schuleingangsuntersuchung",
      "unit": "%",
      "better": "lower",
      "source": "Gesundheitsamt – Schuleingangsuntersuchung",
      "stages": [
        "kita",
        "grundschule"
      ],
      "description": "Anteil der untersuchten Kinder mit Übergewicht einschließlich Adipositas (BMI über der 90. Perzentile nach Kromeyer-Hauschild)."
    },
    {
      "id": "seu-u8u9",
      "title": "U8/U9-Teilnahme",
      "unit": "%",
      "better": "higher",
      "source": "Gesundheitsamt – Schuleingangsuntersuchung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "description": "Anteil der untersuchten Kinder, deren Vorsorgeheft eine durchgeführte U8 und U9 belegt, an allen Kindern mit vorgelegtem Heft."
    },
    {
      "id": "seu-masern",
      "title": "Masern-Impfquote (zwei Impfungen)",
      "unit": "%",
      "better": "higher",
      "source": "Gesundheitsamt – Schuleingangsuntersuchung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "description": "Anteil der Kinder mit zwei dokumentierten Masernimpfungen an allen Kindern mit vorgelegtem Impfpass."
    },
    {
      "id": "uebergang-gym",
      "title": "Übergangsquote Gymnasium",
      "unit": "%",
      "better": "higher",
      "source": "IT.NRW – Schulstatistik; Schulamt Musterstadt",
      "stages": [
        "grundschule"
      ],
      "description": "Anteil der Schülerinnen und Schüler, die nach Klasse 4 auf ein Gymnasium wechseln, nach Wohnort."
    },
    {
      "id": "ohne-hsa",
      "title": "Schulabgänge ohne Hauptschulabschluss",
      "unit": "%",
      "better": "lower",
      "source": "IT.NRW – Schulstatistik",
      "stages": [
        "sek1",
        "beruf"
      ],
      "description": "Anteil der Schulabgängerinnen und -abgänger ohne mindestens den Ersten Schulabschluss (Hauptschulabschluss) an allen Abgängen aus allgemeinbildenden Schulen, nach Wohnort."
    },
    {
      "id": "hze",
      "title": "Hilfen zur Erziehung je 1.000 Minderjährige",
      "unit": "je 1.000",
      "better": "lower",
      "source": "Jugendamt Musterstadt – Jugendhilfestatistik",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "description": "Laufende und beendete Hilfen zur Erziehung nach §§ 27–35 SGB VIII im Jahr je 1.000 Einwohnerinnen und Einwohner unter 18 Jahren."
    }
  ],
  "values": [
    {
      "indicator": "sgb2-u15",
      "district": "altstadt",
      "year": 2021,
      "value": 19.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "altstadt",
      "year": 2022,
      "value": 20.6
    },
    {
      "indicator": "sgb2-u15",
      "district": "altstadt",
      "year": 2023,
      "value": 23.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "altstadt",
      "year": 2024,
      "value": 22.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "altstadt",
      "year": 2025,
      "value": 22.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 37.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 38.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 42.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 40.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 40.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "lindenhof",
      "year": 2021,
      "value": 11.1
    },
    {
      "indicator": "sgb2-u15",
      "district": "lindenhof",
      "year": 2022,
      "value": 11.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "lindenhof",
      "year": 2023,
      "value": 12.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "lindenhof",
      "year": 2024,
      "value": 11.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "lindenhof",
      "year": 2025,
      "value": 13.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "marktfeld",
      "year": 2021,
      "value": 22.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "marktfeld",
      "year": 2022,
      "value": 22.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "marktfeld",
      "year": 2023,
      "value": 23.3
    },
    {
      "indicator": "sgb2-u15",
      "district": "marktfeld",
      "year": 2024,
      "value": 23.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "marktfeld",
      "year": 2025,
      "value": 22.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "nordviertel",
      "year": 2021,
      "value": 41.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "nordviertel",
      "year": 2022,
      "value": 43.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "nordviertel",
      "year": 2023,
      "value": 46.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "nordviertel",
      "year": 2024,
      "value": 45.3
    },
    {
      "indicator": "sgb2-u15",
      "district": "nordviertel",
      "year": 2025,
      "value": 44.3
    },
    {
      "indicator": "sgb2-u15",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 35.6
    },
    {
      "indicator": "sgb2-u15",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 36.7
    },
    {
      "indicator": "sgb2-u15",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 38.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 37.6
    },
    {
      "indicator": "sgb2-u15",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 36.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "schachtfeld",
      "year": 2021,
      "value": 24.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "schachtfeld",
      "year": 2022,
      "value": 25.7
    },
    {
      "indicator": "sgb2-u15",
      "district": "schachtfeld",
      "year": 2023,
      "value": 27.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "schachtfeld",
      "year": 2024,
      "value": 27.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "schachtfeld",
      "year": 2025,
      "value": 26.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "brueckenau",
      "year": 2021,
      "value": 25.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "brueckenau",
      "year": 2022,
      "value": 24.1
    },
    {
      "indicator": "sgb2-u15",
      "district": "brueckenau",
      "year": 2023,
      "value": 26.1
    },
    {
      "indicator": "sgb2-u15",
      "district": "brueckenau",
      "year": 2024,
      "value": 25.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "brueckenau",
      "year": 2025,
      "value": 26.3
    },
    {
      "indicator": "sgb2-u15",
      "district": "suedpark",
      "year": 2021,
      "value": 18.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "suedpark",
      "year": 2022,
      "value": 19.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "suedpark",
      "year": 2023,
      "value": 19.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "suedpark",
      "year": 2024,
      "value": 18.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "suedpark",
      "year": 2025,
      "value": 18.6
    },
    {
      "indicator": "sgb2-u15",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 6.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 6.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 6.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 6.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 6.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "eichenkamp",
      "year": 2021,
      "value": 4.6
    },
    {
      "indicator": "sgb2-u15",
      "district": "eichenkamp",
      "year": 2022,
      "value": 4.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "eichenkamp",
      "year": 2023,
      "value": 4.7
    },
    {
      "indicator": "sgb2-u15",
      "district": "eichenkamp",
      "year": 2024,
      "value": 4.7
    },
    {
      "indicator": "sgb2-u15",
      "district": "eichenkamp",
      "year": 2025,
      "value": 5.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "waldheide",
      "year": 2021,
      "value": 7.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "waldheide",
      "year": 2022,
      "value": 5.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "waldheide",
      "year": 2023,
      "value": 5.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "waldheide",
      "year": 2024,
      "value": 5.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "waldheide",
      "year": 2025,
      "value": 6.7
    },
    {
      "indicator": "sgb2-u15",
      "district": "oberdorf",
      "year": 2021,
      "value": 13.5
    },
    {
      "indicator": "sgb2-u15",
      "district": "oberdorf",
      "year": 2022,
      "value": 15.4
    },
    {
      "indicator": "sgb2-u15",
      "district": "oberdorf",
      "year": 2023,
      "value": 16.3
    },
    {
      "indicator": "sgb2-u15",
      "district": "oberdorf",
      "year": 2024,
      "value": 17.0
    },
    {
      "indicator": "sgb2-u15",
      "district": "oberdorf",
      "year": 2025,
      "value": 16.2
    },
    {
      "indicator": "sgb2-u15",
      "district": "muehlenbach",
      "year": 2021,
      "value": 16.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "muehlenbach",
      "year": 2022,
      "value": 17.8
    },
    {
      "indicator": "sgb2-u15",
      "district": "muehlenbach",
      "year": 2023,
      "value": 18.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "muehlenbach",
      "year": 2024,
      "value": 18.9
    },
    {
      "indicator": "sgb2-u15",
      "district": "muehlenbach",
      "year": 2025,
      "value": 18.4
    },
    {
      "indicator": "kita-u3",
      "district": "altstadt",
      "year": 2021,
      "value": 34.8
    },
    {
      "indicator": "kita-u3",
      "district": "altstadt",
      "year": 2022,
      "value": 35.2
    },
    {
      "indicator": "kita-u3",
      "district": "altstadt",
      "year": 2023,
      "value": 35.6
    },
    {
      "indicator": "kita-u3",
      "district": "altstadt",
      "year": 2024,
      "value": 37.2
    },
    {
      "indicator": "kita-u3",
      "district": "altstadt",
      "year": 2025,
      "value": 37.7
    },
    {
      "indicator": "kita-u3",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 21.5
    },
    {
      "indicator": "kita-u3",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 22.4
    },
    {
      "indicator": "kita-u3",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 23.3
    },
    {
      "indicator": "kita-u3",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 24.7
    },
    {
      "indicator": "kita-u3",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 25.4
    },
    {
      "indicator": "kita-u3",
      "district": "lindenhof",
      "year": 2021,
      "value": 44.4
    },
    {
      "indicator": "kita-u3",
      "district": "lindenhof",
      "year": 2022,
      "value": 46.0
    },
    {
      "indicator": "kita-u3",
      "district": "lindenhof",
      "year": 2023,
      "value": 46.2
    },
    {
      "indicator": "kita-u3",
      "district": "lindenhof",
      "year": 2024,
      "value": 48.1
    },
    {
      "indicator": "kita-u3",
      "district": "lindenhof",
      "year": 2025,
      "value": 49.0
    },
    {
      "indicator": "kita-u3",
      "district": "marktfeld",
      "year": 2021,
      "value": 31.5
    },
    {
      "indicator": "kita-u3",
      "district": "marktfeld",
      "year": 2022,
      "value": 33.1
    },
    {
      "indicator": "kita-u3",
      "district": "marktfeld",
      "year": 2023,
      "value": 35.1
    },
    {
      "indicator": "kita-u3",
      "district": "marktfeld",
      "year": 2024,
      "value": 35.7
    },
    {
      "indicator": "kita-u3",
      "district": "marktfeld",
      "year": 2025,
      "value": 34.9
    },
    {
      "indicator": "kita-u3",
      "district": "nordviertel",
      "year": 2021,
      "value": 18.5
    },
    {
      "indicator": "kita-u3",
      "district": "nordviertel",
      "year": 2022,
      "value": 20.1
    },
    {
      "indicator": "kita-u3",
      "district": "nordviertel",
      "year": 2023,
      "value": 22.2
    },
    {
      "indicator": "kita-u3",
      "district": "nordviertel",
      "year": 2024,
      "value": 24.5
    },
    {
      "indicator": "kita-u3",
      "district": "nordviertel",
      "year": 2025,
      "value": 26.5
    },
    {
      "indicator": "kita-u3",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 24.9
    },
    {
      "indicator": "kita-u3",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 24.5
    },
    {
      "indicator": "kita-u3",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 26.8
    },
    {
      "indicator": "kita-u3",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 29.4
    },
    {
      "indicator": "kita-u3",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 31.5
    },
    {
      "indicator": "kita-u3",
      "district": "schachtfeld",
      "year": 2021,
      "value": 29.8
    },
    {
      "indicator": "kita-u3",
      "district": "schachtfeld",
      "year": 2022,
      "value": 30.8
    },
    {
      "indicator": "kita-u3",
      "district": "schachtfeld",
      "year": 2023,
      "value": 32.7
    },
    {
      "indicator": "kita-u3",
      "district": "schachtfeld",
      "year": 2024,
      "value": 32.5
    },
    {
      "indicator": "kita-u3",
      "district": "schachtfeld",
      "year": 2025,
      "value": 33.4
    },
    {
      "indicator": "kita-u3",
      "district": "brueckenau",
      "year": 2021,
      "value": 31.3
    },
    {
      "indicator": "kita-u3",
      "district": "brueckenau",
      "year": 2022,
      "value": 33.3
    },
    {
      "indicator": "kita-u3",
      "district": "brueckenau",
      "year": 2023,
      "value": 33.2
    },
    {
      "indicator": "kita-u3",
      "district": "brueckenau",
      "year": 2024,
      "value": 34.6
    },
    {
      "indicator": "kita-u3",
      "district": "brueckenau",
      "year": 2025,
      "value": 35.3
    },
    {
      "indicator": "kita-u3",
      "district": "suedpark",
      "year": 2021,
      "value": 36.4
    },
    {
      "indicator": "kita-u3",
      "district": "suedpark",
      "year": 2022,
      "value": 37.3
    },
    {
      "indicator": "kita-u3",
      "district": "suedpark",
      "year": 2023,
      "value": 38.4
    },
    {
      "indicator": "kita-u3",
      "district": "suedpark",
      "year": 2024,
      "value": 39.9
    },
    {
      "indicator": "kita-u3",
      "district": "suedpark",
      "year": 2025,
      "value": 41.2
    },
    {
      "indicator": "kita-u3",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 45.5
    },
    {
      "indicator": "kita-u3",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 47.1
    },
    {
      "indicator": "kita-u3",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 48.9
    },
    {
      "indicator": "kita-u3",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 48.9
    },
    {
      "indicator": "kita-u3",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 50.9
    },
    {
      "indicator": "kita-u3",
      "district": "eichenkamp",
      "year": 2021,
      "value": 49.0
    },
    {
      "indicator": "kita-u3",
      "district": "eichenkamp",
      "year": 2022,
      "value": 50.1
    },
    {
      "indicator": "kita-u3",
      "district": "eichenkamp",
      "year": 2023,
      "value": 51.7
    },
    {
      "indicator": "kita-u3",
      "district": "eichenkamp",
      "year": 2024,
      "value": 51.4
    },
    {
      "indicator": "kita-u3",
      "district": "eichenkamp",
      "year": 2025,
      "value": 53.6
    },
    {
      "indicator": "kita-u3",
      "district": "waldheide",
      "year": 2021,
      "value": 43.5
    },
    {
      "indicator": "kita-u3",
      "district": "waldheide",
      "year": 2022,
      "value": 45.6
    },
    {
      "indicator": "kita-u3",
      "district": "waldheide",
      "year": 2023,
      "value": 47.8
    },
    {
      "indicator": "kita-u3",
      "district": "waldheide",
      "year": 2024,
      "value": 48.3
    },
    {
      "indicator": "kita-u3",
      "district": "waldheide",
      "year": 2025,
      "value": 47.8
    },
    {
      "indicator": "kita-u3",
      "district": "oberdorf",
      "year": 2021,
      "value": 36.0
    },
    {
      "indicator": "kita-u3",
      "district": "oberdorf",
      "year": 2022,
      "value": 38.9
    },
    {
      "indicator": "kita-u3",
      "district": "oberdorf",
      "year": 2023,
      "value": 39.1
    },
    {
      "indicator": "kita-u3",
      "district": "oberdorf",
      "year": 2024,
      "value": 40.7
    },
    {
      "indicator": "kita-u3",
      "district": "oberdorf",
      "year": 2025,
      "value": 41.7
    },
    {
      "indicator": "kita-u3",
      "district": "muehlenbach",
      "year": 2021,
      "value": 37.1
    },
    {
      "indicator": "kita-u3",
      "district": "muehlenbach",
      "year": 2022,
      "value": 39.3
    },
    {
      "indicator": "kita-u3",
      "district": "muehlenbach",
      "year": 2023,
      "value": 40.1
    },
    {
      "indicator": "kita-u3",
      "district": "muehlenbach",
      "year": 2024,
      "value": 41.6
    },
    {
      "indicator": "kita-u3",
      "district": "muehlenbach",
      "year": 2025,
      "value": 41.2
    },
    {
      "indicator": "kita-3-6",
      "district": "altstadt",
      "year": 2021,
      "value": 91.6
    },
    {
      "indicator": "kita-3-6",
      "district": "altstadt",
      "year": 2022,
      "value": 91.3
    },
    {
      "indicator": "kita-3-6",
      "district": "altstadt",
      "year": 2023,
      "value": 91.7
    },
    {
      "indicator": "kita-3-6",
      "district": "altstadt",
      "year": 2024,
      "value": 92.3
    },
    {
      "indicator": "kita-3-6",
      "district": "altstadt",
      "year": 2025,
      "value": 92.6
    },
    {
      "indicator": "kita-3-6",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 83.8
    },
    {
      "indicator": "kita-3-6",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 83.9
    },
    {
      "indicator": "kita-3-6",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 84.3
    },
    {
      "indicator": "kita-3-6",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 84.9
    },
    {
      "indicator": "kita-3-6",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 85.5
    },
    {
      "indicator": "kita-3-6",
      "district": "lindenhof",
      "year": 2021,
      "value": 95.4
    },
    {
      "indicator": "kita-3-6",
      "district": "lindenhof",
      "year": 2022,
      "value": 96.3
    },
    {
      "indicator": "kita-3-6",
      "district": "lindenhof",
      "year": 2023,
      "value": 96.1
    },
    {
      "indicator": "kita-3-6",
      "district": "lindenhof",
      "year": 2024,
      "value": 96.0
    },
    {
      "indicator": "kita-3-6",
      "district": "lindenhof",
      "year": 2025,
      "value": 96.1
    },
    {
      "indicator": "kita-3-6",
      "district": "marktfeld",
      "year": 2021,
      "value": 91.6
    },
    {
      "indicator": "kita-3-6",
      "district": "marktfeld",
      "year": 2022,
      "value": 91.8
    },
    {
      "indicator": "kita-3-6",
      "district": "marktfeld",
      "year": 2023,
      "value": 91.6
    },
    {
      "indicator": "kita-3-6",
      "district": "marktfeld",
      "year": 2024,
      "value": 92.0
    },
    {
      "indicator": "kita-3-6",
      "district": "marktfeld",
      "year": 2025,
      "value": 92.6
    },
    {
      "indicator": "kita-3-6",
      "district": "nordviertel",
      "year": 2021,
      "value": 82.8
    },
    {
      "indicator": "kita-3-6",
      "district": "nordviertel",
      "year": 2022,
      "value": 83.3
    },
    {
      "indicator": "kita-3-6",
      "district": "nordviertel",
      "year": 2023,
      "value": 83.6
    },
    {
      "indicator": "kita-3-6",
      "district": "nordviertel",
      "year": 2024,
      "value": 84.6
    },
    {
      "indicator": "kita-3-6",
      "district": "nordviertel",
      "year": 2025,
      "value": 84.7
    },
    {
      "indicator": "kita-3-6",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 86.7
    },
    {
      "indicator": "kita-3-6",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 86.9
    },
    {
      "indicator": "kita-3-6",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 87.1
    },
    {
      "indicator": "kita-3-6",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 87.7
    },
    {
      "indicator": "kita-3-6",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 88.9
    },
    {
      "indicator": "kita-3-6",
      "district": "schachtfeld",
      "year": 2021,
      "value": 90.6
    },
    {
      "indicator": "kita-3-6",
      "district": "schachtfeld",
      "year": 2022,
      "value": 90.5
    },
    {
      "indicator": "kita-3-6",
      "district": "schachtfeld",
      "year": 2023,
      "value": 90.1
    },
    {
      "indicator": "kita-3-6",
      "district": "schachtfeld",
      "year": 2024,
      "value": 91.1
    },
    {
      "indicator": "kita-3-6",
      "district": "schachtfeld",
      "year": 2025,
      "value": 90.7
    },
    {
      "indicator": "kita-3-6",
      "district": "brueckenau",
      "year": 2021,
      "value": 88.0
    },
    {
      "indicator": "kita-3-6",
      "district": "brueckenau",
      "year": 2022,
      "value": 88.4
    },
    {
      "indicator": "kita-3-6",
      "district": "brueckenau",
      "year": 2023,
      "value": 88.0
    },
    {
      "indicator": "kita-3-6",
      "district": "brueckenau",
      "year": 2024,
      "value": 88.2
    },
    {
      "indicator": "kita-3-6",
      "district": "brueckenau",
      "year": 2025,
      "value": 88.7
    },
    {
      "indicator": "kita-3-6",
      "district": "suedpark",
      "year": 2021,
      "value": 91.0
    },
    {
      "indicator": "kita-3-6",
      "district": "suedpark",
      "year": 2022,
      "value": 91.3
    },
    {
      "indicator": "kita-3-6",
      "district": "suedpark",
      "year": 2023,
      "value": 90.9
    },
    {
      "indicator": "kita-3-6",
      "district": "suedpark",
      "year": 2024,
      "value": 92.3
    },
    {
      "indicator": "kita-3-6",
      "district": "suedpark",
      "year": 2025,
      "value": 92.4
    },
    {
      "indicator": "kita-3-6",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 95.3
    },
    {
      "indicator": "kita-3-6",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 96.1
    },
    {
      "indicator": "kita-3-6",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 96.0
    },
    {
      "indicator": "kita-3-6",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 97.2
    },
    {
      "indicator": "kita-3-6",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 97.1
    },
    {
      "indicator": "kita-3-6",
      "district": "eichenkamp",
      "year": 2021,
      "value": 96.9
    },
    {
      "indicator": "kita-3-6",
      "district": "eichenkamp",
      "year": 2022,
      "value": 97.1
    },
    {
      "indicator": "kita-3-6",
      "district": "eichenkamp",
      "year": 2023,
      "value": 97.0
    },
    {
      "indicator": "kita-3-6",
      "district": "eichenkamp",
      "year": 2024,
      "value": 98.1
    },
    {
      "indicator": "kita-3-6",
      "district": "eichenkamp",
      "year": 2025,
      "value": 98.1
    },
    {
      "indicator": "kita-3-6",
      "district": "waldheide",
      "year": 2021,
      "value": 95.9
    },
    {
      "indicator": "kita-3-6",
      "district": "waldheide",
      "year": 2022,
      "value": 96.1
    },
    {
      "indicator": "kita-3-6",
      "district": "waldheide",
      "year": 2023,
      "value": 95.9
    },
    {
      "indicator": "kita-3-6",
      "district": "waldheide",
      "year": 2024,
      "value": 97.2
    },
    {
      "indicator": "kita-3-6",
      "district": "waldheide",
      "year": 2025,
      "value": 97.4
    },
    {
      "indicator": "kita-3-6",
      "district": "oberdorf",
      "year": 2021,
      "value": 95.2
    },
    {
      "indicator": "kita-3-6",
      "district": "oberdorf",
      "year": 2022,
      "value": 94.9
    },
    {
      "indicator": "kita-3-6",
      "district": "oberdorf",
      "year": 2023,
      "value": 95.0
    },
    {
      "indicator": "kita-3-6",
      "district": "oberdorf",
      "year": 2024,
      "value": 95.1
    },
    {
      "indicator": "kita-3-6",
      "district": "oberdorf",
      "year": 2025,
      "value": 96.4
    },
    {
      "indicator": "kita-3-6",
      "district": "muehlenbach",
      "year": 2021,
      "value": 92.8
    },
    {
      "indicator": "kita-3-6",
      "district": "muehlenbach",
      "year": 2022,
      "value": 93.5
    },
    {
      "indicator": "kita-3-6",
      "district": "muehlenbach",
      "year": 2023,
      "value": 92.8
    },
    {
      "indicator": "kita-3-6",
      "district": "muehlenbach",
      "year": 2024,
      "value": 93.5
    },
    {
      "indicator": "kita-3-6",
      "district": "muehlenbach",
      "year": 2025,
      "value": 94.3
    },
    {
      "indicator": "seu-sprache",
      "district": "altstadt",
      "year": 2021,
      "value": 26.5
    },
    {
      "indicator": "seu-sprache",
      "district": "altstadt",
      "year": 2022,
      "value": 29.1
    },
    {
      "indicator": "seu-sprache",
      "district": "altstadt",
      "year": 2023,
      "value": 30.2
    },
    {
      "indicator": "seu-sprache",
      "district": "altstadt",
      "year": 2024,
      "value": 31.1
    },
    {
      "indicator": "seu-sprache",
      "district": "altstadt",
      "year": 2025,
      "value": 31.0
    },
    {
      "indicator": "seu-sprache",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 43.9
    },
    {
      "indicator": "seu-sprache",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 46.7
    },
    {
      "indicator": "seu-sprache",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 47.0
    },
    {
      "indicator": "seu-sprache",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 46.7
    },
    {
      "indicator": "seu-sprache",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 48.5
    },
    {
      "indicator": "seu-sprache",
      "district": "lindenhof",
      "year": 2021,
      "value": 18.9
    },
    {
      "indicator": "seu-sprache",
      "district": "lindenhof",
      "year": 2022,
      "value": 20.3
    },
    {
      "indicator": "seu-sprache",
      "district": "lindenhof",
      "year": 2023,
      "value": 21.5
    },
    {
      "indicator": "seu-sprache",
      "district": "lindenhof",
      "year": 2024,
      "value": 21.3
    },
    {
      "indicator": "seu-sprache",
      "district": "lindenhof",
      "year": 2025,
      "value": 21.0
    },
    {
      "indicator": "seu-sprache",
      "district": "marktfeld",
      "year": 2021,
      "value": 31.0
    },
    {
      "indicator": "seu-sprache",
      "district": "marktfeld",
      "year": 2022,
      "value": 32.2
    },
    {
      "indicator": "seu-sprache",
      "district": "marktfeld",
      "year": 2023,
      "value": 35.7
    },
    {
      "indicator": "seu-sprache",
      "district": "marktfeld",
      "year": 2024,
      "value": 34.5
    },
    {
      "indicator": "seu-sprache",
      "district": "marktfeld",
      "year": 2025,
      "value": 32.4
    },
    {
      "indicator": "seu-sprache",
      "district": "nordviertel",
      "year": 2021,
      "value": 47.9
    },
    {
      "indicator": "seu-sprache",
      "district": "nordviertel",
      "year": 2022,
      "value": 49.9
    },
    {
      "indicator": "seu-sprache",
      "district": "nordviertel",
      "year": 2023,
      "value": 49.9
    },
    {
      "indicator": "seu-sprache",
      "district": "nordviertel",
      "year": 2024,
      "value": 48.9
    },
    {
      "indicator": "seu-sprache",
      "district": "nordviertel",
      "year": 2025,
      "value": 47.1
    },
    {
      "indicator": "seu-sprache",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 44.7
    },
    {
      "indicator": "seu-sprache",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 46.1
    },
    {
      "indicator": "seu-sprache",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 49.4
    },
    {
      "indicator": "seu-sprache",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 47.8
    },
    {
      "indicator": "seu-sprache",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 47.7
    },
    {
      "indicator": "seu-sprache",
      "district": "schachtfeld",
      "year": 2021,
      "value": 32.5
    },
    {
      "indicator": "seu-sprache",
      "district": "schachtfeld",
      "year": 2022,
      "value": 34.7
    },
    {
      "indicator": "seu-sprache",
      "district": "schachtfeld",
      "year": 2023,
      "value": 36.1
    },
    {
      "indicator": "seu-sprache",
      "district": "schachtfeld",
      "year": 2024,
      "value": 33.7
    },
    {
      "indicator": "seu-sprache",
      "district": "schachtfeld",
      "year": 2025,
      "value": 34.1
    },
    {
      "indicator": "seu-sprache",
      "district": "brueckenau",
      "year": 2021,
      "value": 30.4
    },
    {
      "indicator": "seu-sprache",
      "district": "brueckenau",
      "year": 2022,
      "value": 31.1
    },
    {
      "indicator": "seu-sprache",
      "district": "brueckenau",
      "year": 2023,
      "value": 33.1
    },
    {
      "indicator": "seu-sprache",
      "district": "brueckenau",
      "year": 2024,
      "value": 33.0
    },
    {
      "indicator": "seu-sprache",
      "district": "brueckenau",
      "year": 2025,
      "value": 33.0
    },
    {
      "indicator": "seu-sprache",
      "district": "suedpark",
      "year": 2021,
      "value": 23.9
    },
    {
      "indicator": "seu-sprache",
      "district": "suedpark",
      "year": 2022,
      "value": 25.6
    },
    {
      "indicator": "seu-sprache",
      "district": "suedpark",
      "year": 2023,
      "value": 28.7
    },
    {
      "indicator": "seu-sprache",
      "district": "suedpark",
      "year": 2024,
      "value": 26.7
    },
    {
      "indicator": "seu-sprache",
      "district": "suedpark",
      "year": 2025,
      "value": 26.4
    },
    {
      "indicator": "seu-sprache",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 11.8
    },
    {
      "indicator": "seu-sprache",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 14.1
    },
    {
      "indicator": "seu-sprache",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 14.0
    },
    {
      "indicator": "seu-sprache",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 15.5
    },
    {
      "indicator": "seu-sprache",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 12.6
    },
    {
      "indicator": "seu-sprache",
      "district": "eichenkamp",
      "year": 2021,
      "value": 9.1
    },
    {
      "indicator": "seu-sprache",
      "district": "eichenkamp",
      "year": 2022,
      "value": 12.4
    },
    {
      "indicator": "seu-sprache",
      "district": "eichenkamp",
      "year": 2023,
      "value": 13.3
    },
    {
      "indicator": "seu-sprache",
      "district": "eichenkamp",
      "year": 2024,
      "value": 12.3
    },
    {
      "indicator": "seu-sprache",
      "district": "eichenkamp",
      "year": 2025,
      "value": 12.8
    },
    {
      "indicator": "seu-sprache",
      "district": "waldheide",
      "year": 2021,
      "value": 15.1
    },
    {
      "indicator": "seu-sprache",
      "district": "waldheide",
      "year": 2022,
      "value": 15.0
    },
    {
      "indicator": "seu-sprache",
      "district": "waldheide",
      "year": 2023,
      "value": 18.0
    },
    {
      "indicator": "seu-sprache",
      "district": "waldheide",
      "year": 2024,
      "value": 17.5
    },
    {
      "indicator": "seu-sprache",
      "district": "waldheide",
      "year": 2025,
      "value": 17.2
    },
    {
      "indicator": "seu-sprache",
      "district": "oberdorf",
      "year": 2021,
      "value": 19.7
    },
    {
      "indicator": "seu-sprache",
      "district": "oberdorf",
      "year": 2022,
      "value": 20.0
    },
    {
      "indicator": "seu-sprache",
      "district": "oberdorf",
      "year": 2023,
      "value": 22.6
    },
    {
      "indicator": "seu-sprache",
      "district": "oberdorf",
      "year": 2024,
      "value": 22.1
    },
    {
      "indicator": "seu-sprache",
      "district": "oberdorf",
      "year": 2025,
      "value": 21.2
    },
    {
      "indicator": "seu-sprache",
      "district": "muehlenbach",
      "year": 2021,
      "value": 21.5
    },
    {
      "indicator": "seu-sprache",
      "district": "muehlenbach",
      "year": 2022,
      "value": 24.6
    },
    {
      "indicator": "seu-sprache",
      "district": "muehlenbach",
      "year": 2023,
      "value": 26.5
    },
    {
      "indicator": "seu-sprache",
      "district": "muehlenbach",
      "year": 2024,
      "value": 25.7
    },
    {
      "indicator": "seu-sprache",
      "district": "muehlenbach",
      "year": 2025,
      "value": 26.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "altstadt",
      "year": 2021,
      "value": 10.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "altstadt",
      "year": 2022,
      "value": 11.0
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "altstadt",
      "year": 2023,
      "value": 10.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "altstadt",
      "year": 2024,
      "value": 10.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "altstadt",
      "year": 2025,
      "value": 10.0
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 16.3
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 16.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 16.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 16.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 16.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "lindenhof",
      "year": 2021,
      "value": 7.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "lindenhof",
      "year": 2022,
      "value": 8.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "lindenhof",
      "year": 2023,
      "value": 7.9
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "lindenhof",
      "year": 2024,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "lindenhof",
      "year": 2025,
      "value": 8.0
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "marktfeld",
      "year": 2021,
      "value": 10.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "marktfeld",
      "year": 2022,
      "value": 10.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "marktfeld",
      "year": 2023,
      "value": 11.3
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "marktfeld",
      "year": 2024,
      "value": 10.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "marktfeld",
      "year": 2025,
      "value": 9.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "nordviertel",
      "year": 2021,
      "value": 16.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "nordviertel",
      "year": 2022,
      "value": 16.3
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "nordviertel",
      "year": 2023,
      "value": 16.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "nordviertel",
      "year": 2024,
      "value": 16.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "nordviertel",
      "year": 2025,
      "value": 15.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 13.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 14.3
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 13.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 13.9
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 13.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "schachtfeld",
      "year": 2021,
      "value": 11.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "schachtfeld",
      "year": 2022,
      "value": 12.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "schachtfeld",
      "year": 2023,
      "value": 12.2
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "schachtfeld",
      "year": 2024,
      "value": 11.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "schachtfeld",
      "year": 2025,
      "value": 12.2
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "brueckenau",
      "year": 2021,
      "value": 10.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "brueckenau",
      "year": 2022,
      "value": 10.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "brueckenau",
      "year": 2023,
      "value": 10.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "brueckenau",
      "year": 2024,
      "value": 11.0
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "brueckenau",
      "year": 2025,
      "value": 10.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "suedpark",
      "year": 2021,
      "value": 10.9
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "suedpark",
      "year": 2022,
      "value": 11.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "suedpark",
      "year": 2023,
      "value": 11.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "suedpark",
      "year": 2024,
      "value": 11.2
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "suedpark",
      "year": 2025,
      "value": 10.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 7.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 7.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 7.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 6.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "eichenkamp",
      "year": 2021,
      "value": 6.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "eichenkamp",
      "year": 2022,
      "value": 7.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "eichenkamp",
      "year": 2023,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "eichenkamp",
      "year": 2024,
      "value": 7.3
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "eichenkamp",
      "year": 2025,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "waldheide",
      "year": 2021,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "waldheide",
      "year": 2022,
      "value": 8.5
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "waldheide",
      "year": 2023,
      "value": 7.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "waldheide",
      "year": 2024,
      "value": 7.6
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "waldheide",
      "year": 2025,
      "value": 8.1
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "oberdorf",
      "year": 2021,
      "suppressed": true
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "oberdorf",
      "year": 2022,
      "value": 8.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "oberdorf",
      "year": 2023,
      "value": 7.8
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "oberdorf",
      "year": 2024,
      "value": 7.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "oberdorf",
      "year": 2025,
      "value": 7.4
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "muehlenbach",
      "year": 2021,
      "value": 9.7
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "muehlenbach",
      "year": 2022,
      "value": 10.2
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "muehlenbach",
      "year": 2023,
      "value": 10.2
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "muehlenbach",
      "year": 2024,
      "value": 9.9
    },
    {
      "indicator": "seu-uebergewicht",
      "district": "muehlenbach",
      "year": 2025,
      "value": 10.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "altstadt",
      "year": 2021,
      "value": 89.3
    },
    {
      "indicator": "seu-u8u9",
      "district": "altstadt",
      "year": 2022,
      "value": 90.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "altstadt",
      "year": 2023,
      "value": 91.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "altstadt",
      "year": 2024,
      "value": 91.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "altstadt",
      "year": 2025,
      "value": 92.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 83.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 83.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 84.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 85.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 86.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "lindenhof",
      "year": 2021,
      "value": 91.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "lindenhof",
      "year": 2022,
      "value": 92.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "lindenhof",
      "year": 2023,
      "value": 92.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "lindenhof",
      "year": 2024,
      "value": 92.4
    },
    {
      "indicator": "seu-u8u9",
      "district": "lindenhof",
      "year": 2025,
      "value": 92.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "marktfeld",
      "year": 2021,
      "value": 90.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "marktfeld",
      "year": 2022,
      "value": 90.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "marktfeld",
      "year": 2023,
      "value": 90.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "marktfeld",
      "year": 2024,
      "value": 92.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "marktfeld",
      "year": 2025,
      "value": 91.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "nordviertel",
      "year": 2021,
      "value": 82.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "nordviertel",
      "year": 2022,
      "value": 82.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "nordviertel",
      "year": 2023,
      "value": 83.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "nordviertel",
      "year": 2024,
      "value": 84.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "nordviertel",
      "year": 2025,
      "value": 84.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 85.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 85.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 86.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 87.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 87.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "schachtfeld",
      "year": 2021,
      "value": 85.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "schachtfeld",
      "year": 2022,
      "value": 87.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "schachtfeld",
      "year": 2023,
      "value": 87.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "schachtfeld",
      "year": 2024,
      "value": 87.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "schachtfeld",
      "year": 2025,
      "value": 88.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "brueckenau",
      "year": 2021,
      "value": 87.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "brueckenau",
      "year": 2022,
      "value": 87.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "brueckenau",
      "year": 2023,
      "value": 89.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "brueckenau",
      "year": 2024,
      "value": 88.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "brueckenau",
      "year": 2025,
      "value": 89.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "suedpark",
      "year": 2021,
      "value": 91.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "suedpark",
      "year": 2022,
      "value": 90.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "suedpark",
      "year": 2023,
      "value": 91.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "suedpark",
      "year": 2024,
      "value": 92.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "suedpark",
      "year": 2025,
      "value": 91.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 96.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 97.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 97.9
    },
    {
      "indicator": "seu-u8u9",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 97.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 98.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "eichenkamp",
      "year": 2021,
      "value": 97.0
    },
    {
      "indicator": "seu-u8u9",
      "district": "eichenkamp",
      "year": 2022,
      "value": 98.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "eichenkamp",
      "year": 2023,
      "value": 97.3
    },
    {
      "indicator": "seu-u8u9",
      "district": "eichenkamp",
      "year": 2024,
      "value": 98.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "eichenkamp",
      "year": 2025,
      "value": 98.2
    },
    {
      "indicator": "seu-u8u9",
      "district": "waldheide",
      "year": 2021,
      "value": 94.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "waldheide",
      "year": 2022,
      "value": 93.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "waldheide",
      "year": 2023,
      "value": 95.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "waldheide",
      "year": 2024,
      "value": 94.6
    },
    {
      "indicator": "seu-u8u9",
      "district": "waldheide",
      "year": 2025,
      "value": 96.4
    },
    {
      "indicator": "seu-u8u9",
      "district": "oberdorf",
      "year": 2021,
      "value": 93.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "oberdorf",
      "year": 2022,
      "value": 93.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "oberdorf",
      "year": 2023,
      "value": 94.3
    },
    {
      "indicator": "seu-u8u9",
      "district": "oberdorf",
      "year": 2024,
      "value": 95.5
    },
    {
      "indicator": "seu-u8u9",
      "district": "oberdorf",
      "year": 2025,
      "value": 96.3
    },
    {
      "indicator": "seu-u8u9",
      "district": "muehlenbach",
      "year": 2021,
      "value": 92.1
    },
    {
      "indicator": "seu-u8u9",
      "district": "muehlenbach",
      "year": 2022,
      "value": 91.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "muehlenbach",
      "year": 2023,
      "value": 92.7
    },
    {
      "indicator": "seu-u8u9",
      "district": "muehlenbach",
      "year": 2024,
      "value": 92.8
    },
    {
      "indicator": "seu-u8u9",
      "district": "muehlenbach",
      "year": 2025,
      "value": 93.5
    },
    {
      "indicator": "seu-masern",
      "district": "altstadt",
      "year": 2021,
      "value": 93.3
    },
    {
      "indicator": "seu-masern",
      "district": "altstadt",
      "year": 2022,
      "value": 93.9
    },
    {
      "indicator": "seu-masern",
      "district": "altstadt",
      "year": 2023,
      "value": 94.3
    },
    {
      "indicator": "seu-masern",
      "district": "altstadt",
      "year": 2024,
      "value": 94.6
    },
    {
      "indicator": "seu-masern",
      "district": "altstadt",
      "year": 2025,
      "value": 94.1
    },
    {
      "indicator": "seu-masern",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 91.1
    },
    {
      "indicator": "seu-masern",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 91.3
    },
    {
      "indicator": "seu-masern",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 91.7
    },
    {
      "indicator": "seu-masern",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 91.5
    },
    {
      "indicator": "seu-masern",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 91.9
    },
    {
      "indicator": "seu-masern",
      "district": "lindenhof",
      "year": 2021,
      "value": 94.7
    },
    {
      "indicator": "seu-masern",
      "district": "lindenhof",
      "year": 2022,
      "value": 95.0
    },
    {
      "indicator": "seu-masern",
      "district": "lindenhof",
      "year": 2023,
      "value": 95.7
    },
    {
      "indicator": "seu-masern",
      "district": "lindenhof",
      "year": 2024,
      "value": 94.8
    },
    {
      "indicator": "seu-masern",
      "district": "lindenhof",
      "year": 2025,
      "value": 95.1
    },
    {
      "indicator": "seu-masern",
      "district": "marktfeld",
      "year": 2021,
      "value": 94.7
    },
    {
      "indicator": "seu-masern",
      "district": "marktfeld",
      "year": 2022,
      "value": 95.5
    },
    {
      "indicator": "seu-masern",
      "district": "marktfeld",
      "year": 2023,
      "value": 95.0
    },
    {
      "indicator": "seu-masern",
      "district": "marktfeld",
      "year": 2024,
      "value": 96.0
    },
    {
      "indicator": "seu-masern",
      "district": "marktfeld",
      "year": 2025,
      "value": 96.0
    },
    {
      "indicator": "seu-masern",
      "district": "nordviertel",
      "year": 2021,
      "value": 91.3
    },
    {
      "indicator": "seu-masern",
      "district": "nordviertel",
      "year": 2022,
      "value": 91.6
    },
    {
      "indicator": "seu-masern",
      "district": "nordviertel",
      "year": 2023,
      "value": 91.2
    },
    {
      "indicator": "seu-masern",
      "district": "nordviertel",
      "year": 2024,
      "value": 91.4
    },
    {
      "indicator": "seu-masern",
      "district": "nordviertel",
      "year": 2025,
      "value": 91.5
    },
    {
      "indicator": "seu-masern",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 90.7
    },
    {
      "indicator": "seu-masern",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 91.5
    },
    {
      "indicator": "seu-masern",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 91.6
    },
    {
      "indicator": "seu-masern",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 92.0
    },
    {
      "indicator": "seu-masern",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 92.6
    },
    {
      "indicator": "seu-masern",
      "district": "schachtfeld",
      "year": 2021,
      "value": 92.7
    },
    {
      "indicator": "seu-masern",
      "district": "schachtfeld",
      "year": 2022,
      "value": 92.8
    },
    {
      "indicator": "seu-masern",
      "district": "schachtfeld",
      "year": 2023,
      "value": 92.6
    },
    {
      "indicator": "seu-masern",
      "district": "schachtfeld",
      "year": 2024,
      "value": 92.0
    },
    {
      "indicator": "seu-masern",
      "district": "schachtfeld",
      "year": 2025,
      "value": 92.7
    },
    {
      "indicator": "seu-masern",
      "district": "brueckenau",
      "year": 2021,
      "value": 93.3
    },
    {
      "indicator": "seu-masern",
      "district": "brueckenau",
      "year": 2022,
      "value": 94.5
    },
    {
      "indicator": "seu-masern",
      "district": "brueckenau",
      "year": 2023,
      "value": 94.8
    },
    {
      "indicator": "seu-masern",
      "district": "brueckenau",
      "year": 2024,
      "value": 94.5
    },
    {
      "indicator": "seu-masern",
      "district": "brueckenau",
      "year": 2025,
      "value": 94.7
    },
    {
      "indicator": "seu-masern",
      "district": "suedpark",
      "year": 2021,
      "value": 94.4
    },
    {
      "indicator": "seu-masern",
      "district": "suedpark",
      "year": 2022,
      "value": 94.7
    },
    {
      "indicator": "seu-masern",
      "district": "suedpark",
      "year": 2023,
      "value": 95.3
    },
    {
      "indicator": "seu-masern",
      "district": "suedpark",
      "year": 2024,
      "value": 95.8
    },
    {
      "indicator": "seu-masern",
      "district": "suedpark",
      "year": 2025,
      "value": 95.2
    },
    {
      "indicator": "seu-masern",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 95.4
    },
    {
      "indicator": "seu-masern",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 96.1
    },
    {
      "indicator": "seu-masern",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 96.4
    },
    {
      "indicator": "seu-masern",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 96.8
    },
    {
      "indicator": "seu-masern",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 97.6
    },
    {
      "indicator": "seu-masern",
      "district": "eichenkamp",
      "year": 2021,
      "value": 92.1
    },
    {
      "indicator": "seu-masern",
      "district": "eichenkamp",
      "year": 2022,
      "value": 92.3
    },
    {
      "indicator": "seu-masern",
      "district": "eichenkamp",
      "year": 2023,
      "value": 93.8
    },
    {
      "indicator": "seu-masern",
      "district": "eichenkamp",
      "year": 2024,
      "value": 93.3
    },
    {
      "indicator": "seu-masern",
      "district": "eichenkamp",
      "year": 2025,
      "value": 94.1
    },
    {
      "indicator": "seu-masern",
      "district": "waldheide",
      "year": 2021,
      "value": 92.8
    },
    {
      "indicator": "seu-masern",
      "district": "waldheide",
      "year": 2022,
      "value": 92.7
    },
    {
      "indicator": "seu-masern",
      "district": "waldheide",
      "year": 2023,
      "value": 93.4
    },
    {
      "indicator": "seu-masern",
      "district": "waldheide",
      "year": 2024,
      "value": 92.3
    },
    {
      "indicator": "seu-masern",
      "district": "waldheide",
      "year": 2025,
      "value": 93.0
    },
    {
      "indicator": "seu-masern",
      "district": "oberdorf",
      "year": 2021,
      "value": 95.4
    },
    {
      "indicator": "seu-masern",
      "district": "oberdorf",
      "year": 2022,
      "value": 95.0
    },
    {
      "indicator": "seu-masern",
      "district": "oberdorf",
      "year": 2023,
      "value": 94.1
    },
    {
      "indicator": "seu-masern",
      "district": "oberdorf",
      "year": 2024,
      "value": 94.9
    },
    {
      "indicator": "seu-masern",
      "district": "oberdorf",
      "year": 2025,
      "value": 95.1
    },
    {
      "indicator": "seu-masern",
      "district": "muehlenbach",
      "year": 2021,
      "value": 93.7
    },
    {
      "indicator": "seu-masern",
      "district": "muehlenbach",
      "year": 2022,
      "value": 93.4
    },
    {
      "indicator": "seu-masern",
      "district": "muehlenbach",
      "year": 2023,
      "value": 93.9
    },
    {
      "indicator": "seu-masern",
      "district": "muehlenbach",
      "year": 2024,
      "value": 94.2
    },
    {
      "indicator": "seu-masern",
      "district": "muehlenbach",
      "year": 2025,
      "value": 94.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "altstadt",
      "year": 2021,
      "value": 50.7
    },
    {
      "indicator": "uebergang-gym",
      "district": "altstadt",
      "year": 2022,
      "value": 49.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "altstadt",
      "year": 2023,
      "value": 50.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "altstadt",
      "year": 2024,
      "value": 49.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "altstadt",
      "year": 2025,
      "value": 50.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 29.1
    },
    {
      "indicator": "uebergang-gym",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 29.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 30.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 31.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 30.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "lindenhof",
      "year": 2021,
      "value": 57.0
    },
    {
      "indicator": "uebergang-gym",
      "district": "lindenhof",
      "year": 2022,
      "value": 56.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "lindenhof",
      "year": 2023,
      "value": 57.0
    },
    {
      "indicator": "uebergang-gym",
      "district": "lindenhof",
      "year": 2024,
      "value": 56.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "lindenhof",
      "year": 2025,
      "value": 58.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "marktfeld",
      "year": 2021,
      "value": 48.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "marktfeld",
      "year": 2022,
      "value": 49.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "marktfeld",
      "year": 2023,
      "value": 49.1
    },
    {
      "indicator": "uebergang-gym",
      "district": "marktfeld",
      "year": 2024,
      "value": 48.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "marktfeld",
      "year": 2025,
      "value": 48.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "nordviertel",
      "year": 2021,
      "value": 25.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "nordviertel",
      "year": 2022,
      "value": 24.9
    },
    {
      "indicator": "uebergang-gym",
      "district": "nordviertel",
      "year": 2023,
      "value": 25.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "nordviertel",
      "year": 2024,
      "value": 24.9
    },
    {
      "indicator": "uebergang-gym",
      "district": "nordviertel",
      "year": 2025,
      "value": 25.9
    },
    {
      "indicator": "uebergang-gym",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 31.1
    },
    {
      "indicator": "uebergang-gym",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 30.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 31.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 32.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 32.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "schachtfeld",
      "year": 2021,
      "value": 43.1
    },
    {
      "indicator": "uebergang-gym",
      "district": "schachtfeld",
      "year": 2022,
      "value": 42.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "schachtfeld",
      "year": 2023,
      "value": 43.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "schachtfeld",
      "year": 2024,
      "value": 42.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "schachtfeld",
      "year": 2025,
      "value": 43.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "brueckenau",
      "year": 2021,
      "value": 42.9
    },
    {
      "indicator": "uebergang-gym",
      "district": "brueckenau",
      "year": 2022,
      "value": 43.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "brueckenau",
      "year": 2023,
      "value": 43.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "brueckenau",
      "year": 2024,
      "value": 43.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "brueckenau",
      "year": 2025,
      "suppressed": true
    },
    {
      "indicator": "uebergang-gym",
      "district": "suedpark",
      "year": 2021,
      "value": 50.0
    },
    {
      "indicator": "uebergang-gym",
      "district": "suedpark",
      "year": 2022,
      "value": 51.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "suedpark",
      "year": 2023,
      "value": 50.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "suedpark",
      "year": 2024,
      "value": 52.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "suedpark",
      "year": 2025,
      "value": 51.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 64.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 64.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 65.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 64.0
    },
    {
      "indicator": "uebergang-gym",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 66.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "eichenkamp",
      "year": 2021,
      "value": 64.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "eichenkamp",
      "year": 2022,
      "value": 64.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "eichenkamp",
      "year": 2023,
      "value": 65.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "eichenkamp",
      "year": 2024,
      "value": 68.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "eichenkamp",
      "year": 2025,
      "value": 66.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "waldheide",
      "year": 2021,
      "value": 65.4
    },
    {
      "indicator": "uebergang-gym",
      "district": "waldheide",
      "year": 2022,
      "value": 67.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "waldheide",
      "year": 2023,
      "value": 66.7
    },
    {
      "indicator": "uebergang-gym",
      "district": "waldheide",
      "year": 2024,
      "value": 67.0
    },
    {
      "indicator": "uebergang-gym",
      "district": "waldheide",
      "year": 2025,
      "value": 65.5
    },
    {
      "indicator": "uebergang-gym",
      "district": "oberdorf",
      "year": 2021,
      "value": 55.7
    },
    {
      "indicator": "uebergang-gym",
      "district": "oberdorf",
      "year": 2022,
      "value": 57.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "oberdorf",
      "year": 2023,
      "value": 56.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "oberdorf",
      "year": 2024,
      "value": 56.2
    },
    {
      "indicator": "uebergang-gym",
      "district": "oberdorf",
      "year": 2025,
      "value": 58.6
    },
    {
      "indicator": "uebergang-gym",
      "district": "muehlenbach",
      "year": 2021,
      "value": 50.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "muehlenbach",
      "year": 2022,
      "value": 50.8
    },
    {
      "indicator": "uebergang-gym",
      "district": "muehlenbach",
      "year": 2023,
      "value": 51.7
    },
    {
      "indicator": "uebergang-gym",
      "district": "muehlenbach",
      "year": 2024,
      "value": 50.3
    },
    {
      "indicator": "uebergang-gym",
      "district": "muehlenbach",
      "year": 2025,
      "value": 49.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "altstadt",
      "year": 2021,
      "value": 6.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "altstadt",
      "year": 2022,
      "value": 5.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "altstadt",
      "year": 2023,
      "value": 6.1
    },
    {
      "indicator": "ohne-hsa",
      "district": "altstadt",
      "year": 2024,
      "value": 5.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "altstadt",
      "year": 2025,
      "value": 6.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 10.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 11.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 11.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 10.4
    },
    {
      "indicator": "ohne-hsa",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 11.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "lindenhof",
      "year": 2021,
      "value": 2.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "lindenhof",
      "year": 2022,
      "value": 3.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "lindenhof",
      "year": 2023,
      "value": 4.4
    },
    {
      "indicator": "ohne-hsa",
      "district": "lindenhof",
      "year": 2024,
      "value": 4.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "lindenhof",
      "year": 2025,
      "value": 4.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "marktfeld",
      "year": 2021,
      "value": 6.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "marktfeld",
      "year": 2022,
      "value": 6.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "marktfeld",
      "year": 2023,
      "value": 7.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "marktfeld",
      "year": 2024,
      "value": 7.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "marktfeld",
      "year": 2025,
      "value": 7.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "nordviertel",
      "year": 2021,
      "value": 12.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "nordviertel",
      "year": 2022,
      "value": 12.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "nordviertel",
      "year": 2023,
      "value": 13.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "nordviertel",
      "year": 2024,
      "value": 12.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "nordviertel",
      "year": 2025,
      "value": 12.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 9.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 9.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 9.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 10.4
    },
    {
      "indicator": "ohne-hsa",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 9.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "schachtfeld",
      "year": 2021,
      "value": 8.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "schachtfeld",
      "year": 2022,
      "value": 8.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "schachtfeld",
      "year": 2023,
      "value": 9.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "schachtfeld",
      "year": 2024,
      "value": 9.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "schachtfeld",
      "year": 2025,
      "value": 9.1
    },
    {
      "indicator": "ohne-hsa",
      "district": "brueckenau",
      "year": 2021,
      "value": 7.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "brueckenau",
      "year": 2022,
      "value": 8.1
    },
    {
      "indicator": "ohne-hsa",
      "district": "brueckenau",
      "year": 2023,
      "value": 9.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "brueckenau",
      "year": 2024,
      "value": 9.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "brueckenau",
      "year": 2025,
      "value": 8.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "suedpark",
      "year": 2021,
      "value": 5.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "suedpark",
      "year": 2022,
      "value": 6.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "suedpark",
      "year": 2023,
      "value": 6.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "suedpark",
      "year": 2024,
      "value": 5.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "suedpark",
      "year": 2025,
      "value": 6.5
    },
    {
      "indicator": "ohne-hsa",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 4.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 3.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 3.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 2.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 3.5
    },
    {
      "indicator": "ohne-hsa",
      "district": "eichenkamp",
      "year": 2021,
      "value": 3.3
    },
    {
      "indicator": "ohne-hsa",
      "district": "eichenkamp",
      "year": 2022,
      "value": 3.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "eichenkamp",
      "year": 2023,
      "value": 3.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "eichenkamp",
      "year": 2024,
      "value": 3.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "eichenkamp",
      "year": 2025,
      "value": 3.8
    },
    {
      "indicator": "ohne-hsa",
      "district": "waldheide",
      "year": 2021,
      "value": 3.7
    },
    {
      "indicator": "ohne-hsa",
      "district": "waldheide",
      "year": 2022,
      "suppressed": true
    },
    {
      "indicator": "ohne-hsa",
      "district": "waldheide",
      "year": 2023,
      "value": 3.5
    },
    {
      "indicator": "ohne-hsa",
      "district": "waldheide",
      "year": 2024,
      "suppressed": true
    },
    {
      "indicator": "ohne-hsa",
      "district": "waldheide",
      "year": 2025,
      "value": 4.9
    },
    {
      "indicator": "ohne-hsa",
      "district": "oberdorf",
      "year": 2021,
      "value": 4.1
    },
    {
      "indicator": "ohne-hsa",
      "district": "oberdorf",
      "year": 2022,
      "value": 6.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "oberdorf",
      "year": 2023,
      "value": 4.0
    },
    {
      "indicator": "ohne-hsa",
      "district": "oberdorf",
      "year": 2024,
      "value": 5.4
    },
    {
      "indicator": "ohne-hsa",
      "district": "oberdorf",
      "year": 2025,
      "value": 6.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "muehlenbach",
      "year": 2021,
      "value": 5.2
    },
    {
      "indicator": "ohne-hsa",
      "district": "muehlenbach",
      "year": 2022,
      "value": 4.6
    },
    {
      "indicator": "ohne-hsa",
      "district": "muehlenbach",
      "year": 2023,
      "value": 5.5
    },
    {
      "indicator": "ohne-hsa",
      "district": "muehlenbach",
      "year": 2024,
      "value": 4.4
    },
    {
      "indicator": "ohne-hsa",
      "district": "muehlenbach",
      "year": 2025,
      "value": 4.2
    },
    {
      "indicator": "hze",
      "district": "altstadt",
      "year": 2021,
      "value": 29.0
    },
    {
      "indicator": "hze",
      "district": "altstadt",
      "year": 2022,
      "value": 30.8
    },
    {
      "indicator": "hze",
      "district": "altstadt",
      "year": 2023,
      "value": 30.8
    },
    {
      "indicator": "hze",
      "district": "altstadt",
      "year": 2024,
      "value": 32.6
    },
    {
      "indicator": "hze",
      "district": "altstadt",
      "year": 2025,
      "value": 34.0
    },
    {
      "indicator": "hze",
      "district": "bahnhofsviertel",
      "year": 2021,
      "value": 51.3
    },
    {
      "indicator": "hze",
      "district": "bahnhofsviertel",
      "year": 2022,
      "value": 53.2
    },
    {
      "indicator": "hze",
      "district": "bahnhofsviertel",
      "year": 2023,
      "value": 55.7
    },
    {
      "indicator": "hze",
      "district": "bahnhofsviertel",
      "year": 2024,
      "value": 58.0
    },
    {
      "indicator": "hze",
      "district": "bahnhofsviertel",
      "year": 2025,
      "value": 58.6
    },
    {
      "indicator": "hze",
      "district": "lindenhof",
      "year": 2021,
      "value": 16.8
    },
    {
      "indicator": "hze",
      "district": "lindenhof",
      "year": 2022,
      "value": 19.1
    },
    {
      "indicator": "hze",
      "district": "lindenhof",
      "year": 2023,
      "value": 21.4
    },
    {
      "indicator": "hze",
      "district": "lindenhof",
      "year": 2024,
      "value": 22.7
    },
    {
      "indicator": "hze",
      "district": "lindenhof",
      "year": 2025,
      "value": 23.4
    },
    {
      "indicator": "hze",
      "district": "marktfeld",
      "year": 2021,
      "value": 29.8
    },
    {
      "indicator": "hze",
      "district": "marktfeld",
      "year": 2022,
      "value": 30.3
    },
    {
      "indicator": "hze",
      "district": "marktfeld",
      "year": 2023,
      "value": 35.7
    },
    {
      "indicator": "hze",
      "district": "marktfeld",
      "year": 2024,
      "value": 33.8
    },
    {
      "indicator": "hze",
      "district": "marktfeld",
      "year": 2025,
      "value": 35.8
    },
    {
      "indicator": "hze",
      "district": "nordviertel",
      "year": 2021,
      "value": 54.3
    },
    {
      "indicator": "hze",
      "district": "nordviertel",
      "year": 2022,
      "value": 56.0
    },
    {
      "indicator": "hze",
      "district": "nordviertel",
      "year": 2023,
      "value": 57.0
    },
    {
      "indicator": "hze",
      "district": "nordviertel",
      "year": 2024,
      "value": 59.3
    },
    {
      "indicator": "hze",
      "district": "nordviertel",
      "year": 2025,
      "value": 61.4
    },
    {
      "indicator": "hze",
      "district": "hafenwiesen",
      "year": 2021,
      "value": 45.9
    },
    {
      "indicator": "hze",
      "district": "hafenwiesen",
      "year": 2022,
      "value": 47.0
    },
    {
      "indicator": "hze",
      "district": "hafenwiesen",
      "year": 2023,
      "value": 47.9
    },
    {
      "indicator": "hze",
      "district": "hafenwiesen",
      "year": 2024,
      "value": 51.6
    },
    {
      "indicator": "hze",
      "district": "hafenwiesen",
      "year": 2025,
      "value": 50.8
    },
    {
      "indicator": "hze",
      "district": "schachtfeld",
      "year": 2021,
      "value": 34.8
    },
    {
      "indicator": "hze",
      "district": "schachtfeld",
      "year": 2022,
      "value": 37.5
    },
    {
      "indicator": "hze",
      "district": "schachtfeld",
      "year": 2023,
      "value": 40.7
    },
    {
      "indicator": "hze",
      "district": "schachtfeld",
      "year": 2024,
      "value": 39.2
    },
    {
      "indicator": "hze",
      "district": "schachtfeld",
      "year": 2025,
      "value": 41.8
    },
    {
      "indicator": "hze",
      "district": "brueckenau",
      "year": 2021,
      "value": 32.0
    },
    {
      "indicator": "hze",
      "district": "brueckenau",
      "year": 2022,
      "value": 34.2
    },
    {
      "indicator": "hze",
      "district": "brueckenau",
      "year": 2023,
      "value": 34.9
    },
    {
      "indicator": "hze",
      "district": "brueckenau",
      "year": 2024,
      "value": 37.3
    },
    {
      "indicator": "hze",
      "district": "brueckenau",
      "year": 2025,
      "value": 37.4
    },
    {
      "indicator": "hze",
      "district": "suedpark",
      "year": 2021,
      "value": 27.6
    },
    {
      "indicator": "hze",
      "district": "suedpark",
      "year": 2022,
      "value": 29.2
    },
    {
      "indicator": "hze",
      "district": "suedpark",
      "year": 2023,
      "value": 29.6
    },
    {
      "indicator": "hze",
      "district": "suedpark",
      "year": 2024,
      "value": 30.6
    },
    {
      "indicator": "hze",
      "district": "suedpark",
      "year": 2025,
      "value": 31.8
    },
    {
      "indicator": "hze",
      "district": "rosenhuegel",
      "year": 2021,
      "value": 15.7
    },
    {
      "indicator": "hze",
      "district": "rosenhuegel",
      "year": 2022,
      "value": 15.8
    },
    {
      "indicator": "hze",
      "district": "rosenhuegel",
      "year": 2023,
      "value": 16.7
    },
    {
      "indicator": "hze",
      "district": "rosenhuegel",
      "year": 2024,
      "value": 15.1
    },
    {
      "indicator": "hze",
      "district": "rosenhuegel",
      "year": 2025,
      "value": 13.6
    },
    {
      "indicator": "hze",
      "district": "eichenkamp",
      "year": 2021,
      "value": 13.8
    },
    {
      "indicator": "hze",
      "district": "eichenkamp",
      "year": 2022,
      "value": 15.6
    },
    {
      "indicator": "hze",
      "district": "eichenkamp",
      "year": 2023,
      "value": 15.1
    },
    {
      "indicator": "hze",
      "district": "eichenkamp",
      "year": 2024,
      "value": 13.2
    },
    {
      "indicator": "hze",
      "district": "eichenkamp",
      "year": 2025,
      "value": 16.4
    },
    {
      "indicator": "hze",
      "district": "waldheide",
      "year": 2021,
      "value": 14.7
    },
    {
      "indicator": "hze",
      "district": "waldheide",
      "year": 2022,
      "value": 16.9
    },
    {
      "indicator": "hze",
      "district": "waldheide",
      "year": 2023,
      "suppressed": true
    },
    {
      "indicator": "hze",
      "district": "waldheide",
      "year": 2024,
      "value": 17.1
    },
    {
      "indicator": "hze",
      "district": "waldheide",
      "year": 2025,
      "value": 17.3
    },
    {
      "indicator": "hze",
      "district": "oberdorf",
      "year": 2021,
      "value": 20.6
    },
    {
      "indicator": "hze",
      "district": "oberdorf",
      "year": 2022,
      "value": 18.3
    },
    {
      "indicator": "hze",
      "district": "oberdorf",
      "year": 2023,
      "value": 20.3
    },
    {
      "indicator": "hze",
      "district": "oberdorf",
      "year": 2024,
      "value": 20.1
    },
    {
      "indicator": "hze",
      "district": "oberdorf",
      "year": 2025,
      "value": 23.5
    },
    {
      "indicator": "hze",
      "district": "muehlenbach",
      "year": 2021,
      "value": 29.5
    },
    {
      "indicator": "hze",
      "district": "muehlenbach",
      "year": 2022,
      "value": 33.3
    },
    {
      "indicator": "hze",
      "district": "muehlenbach",
      "year": 2023,
      "value": 29.2
    },
    {
      "indicator": "hze",
      "district": "muehlenbach",
      "year": 2024,
      "value": 32.1
    },
    {
      "indicator": "hze",
      "district": "muehlenbach",
      "year": 2025,
      "value": 34.1
    }
  ]
}

"""#
}
