// The demo store's cases/*.json, verbatim (file name, contents). Generated data; edit the JSON between the delimiters.
// (The empty line before each closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let caseFiles: [(name: String, json: String)] = [
        ("demo-001.json", #"""
{
  "id": "demo-001",
  "pseudonym": "Familie Ahorn",
  "district": "nordviertel",
  "children": [
    {
      "alias": "Kind A",
      "birthMonth": "2027-02",
      "expected": true
    },
    {
      "alias": "Kind B",
      "birthMonth": "2024-01"
    }
  ],
  "needs": [
    "gesundheit",
    "finanzen",
    "erziehung"
  ],
  "languages": [
    "de",
    "tr"
  ],
  "referrals": [
    {
      "offer": "o-0012",
      "status": "angenommen",
      "created": "2026-09-02",
      "updated": "2026-09-16",
      "note": "Erstgespräch hat stattgefunden; Antrag Bundesstiftung gestellt."
    },
    {
      "offer": "o-0005",
      "status": "vermittelt",
      "created": "2026-09-16",
      "updated": "2026-10-07",
      "note": "Familienhebamme meldet sich nach der 32. SSW."
    },
    {
      "offer": "o-0054",
      "status": "vorgeschlagen",
      "created": "2026-10-07",
      "updated": "2026-10-07"
    }
  ],
  "followUp": "2026-11-14",
  "notes": "Kontakt über das Familienzentrum. Familie wünscht Begleitung bis nach der Geburt; älteres Kind besucht noch keine Kita. Kita-Anmeldung ansprechen.",
  "owner": "demo",
  "status": "open",
  "created": "2026-09-02T09:41:00Z",
  "updated": "2026-10-07T14:12:00Z",
  "revision": 4,
  "retention": {
    "rule": "beratung",
    "until": "2029-12-31"
  }
}

"""#),
        ("demo-002.json", #"""
{
  "id": "demo-002",
  "pseudonym": "Familie Kranich",
  "district": "hafenwiesen",
  "children": [
    {
      "alias": "Kind A",
      "birthMonth": "2021-08"
    }
  ],
  "needs": [
    "sprache",
    "lernen",
    "ankommen"
  ],
  "languages": [
    "ar",
    "de"
  ],
  "referrals": [
    {
      "offer": "o-0171",
      "status": "angenommen",
      "created": "2026-03-10",
      "updated": "2026-04-21",
      "note": "Mutter nimmt regelmäßig teil."
    },
    {
      "offer": "o-0150",
      "status": "abgeschlossen",
      "created": "2026-03-10",
      "updated": "2026-10-15",
      "note": "Untersuchung erfolgt; Sprachförderbedarf festgestellt."
    },
    {
      "offer": "o-0159",
      "status": "vorgeschlagen",
      "created": "2026-10-15",
      "updated": "2026-10-15",
      "note": "Einverständnis zur Weitergabe klären."
    },
    {
      "offer": "o-0009",
      "status": "vermittelt",
      "created": "2026-05-04",
      "updated": "2026-06-01"
    }
  ],
  "followUp": "2026-12-03",
  "notes": "Einschulung im Sommer 2027. Schulanmeldung ist erfolgt. Nächster Schritt: Brückengespräch mit Kita und Schule vorbereiten, Dolmetscherin anfragen.",
  "owner": "demo",
  "status": "open",
  "created": "2026-03-10T10:05:00Z",
  "updated": "2026-10-15T11:30:00Z",
  "revision": 6,
  "retention": {
    "rule": "beratung",
    "until": "2029-12-31"
  }
}

"""#),
        ("demo-003.json", #"""
{
  "id": "demo-003",
  "pseudonym": "Familie Lerche",
  "district": "bahnhofsviertel",
  "children": [
    {
      "alias": "Kind A",
      "birthMonth": "2017-03"
    },
    {
      "alias": "Kind B",
      "birthMonth": "2019-10"
    }
  ],
  "needs": [
    "lernen",
    "finanzen",
    "alleinerziehend",
    "bewegung"
  ],
  "languages": [
    "de"
  ],
  "referrals": [
    {
      "offer": "o-0212",
      "status": "angenommen",
      "created": "2026-02-18",
      "updated": "2026-03-09",
      "note": "Bestätigung der Schule liegt vor."
    },
    {
      "offer": "o-0223",
      "status": "abgeschlossen",
      "created": "2026-02-18",
      "updated": "2026-05-20",
      "note": "Platz für das jüngere Kind ab August."
    },
    {
      "offer": "o-0210",
      "status": "abgelehnt",
      "created": "2026-04-02",
      "updated": "2026-04-30",
      "note": "Trainingszeiten passen nicht zur Arbeitszeit."
    },
    {
      "offer": "o-0195",
      "status": "vorgeschlagen",
      "created": "2026-10-20",
      "updated": "2026-10-20"
    }
  ],
  "followUp": "2026-11-07",
  "notes": "Alleinerziehend, berufstätig im Schichtdienst. Wechsel auf die weiterführende Schule steht an; Anmeldung im Februar 2027. BuT-Antrag für Vereinsbeitrag liegt noch nicht vor.",
  "owner": "demo",
  "status": "open",
  "created": "2026-02-18T08:55:00Z",
  "updated": "2026-10-20T16:02:00Z",
  "revision": 5,
  "retention": {
    "rule": "beratung",
    "until": "2029-12-31"
  }
}

"""#),
        ("demo-004.json", #"""
{
  "id": "demo-004",
  "pseudonym": "Familie Weide",
  "district": "suedpark",
  "children": [
    {
      "alias": "Kind A",
      "birthMonth": "2011-06"
    }
  ],
  "needs": [
    "beruf",
    "psyche",
    "ankommen"
  ],
  "languages": [
    "uk",
    "de"
  ],
  "referrals": [
    {
      "offer": "o-0259",
      "status": "vermittelt",
      "created": "2026-06-11",
      "updated": "2026-09-01",
      "note": "Erstes Treffen in der Schule nach den Sommerferien."
    },
    {
      "offer": "o-0186",
      "status": "angenommen",
      "created": "2026-06-11",
      "updated": "2026-07-03"
    },
    {
      "offer": "o-0032",
      "status": "angenommen",
      "created": "2026-06-25",
      "updated": "2026-08-12",
      "note": "Gespräche mit Mutter und Jugendlichem alle zwei Wochen."
    },
    {
      "offer": "o-0253",
      "status": "vorgeschlagen",
      "created": "2026-09-01",
      "updated": "2026-09-01",
      "note": "Jugendlicher möchte erst nach Praktikum entscheiden."
    }
  ],
  "followUp": "2026-11-30",
  "notes": "Familie lebt seit 2022 in Musterstadt. Jugendlicher in Klasse 10, Praktikum im Handwerk geplant. Erziehungsberatung läuft als Hilfe nach § 28 SGB VIII.",
  "owner": "demo",
  "status": "open",
  "created": "2026-06-11T13:20:00Z",
  "updated": "2026-09-01T09:15:00Z",
  "revision": 3,
  "retention": {
    "rule": "sgb8-9b",
    "until": "2111-06-30"
  }
}

"""#),
        ("demo-005.json", #"""
{
  "id": "demo-005",
  "pseudonym": "Familie Kiefer",
  "district": "lindenhof",
  "children": [
    {
      "alias": "Kind A",
      "birthMonth": "2023-09"
    }
  ],
  "needs": [
    "erziehung",
    "inklusion"
  ],
  "languages": [
    "de",
    "en"
  ],
  "referrals": [
    {
      "offer": "o-0038",
      "status": "abgeschlossen",
      "created": "2025-11-04",
      "updated": "2026-06-30",
      "note": "Förderung läuft direkt über die Frühförderstelle weiter."
    },
    {
      "offer": "o-0136",
      "status": "abgeschlossen",
      "created": "2025-11-04",
      "updated": "2026-03-12"
    },
    {
      "offer": "o-0096",
      "status": "abgeschlossen",
      "created": "2026-01-15",
      "updated": "2026-05-06",
      "note": "Kitaplatz ab August 2026 zugesagt."
    }
  ],
  "notes": "Übergang in die Kita ist gelungen. Fall im Einvernehmen mit der Familie abgeschlossen.",
  "owner": "demo",
  "status": "closed",
  "created": "2025-11-04T10:10:00Z",
  "updated": "2026-07-02T15:45:00Z",
  "revision": 7,
  "retention": {
    "rule": "beratung",
    "until": "2029-07-31"
  }
}

"""#),
    ]
}
