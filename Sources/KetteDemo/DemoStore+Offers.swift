// The demo store's offers.json, verbatim. Generated data; edit the JSON between the delimiters.
// (The empty line before the closing delimiter keeps the file's final newline in the string.)
extension DemoStore {
    static let offersJSON = #"""
{
  "offers": [
    {
      "id": "o-0001",
      "title": "Allgemeiner Sozialer Dienst – Beratung und Hilfen für Familien",
      "provider": "Stadt Musterstadt – Allgemeiner Sozialer Dienst",
      "field": "jugendhilfe",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Der ASD berät Familien in schwierigen Lebenslagen und vermittelt Hilfen zur Erziehung. Bei Sorge um das Wohl eines Kindes ist er auch außerhalb der Sprechzeiten über den Bereitschaftsdienst erreichbar.",
      "address": "Rathausplatz 5, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 14-29",
        "email": "asd@musterstadt.example"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 8–16 Uhr; außerhalb über die Feuerwehr-Leitstelle",
      "tags": [
        "erziehung",
        "kinderschutz",
        "beratung",
        "krise"
      ],
      "updated": "2026-10-22",
      "status": "active"
    },
    {
      "id": "o-0002",
      "title": "Babylotsin in der Geburtsklinik",
      "provider": "St.-Elisabeth-Hospital Musterstadt",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Die Babylotsin spricht Eltern auf der Wochenstation an, klärt Fragen zur ersten Zeit zu Hause und stellt auf Wunsch den Kontakt zu Hebamme, Frühen Hilfen und Familienzentrum her.",
      "address": "Elisabethstraße 3, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 61-87",
        "email": "babylotsin@elisabeth-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Alle Familien, die im St.-Elisabeth-Hospital entbinden",
      "hours": "Mo–Fr 8–14 Uhr auf der Wochenstation",
      "tags": [
        "geburt",
        "lotsendienst",
        "frühehilfen",
        "gesundheit"
      ],
      "updated": "2024-10-23",
      "status": "active"
    },
    {
      "id": "o-0003",
      "title": "Beratungsstelle für Schwangerschaft und Familienplanung",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "schwangerschaft"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Beratung zu Schwangerschaft, Familienplanung, Mutterschutz und Elterngeld sowie Schwangerschaftskonfliktberatung nach § 219 StGB. Termine auch kurzfristig und auf Wunsch anonym. Консультация возможна на русском языке.",
      "address": "Am Stadtgraben 21, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 42-32",
        "email": "schwangerenberatung@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Do 8:30–16 Uhr, Fr 8:30–12 Uhr",
      "tags": [
        "schwangerschaft",
        "beratung",
        "finanzen",
        "psyche"
      ],
      "updated": "2025-08-13",
      "status": "active"
    },
    {
      "id": "o-0004",
      "title": "Familienbüro im Rathaus",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-geburt",
        "t-betreuung"
      ],
      "citywide": true,
      "districts": [],
      "description": "Erste Anlaufstelle für Familien: Auskunft zu Elterngeld, Kindergeld, Kinderzuschlag, Kita-Anmeldung und Familienpass. Wir helfen beim Ausfüllen von Anträgen und verweisen an die richtigen Stellen. Türkçe danışmanlık mümkündür.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-19",
        "email": "familienbuero@musterstadt.example",
        "web": "https://www.musterstadt.example/familienbuero"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 8–12:30 Uhr, Do 14–18 Uhr",
      "tags": [
        "finanzen",
        "beratung",
        "anträge",
        "elterngeld",
        "information"
      ],
      "updated": "2025-06-27",
      "status": "active"
    },
    {
      "id": "o-0005",
      "title": "Familienhebammen und Familien-Gesundheits- und Kinderkrankenpflege",
      "provider": "Stadt Musterstadt – Jugendamt, Frühe Hilfen",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Familienhebammen begleiten Schwangere und Familien mit besonderem Unterstützungsbedarf bis zum ersten Geburtstag des Kindes zu Hause. Bei Bedarf übernimmt danach die Familienkinderkrankenpflege.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 13-45",
        "email": "familienhebammen@musterstadt.example",
        "web": "https://www.musterstadt.example/fruehe-hilfen/familienhebammen"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Kindern bis 3 Jahre in belastenden Lebenslagen",
      "hours": "Mo–Fr 8–16 Uhr, Hausbesuche nach Vereinbarung",
      "tags": [
        "gesundheit",
        "hebamme",
        "frühehilfen",
        "erziehung",
        "säugling"
      ],
      "updated": "2026-06-17",
      "status": "active"
    },
    {
      "id": "o-0006",
      "title": "Frühe Hilfen – Koordinierungsstelle und Lotsenberatung",
      "provider": "Stadt Musterstadt – Jugendamt, Frühe Hilfen",
      "field": "jugendhilfe",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Die Koordinierungsstelle Frühe Hilfen hilft Eltern und Fachkräften, das passende Angebot zu finden – von der Hebamme bis zur Elterngruppe im Stadtteil – und berät bei Unsicherheiten. Türkçe danışmanlık mümkündür.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 13-65",
        "email": "fruehe-hilfen@musterstadt.example",
        "web": "https://www.musterstadt.example/fruehe-hilfen"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 9–15 Uhr",
      "tags": [
        "frühehilfen",
        "beratung",
        "information",
        "erziehung"
      ],
      "updated": "2026-02-18",
      "status": "active"
    },
    {
      "id": "o-0007",
      "title": "Hebammenzentrale Musterstadt",
      "provider": "Hebammennetzwerk Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Die Hebammenzentrale vermittelt freiberufliche Hebammen für Vorsorge, Geburtsvorbereitung und Wochenbettbetreuung. Wer keine Hebamme findet, erhält hier Unterstützung – am besten schon in den ersten Schwangerschaftswochen melden.",
      "address": "Marktplatz 6, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 72-10",
        "email": "vermittlung@hebammen-musterstadt.example.org",
        "web": "https://www.hebammen-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Mo, Mi, Fr 9–12 Uhr",
      "tags": [
        "hebamme",
        "gesundheit",
        "schwangerschaft",
        "wochenbett"
      ],
      "updated": "2025-08-23",
      "status": "active"
    },
    {
      "id": "o-0008",
      "title": "Lotsendienst Frühe Hilfen in der Frauenklinik",
      "provider": "Städtisches Klinikum Musterstadt",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Sozialpädagogische Fachkräfte in der Frauenklinik begleiten werdende Eltern und Familien nach der Geburt. Sie erkennen Unterstützungsbedarf früh und vermitteln in passende Angebote im Stadtteil. Консультация возможна на русском языке.",
      "address": "Parkallee 100, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 60-20",
        "email": "lotsendienst.frauenklinik@klinikum-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere in der Geburtsplanung und Familien nach der Entbindung im Klinikum",
      "hours": "Mo–Fr 8–16 Uhr",
      "tags": [
        "geburt",
        "lotsendienst",
        "frühehilfen",
        "gesundheit",
        "beratung"
      ],
      "updated": "2026-03-08",
      "status": "active"
    },
    {
      "id": "o-0009",
      "title": "Migrationsberatung für erwachsene Zugewanderte (MBE)",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Beratung für Zugewanderte ab 27 Jahren zu Aufenthalt, Integrationskurs, Anerkennung von Abschlüssen, Arbeit und Familie. Wir begleiten bei Behördengängen und vermitteln Sprachkurse. Türkçe danışmanlık mümkündür.",
      "address": "Kirchgasse 7, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 41-87",
        "email": "mbe@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "fa"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Zugewanderte ab 27 Jahren",
      "hours": "Mo–Fr 9–12 Uhr, Do 14–17 Uhr",
      "tags": [
        "ankommen",
        "sprache",
        "beratung",
        "aufenthalt",
        "beruf"
      ],
      "updated": "2026-03-19",
      "status": "active"
    },
    {
      "id": "o-0010",
      "title": "Migrationsberatung und Beratung für Geflüchtete",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Beratung und Begleitung für neu zugewanderte und geflüchtete Familien, unter anderem aus der Ukraine und aus Südosteuropa. Themen sind Aufenthalt, Leistungen, Wohnen, Schule und Kita. Консультація можлива українською мовою.",
      "address": "Bahnhofstraße 55, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-24",
        "email": "migrationsberatung@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ru",
        "uk",
        "pl",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 9–13 Uhr, Mi 14–17 Uhr",
      "tags": [
        "ankommen",
        "beratung",
        "wohnen",
        "finanzen"
      ],
      "updated": "2026-02-06",
      "status": "active"
    },
    {
      "id": "o-0011",
      "title": "Schuldner- und Insolvenzberatung",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Unterstützung bei Schulden, Mahnungen, Pfändungen und Energieschulden; Einrichtung eines Pfändungsschutzkontos und Begleitung ins Verbraucherinsolvenzverfahren. Familien mit Kindern erhalten zeitnah einen Ersttermin.",
      "address": "Kirchgasse 7, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 41-54",
        "email": "schuldnerberatung@caritas-musterstadt.example.org",
        "web": "https://www.caritas-musterstadt.example.org/schuldnerberatung"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Do 9–15 Uhr; offene Sprechstunde Di 9–11 Uhr",
      "tags": [
        "finanzen",
        "schulden",
        "beratung",
        "wohnen"
      ],
      "updated": "2025-07-23",
      "status": "active"
    },
    {
      "id": "o-0012",
      "title": "Schwangerschaftsberatung",
      "provider": "SkF Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Vertrauliche Beratung rund um Schwangerschaft, Geburt und die erste Zeit mit dem Kind. Wir helfen bei Anträgen, etwa an die Bundesstiftung Mutter und Kind, und vermitteln weitere Hilfen. الاستشارة متوفرة باللغة العربية.",
      "address": "Kirchgasse 9, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 45-77",
        "email": "schwangerschaftsberatung@skf-musterstadt.example.org",
        "web": "https://www.skf-musterstadt.example.org/schwangerschaftsberatung"
      },
      "languages": [
        "de",
        "en",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Kindern bis 3 Jahre, unabhängig von Konfession und Herkunft",
      "hours": "Mo–Fr 9–12 Uhr, Di und Do 14–17 Uhr",
      "tags": [
        "schwangerschaft",
        "beratung",
        "finanzen",
        "gesundheit",
        "alleinerziehend"
      ],
      "updated": "2026-05-12",
      "status": "active"
    },
    {
      "id": "o-0013",
      "title": "Eltern-Baby-Treff Schachtfeld",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 42-47",
        "email": "elterncafe.schachtfeld@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Mo 14:30–16:30 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch",
        "alleinerziehend"
      ],
      "updated": "2024-12-07",
      "status": "active"
    },
    {
      "id": "o-0014",
      "title": "Elterncafé „Kaffeeklatsch & Krabbeldecke“",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Ohne Anmeldung vorbeikommen, Kaffee trinken und andere Eltern kennenlernen. Fachkräfte sind ansprechbar und helfen bei Fragen rund um Kind, Alltag und Behörden.",
      "address": "Elisabethstraße 29, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 44-43",
        "email": "elterncafe.marktfeld@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Di 9:30–11:30 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch"
      ],
      "updated": "2025-06-17",
      "status": "active"
    },
    {
      "id": "o-0015",
      "title": "Elterncafé „Kinderwagen“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt",
        "lindenhof"
      ],
      "description": "Offener Treff für Eltern mit Babys und Kleinkindern in der Altstadt: Frühstück, Austausch und Spielecke. Einmal im Monat ist eine Hebamme oder Kinderkrankenschwester zu Gast.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 47-41",
        "email": "elterncafe.altstadt@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Mi 9–11 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch"
      ],
      "updated": "2024-10-10",
      "status": "archived"
    },
    {
      "id": "o-0016",
      "title": "Geburtsvorbereitung für Paare",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "rosenhuegel",
        "altstadt"
      ],
      "description": "Hebammen bereiten auf Geburt, Wochenbett und Stillzeit vor: Atem- und Entspannungsübungen, Ablauf der Geburt, erste Tage mit dem Baby. Partnerinnen und Partner sind willkommen.",
      "address": "Lindenallee 41, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 46-61",
        "email": "geburtsvorbereitung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Für Schwangere Abrechnung über die Krankenkasse; Partnergebühr 60 €"
      },
      "accessible": true,
      "eligibility": "Schwangere ab der 25. Woche",
      "hours": "7 Abende, Mo 19–21 Uhr",
      "tags": [
        "gesundheit",
        "geburt",
        "hebamme",
        "kurs"
      ],
      "updated": "2025-01-19",
      "status": "active"
    },
    {
      "id": "o-0017",
      "title": "Geburtsvorbereitung kompakt am Wochenende",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp"
      ],
      "description": "Hebammen bereiten auf Geburt, Wochenbett und Stillzeit vor: Atem- und Entspannungsübungen, Ablauf der Geburt, erste Tage mit dem Baby. Partnerinnen und Partner sind willkommen.",
      "address": "Parkallee 52, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 47-48",
        "email": "geburtsvorbereitung@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": false,
        "note": "Für Schwangere Abrechnung über die Krankenkasse; Partnergebühr 60 €"
      },
      "accessible": true,
      "eligibility": "Schwangere ab der 25. Woche",
      "hours": "Sa und So 10–16 Uhr",
      "tags": [
        "gesundheit",
        "geburt",
        "hebamme",
        "kurs"
      ],
      "updated": "2024-12-31",
      "status": "archived"
    },
    {
      "id": "o-0018",
      "title": "Geburtsvorbereitungskurs für Frauen",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Hebammen bereiten auf Geburt, Wochenbett und Stillzeit vor: Atem- und Entspannungsübungen, Ablauf der Geburt, erste Tage mit dem Baby. Partnerinnen und Partner sind willkommen.",
      "address": "Hüttenweg 113, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 44-44",
        "email": "geburtsvorbereitung@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": false,
        "note": "Für Schwangere Abrechnung über die Krankenkasse; Partnergebühr 60 €"
      },
      "accessible": false,
      "eligibility": "Schwangere ab der 25. Woche",
      "hours": "Sa und So 10–16 Uhr",
      "tags": [
        "gesundheit",
        "geburt",
        "hebamme",
        "kurs"
      ],
      "updated": "2025-09-28",
      "status": "active"
    },
    {
      "id": "o-0019",
      "title": "Offene Hebammensprechstunde im Familienzentrum Glückauf",
      "provider": "Hebammennetzwerk Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel"
      ],
      "description": "Eine Hebamme beantwortet Fragen zu Schwangerschaft, Stillen, Ernährung und Entwicklung des Babys – ohne Termin, auch für Familien ohne eigene Hebamme.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 72-98",
        "email": "sprechstunde.nordviertel@hebammen-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Babys bis 1 Jahr",
      "hours": "Do 9:30–11:30 Uhr",
      "tags": [
        "gesundheit",
        "hebamme",
        "stillen",
        "frühehilfen"
      ],
      "updated": "2026-01-13",
      "status": "active"
    },
    {
      "id": "o-0020",
      "title": "Offene Hebammensprechstunde im Familienzentrum Grubenzwerge",
      "provider": "Hebammennetzwerk Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld",
        "brueckenau"
      ],
      "description": "Eine Hebamme beantwortet Fragen zu Schwangerschaft, Stillen, Ernährung und Entwicklung des Babys – ohne Termin, auch für Familien ohne eigene Hebamme.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 72-19",
        "email": "sprechstunde.schachtfeld@hebammen-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Babys bis 1 Jahr",
      "hours": "Mi 14–16 Uhr",
      "tags": [
        "gesundheit",
        "hebamme",
        "stillen",
        "frühehilfen"
      ],
      "updated": "2026-03-08",
      "status": "active"
    },
    {
      "id": "o-0021",
      "title": "Offene Hebammensprechstunde im Familienzentrum Leuchtturm",
      "provider": "Hebammennetzwerk Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel"
      ],
      "description": "Eine Hebamme beantwortet Fragen zu Schwangerschaft, Stillen, Ernährung und Entwicklung des Babys – ohne Termin, auch für Familien ohne eigene Hebamme.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 72-80",
        "email": "sprechstunde.hafenwiesen@hebammen-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Babys bis 1 Jahr",
      "hours": "Di 10–12 Uhr",
      "tags": [
        "gesundheit",
        "hebamme",
        "stillen",
        "frühehilfen"
      ],
      "updated": "2026-05-05",
      "status": "active"
    },
    {
      "id": "o-0022",
      "title": "Offene Hebammensprechstunde im Familienzentrum Pusteblume",
      "provider": "Hebammennetzwerk Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "schwangerschaft",
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "altstadt"
      ],
      "description": "Eine Hebamme beantwortet Fragen zu Schwangerschaft, Stillen, Ernährung und Entwicklung des Babys – ohne Termin, auch für Familien ohne eigene Hebamme.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 72-41",
        "email": "sprechstunde.bahnhofsviertel@hebammen-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schwangere und Familien mit Babys bis 1 Jahr",
      "hours": "Do 9:30–11:30 Uhr",
      "tags": [
        "gesundheit",
        "hebamme",
        "stillen",
        "frühehilfen"
      ],
      "updated": "2025-01-26",
      "status": "active"
    },
    {
      "id": "o-0023",
      "title": "Stadtteilmütter Bahnhofsviertel",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "marktfeld",
        "nordviertel"
      ],
      "description": "Geschulte Stadtteilmütter mit eigener Migrationsgeschichte besuchen Familien zu Hause, informieren in der Familiensprache über Kita, Schule, Gesundheit und Beratungsstellen und begleiten zu Terminen.",
      "address": "Am Güterbahnhof 40, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 64-31",
        "email": "stadtteilmuetter.bahnhofsviertel@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "ru",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre, besonders neu zugewanderte Familien",
      "hours": "Hausbesuche nach Vereinbarung; Sprechstunde Mo 10–12 Uhr",
      "tags": [
        "ankommen",
        "sprache",
        "erziehung",
        "information",
        "gesundheit"
      ],
      "updated": "2026-06-06",
      "status": "active"
    },
    {
      "id": "o-0024",
      "title": "Stadtteilmütter Hafenwiesen",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-kita",
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Geschulte Stadtteilmütter mit eigener Migrationsgeschichte besuchen Familien zu Hause, informieren in der Familiensprache über Kita, Schule, Gesundheit und Beratungsstellen und begleiten zu Terminen.",
      "address": "Schifferstraße 25, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-12",
        "email": "stadtteilmuetter.hafenwiesen@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre, besonders neu zugewanderte Familien",
      "hours": "Hausbesuche nach Vereinbarung; Sprechstunde Mo 10–12 Uhr",
      "tags": [
        "ankommen",
        "sprache",
        "erziehung",
        "information",
        "gesundheit"
      ],
      "updated": "2025-07-14",
      "status": "active"
    },
    {
      "id": "o-0025",
      "title": "Stadtteilmütter Nordviertel",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel",
        "hafenwiesen"
      ],
      "description": "Geschulte Stadtteilmütter mit eigener Migrationsgeschichte besuchen Familien zu Hause, informieren in der Familiensprache über Kita, Schule, Gesundheit und Beratungsstellen und begleiten zu Terminen.",
      "address": "Koloniestraße 14, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 64-29",
        "email": "stadtteilmuetter.nordviertel@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre, besonders neu zugewanderte Familien",
      "hours": "Hausbesuche nach Vereinbarung; Sprechstunde Mo 10–12 Uhr",
      "tags": [
        "ankommen",
        "sprache",
        "erziehung",
        "information",
        "gesundheit"
      ],
      "updated": "2026-04-26",
      "status": "active"
    },
    {
      "id": "o-0026",
      "title": "Stadtteilmütter Schachtfeld",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "schwangerschaft",
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Geschulte Stadtteilmütter mit eigener Migrationsgeschichte besuchen Familien zu Hause, informieren in der Familiensprache über Kita, Schule, Gesundheit und Beratungsstellen und begleiten zu Terminen.",
      "address": "Schachtstraße 99, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-67",
        "email": "stadtteilmuetter.schachtfeld@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre, besonders neu zugewanderte Familien",
      "hours": "Hausbesuche nach Vereinbarung; Sprechstunde Mo 10–12 Uhr",
      "tags": [
        "ankommen",
        "sprache",
        "erziehung",
        "information",
        "gesundheit"
      ],
      "updated": "2024-06-23",
      "status": "active"
    },
    {
      "id": "o-0027",
      "title": "Willkommensbesuch mit Babybegrüßungspaket",
      "provider": "Stadt Musterstadt – Jugendamt, Frühe Hilfen",
      "field": "jugendhilfe",
      "stages": [
        "saeugling"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": true,
      "districts": [],
      "description": "Alle Familien mit einem neugeborenen Kind erhalten ein Briefangebot für einen Willkommensbesuch zu Hause. Das Team bringt das Babybegrüßungspaket mit Elternbriefen, Informationen zu Angeboten im Stadtteil und einem kleinen Geschenk.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 13-53",
        "email": "willkommensbesuch@musterstadt.example",
        "web": "https://www.musterstadt.example/willkommen-baby"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Alle Familien mit Neugeborenen mit Wohnsitz in Musterstadt; freiwillig",
      "hours": "Terminvereinbarung Mo–Fr 9–15 Uhr",
      "tags": [
        "frühehilfen",
        "willkommen",
        "säugling",
        "erziehung",
        "information"
      ],
      "updated": "2026-06-30",
      "status": "active"
    },
    {
      "id": "o-0028",
      "title": "Lotsin Frühe Hilfen in der Gemeinschaftspraxis Nordviertel",
      "provider": "Gemeinschaftspraxis für Kinder- und Jugendmedizin Nordviertel",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Bei den Vorsorgeuntersuchungen U2 bis U7 spricht eine Lotsin der Frühen Hilfen Eltern an, die sich Unterstützung wünschen, und stellt den Kontakt zu passenden Angeboten her. Die Sprechstunde findet in der Praxis statt.",
      "address": "Zechenstraße 106, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 73-69",
        "email": "lotsin@kinderaerzte-nordviertel.example.org"
      },
      "languages": [
        "de",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien, die in der Praxis betreut werden",
      "hours": "Di 9–12 Uhr",
      "tags": [
        "gesundheit",
        "frühehilfen",
        "lotsendienst",
        "vorsorge"
      ],
      "updated": "2026-05-13",
      "status": "active"
    },
    {
      "id": "o-0029",
      "title": "Lotsin Frühe Hilfen in der Kinderarztpraxis Hafenwiesen",
      "provider": "Kinder- und Jugendarztpraxis Hafenwiesen",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Bei den Vorsorgeuntersuchungen U2 bis U7 spricht eine Lotsin der Frühen Hilfen Eltern an, die sich Unterstützung wünschen, und stellt den Kontakt zu passenden Angeboten her. Die Sprechstunde findet in der Praxis statt.",
      "address": "Hafenstraße 51, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 73-49",
        "email": "lotsin@kinderarztpraxis-hafenwiesen.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien, die in der Praxis betreut werden",
      "hours": "Mo und Do 9–12 Uhr",
      "tags": [
        "gesundheit",
        "frühehilfen",
        "lotsendienst",
        "vorsorge"
      ],
      "updated": "2025-08-23",
      "status": "active"
    },
    {
      "id": "o-0030",
      "title": "Lotsin Frühe Hilfen in der Kinderarztpraxis am Markt",
      "provider": "Kinder- und Jugendarztpraxis am Markt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-geburt"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "marktfeld",
        "suedpark"
      ],
      "description": "Bei den Vorsorgeuntersuchungen U2 bis U7 spricht eine Lotsin der Frühen Hilfen Eltern an, die sich Unterstützung wünschen, und stellt den Kontakt zu passenden Angeboten her. Die Sprechstunde findet in der Praxis statt.",
      "address": "Rathausplatz 31, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 73-75",
        "email": "lotsin@kinderarztpraxis-am-markt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien, die in der Praxis betreut werden",
      "hours": "Di 9–12 Uhr",
      "tags": [
        "gesundheit",
        "frühehilfen",
        "lotsendienst",
        "vorsorge"
      ],
      "updated": "2025-11-12",
      "status": "active"
    },
    {
      "id": "o-0031",
      "title": "Beratung und Treff für Alleinerziehende",
      "provider": "Netzwerk Alleinerziehende Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Beratung zu Unterhalt, Unterhaltsvorschuss, Umgang und Betreuung sowie ein monatlicher Treff mit Kinderbetreuung. Alleinerziehende tauschen sich aus und unterstützen sich gegenseitig.",
      "address": "Marktplatz 4, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 76-54",
        "email": "kontakt@alleinerziehende-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Beratung Di 9–12 Uhr; Treff jeden 1. Samstag 10–13 Uhr",
      "tags": [
        "alleinerziehend",
        "finanzen",
        "beratung",
        "unterhalt"
      ],
      "updated": "2026-03-15",
      "status": "active"
    },
    {
      "id": "o-0032",
      "title": "Ev. Beratungsstelle für Erziehungs-, Ehe- und Lebensfragen",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Beratung für Eltern, Kinder und Jugendliche bei Erziehungsfragen, Konflikten in der Familie, Trennung und Scheidung. Die Beratung ist vertraulich und kostenfrei.",
      "address": "Am Stadtgraben 23, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 42-60",
        "email": "erziehungsberatung@diakonie-musterstadt.example.org",
        "web": "https://www.diakonie-musterstadt.example.org/erziehungsberatung"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Mo–Fr 9–17 Uhr nach Vereinbarung; offene Sprechstunde Mi 15–17 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "trennung",
        "familie"
      ],
      "updated": "2026-02-23",
      "status": "active"
    },
    {
      "id": "o-0033",
      "title": "Fachberatung und Vermittlung Kindertagespflege",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": true,
      "districts": [],
      "description": "Wir vermitteln qualifizierte Tagesmütter und Tagesväter, beraten zur Eingewöhnung und zu Elternbeiträgen. Der Rechtsanspruch auf einen Betreuungsplatz gilt ab dem ersten Geburtstag.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-30",
        "email": "kindertagespflege@musterstadt.example",
        "web": "https://www.musterstadt.example/kindertagespflege"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Do 9–12 Uhr, Di 14–16 Uhr",
      "tags": [
        "betreuung",
        "tagespflege",
        "krippe",
        "beratung"
      ],
      "updated": "2026-10-30",
      "status": "active"
    },
    {
      "id": "o-0034",
      "title": "Fachstelle Wohnen – Hilfe bei drohendem Wohnungsverlust",
      "provider": "Stadt Musterstadt – Amt für Soziales und Wohnen",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Bei Mietschulden, Räumungsklage oder Kündigung sofort melden: Die Fachstelle verhandelt mit Vermietern, prüft die Übernahme von Mietschulden und hilft bei der Wohnungssuche. الاستشارة متوفرة باللغة العربية.",
      "address": "Rathausplatz 3, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 34-76",
        "email": "fachstelle-wohnen@musterstadt.example"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 8–12 Uhr, Do 14–16 Uhr",
      "tags": [
        "wohnen",
        "finanzen",
        "beratung",
        "krise"
      ],
      "updated": "2026-08-10",
      "status": "active"
    },
    {
      "id": "o-0035",
      "title": "Familienkinderkrankenpflege",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Kinderkrankenpflegerinnen mit Zusatzqualifikation besuchen Familien mit Säuglingen und Kleinkindern, etwa bei Frühgeburt, chronischer Erkrankung oder Unsicherheit in der Pflege.",
      "address": "Hansaring 40, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 20-54",
        "email": "fgkikp@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 3 Jahre",
      "hours": "Mo–Fr 8–15:30 Uhr",
      "tags": [
        "gesundheit",
        "frühehilfen",
        "pflege",
        "säugling",
        "inklusion"
      ],
      "updated": "2025-10-19",
      "status": "active"
    },
    {
      "id": "o-0036",
      "title": "Impfsprechstunde für Kinder und Jugendliche",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Kostenlose Impfberatung und Nachholimpfungen nach den Empfehlungen der STIKO, auch für Kinder ohne Krankenversicherung. Bitte Impfpass mitbringen.",
      "address": "Hansaring 40, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 20-56",
        "email": "impfen@musterstadt.example"
      },
      "languages": [
        "de",
        "en",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Di 14–17 Uhr, Do 9–12 Uhr",
      "tags": [
        "gesundheit",
        "impfung",
        "vorsorge",
        "ankommen"
      ],
      "updated": "2025-12-19",
      "status": "active"
    },
    {
      "id": "o-0037",
      "title": "Integrationskurs mit Kinderbetreuung",
      "provider": "Volkshochschule Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Deutschkurs mit Orientierungskurs bis zum Niveau B1; während des Unterrichts werden Kinder unter drei Jahren im Haus betreut. Einstufungstest vor Kursbeginn.",
      "address": "Hansaring 12, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 54-92",
        "email": "integrationskurse@musterstadt.example",
        "web": "https://www.musterstadt.example/integrationskurse"
      },
      "languages": [
        "de",
        "en",
        "ar",
        "uk"
      ],
      "cost": {
        "free": false,
        "note": "Kostenbeitrag 2,29 € je Unterrichtsstunde, Befreiung bei Leistungsbezug möglich"
      },
      "accessible": true,
      "eligibility": "Zugewanderte mit Berechtigung oder Verpflichtung durch BAMF, Jobcenter oder Ausländerbehörde",
      "hours": "Mo–Fr 8:30–12:45 Uhr",
      "tags": [
        "sprache",
        "ankommen",
        "deutschkurs",
        "betreuung"
      ],
      "updated": "2026-02-10",
      "status": "active"
    },
    {
      "id": "o-0038",
      "title": "Interdisziplinäre Frühförderstelle",
      "provider": "Lebenshilfe Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita",
        "t-einschulung"
      ],
      "citywide": true,
      "districts": [],
      "description": "Heilpädagogische und therapeutische Förderung für Kinder mit Entwicklungsverzögerung oder Behinderung bis zum Schuleintritt, als Komplexleistung mit Ärztinnen und Therapeuten. Förderung in der Stelle, in der Kita oder zu Hause.",
      "address": "Am Gutshof 8, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 49-54",
        "email": "fruehfoerderung@lebenshilfe-musterstadt.example.org",
        "web": "https://www.lebenshilfe-musterstadt.example.org/fruehfoerderung"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von der Geburt bis zur Einschulung; Kostenträger sind Krankenkasse und Eingliederungshilfe",
      "hours": "Mo–Fr 8–16:30 Uhr",
      "tags": [
        "inklusion",
        "entwicklung",
        "therapie",
        "gesundheit",
        "förderung"
      ],
      "updated": "2026-08-09",
      "status": "active"
    },
    {
      "id": "o-0039",
      "title": "Kinderschutzbund: Elterntelefon und Beratung",
      "provider": "Kinderschutzbund Ortsverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Anonyme telefonische und persönliche Beratung für Eltern, die sich im Erziehungsalltag überfordert fühlen. Ehrenamtliche Beraterinnen sind geschult und zur Verschwiegenheit verpflichtet.",
      "address": "Kirchgasse 15, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 48-88",
        "email": "beratung@kinderschutzbund-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Mo–Fr 9–11 Uhr, Di und Do 17–19 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "kinderschutz"
      ],
      "updated": "2025-08-05",
      "status": "active"
    },
    {
      "id": "o-0040",
      "title": "Lesestart – Bücher und Vorlesetipps für die Kleinsten",
      "provider": "Stadtbibliothek Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "In der Zentralbibliothek und den Stadtteilbibliotheken gibt es Lesestart-Sets, Bilderbuchkinos und mehrsprachige Bücher zum Ausleihen. Der Bibliotheksausweis ist für Kinder kostenfrei.",
      "address": "Marktplatz 10, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 31-21",
        "email": "lesestart@musterstadt.example",
        "web": "https://www.musterstadt.example/lesestart"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "uk",
        "pl"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Di–Fr 10–18 Uhr, Sa 10–14 Uhr",
      "tags": [
        "sprache",
        "lesen",
        "bildung",
        "mehrsprachigkeit"
      ],
      "updated": "2026-10-01",
      "status": "active"
    },
    {
      "id": "o-0041",
      "title": "Musterstädter Familienpass",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Mit dem Familienpass erhalten Familien mit geringem Einkommen Ermäßigungen in Bädern, Musikschule, Volkshochschule, Zoo und bei vielen Kursen in der Stadt.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-51",
        "email": "familienpass@musterstadt.example",
        "web": "https://www.musterstadt.example/familienpass"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Wohnsitz in Musterstadt und Leistungsbezug oder geringem Einkommen",
      "hours": "Ausgabe im Familienbüro Mo–Fr 8–12:30 Uhr",
      "tags": [
        "finanzen",
        "freizeit",
        "teilhabe",
        "bewegung"
      ],
      "updated": "2025-12-20",
      "status": "active"
    },
    {
      "id": "o-0042",
      "title": "Schreibabyambulanz",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Beratung für Eltern, deren Baby viel schreit, schlecht schläft oder schwer zu beruhigen ist. Gespräche, Videoberatung und Entlastung – damit aus Erschöpfung keine Krise wird.",
      "address": "Lindenallee 14, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 46-33",
        "email": "schreibaby@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre",
      "hours": "Di 9–13 Uhr, Do 13–17 Uhr; Termine nach Vereinbarung",
      "tags": [
        "psyche",
        "säugling",
        "erziehung",
        "beratung",
        "schlaf"
      ],
      "updated": "2026-03-24",
      "status": "active"
    },
    {
      "id": "o-0043",
      "title": "Sozialpädiatrisches Zentrum (SPZ)",
      "provider": "Sozialpädiatrisches Zentrum am Städtischen Klinikum",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Ambulante Diagnostik und Therapie für Kinder und Jugendliche mit Entwicklungsstörungen, chronischen oder neurologischen Erkrankungen. Eine Überweisung durch die Kinderärztin oder den Kinderarzt ist erforderlich.",
      "address": "Parkallee 100, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 62-31",
        "email": "spz@klinikum-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche bis 18 Jahre mit Überweisung",
      "hours": "Mo–Fr 8–16 Uhr nach Termin",
      "tags": [
        "gesundheit",
        "inklusion",
        "entwicklung",
        "diagnostik"
      ],
      "updated": "2026-07-16",
      "status": "active"
    },
    {
      "id": "o-0044",
      "title": "Babymassage und Spielgruppe",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Am Kirchberg 74, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 46-85",
        "email": "anmeldung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 48 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Mo 9:30–11 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2025-11-23",
      "status": "active"
    },
    {
      "id": "o-0045",
      "title": "Babytreff und Elterncafé Hafenwiesen",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-20",
        "email": "elterncafe.hafenwiesen@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Do 15–17 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch",
        "alleinerziehend"
      ],
      "updated": "2026-01-23",
      "status": "active"
    },
    {
      "id": "o-0046",
      "title": "Babytreff „Kleine Schritte“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Parkallee 18, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 47-83",
        "email": "elterncafe.suedpark@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Do 15–17 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch",
        "alleinerziehend"
      ],
      "updated": "2026-03-12",
      "status": "active"
    },
    {
      "id": "o-0047",
      "title": "DRK-Kleiderladen Südpark",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp",
        "altstadt"
      ],
      "description": "Second-Hand-Kleidung für Kinder und Erwachsene zu kleinen Preisen; mit Familienpass kostenfrei. Der Laden ist auch ein Treffpunkt mit Café-Ecke.",
      "address": "Südring 23, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 44-89",
        "email": "drk-kleiderladen-suedpark@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Di und Fr 10–13 Uhr",
      "tags": [
        "finanzen",
        "kleidung",
        "treff"
      ],
      "updated": "2025-08-22",
      "status": "active"
    },
    {
      "id": "o-0048",
      "title": "Deutschkurs für Mütter mit Kinderbetreuung",
      "provider": "Volkshochschule Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Deutsch lernen im Familienzentrum oder in der Grundschule, während die Kinder nebenan betreut werden. Alltagsthemen wie Kinderarzt, Elternabend und Einkaufen stehen im Mittelpunkt.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 54-44",
        "email": "muetterkurs@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Kursgebühr entfällt; Lehrmaterial 10 €"
      },
      "accessible": true,
      "eligibility": "Mütter mit Kindern, Anfängerinnen und Fortgeschrittene",
      "hours": "Mo und Mi 8:30–11 Uhr",
      "tags": [
        "sprache",
        "ankommen",
        "deutschkurs",
        "betreuung"
      ],
      "updated": "2026-08-15",
      "status": "active"
    },
    {
      "id": "o-0049",
      "title": "Deutschkurs für Mütter mit Kinderbetreuung",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Deutsch lernen im Familienzentrum oder in der Grundschule, während die Kinder nebenan betreut werden. Alltagsthemen wie Kinderarzt, Elternabend und Einkaufen stehen im Mittelpunkt.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 32-66",
        "email": "muetterkurs@musterstadt.example"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true,
        "note": "Kursgebühr entfällt; Lehrmaterial 10 €"
      },
      "accessible": true,
      "eligibility": "Mütter mit Kindern, Anfängerinnen und Fortgeschrittene",
      "hours": "Mo und Mi 8:30–11 Uhr",
      "tags": [
        "sprache",
        "ankommen",
        "deutschkurs",
        "betreuung"
      ],
      "updated": "2026-08-10",
      "status": "active"
    },
    {
      "id": "o-0050",
      "title": "Deutschkurs für Mütter mit Kinderbetreuung",
      "provider": "Volkshochschule Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Deutsch lernen im Familienzentrum oder in der Grundschule, während die Kinder nebenan betreut werden. Alltagsthemen wie Kinderarzt, Elternabend und Einkaufen stehen im Mittelpunkt.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 54-10",
        "email": "muetterkurs@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Kursgebühr entfällt; Lehrmaterial 10 €"
      },
      "accessible": false,
      "eligibility": "Mütter mit Kindern, Anfängerinnen und Fortgeschrittene",
      "hours": "Di und Do 9–11:30 Uhr",
      "tags": [
        "sprache",
        "ankommen",
        "deutschkurs",
        "betreuung"
      ],
      "updated": "2026-02-26",
      "status": "active"
    },
    {
      "id": "o-0051",
      "title": "Deutschkurs für Mütter mit Kinderbetreuung",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp"
      ],
      "description": "Deutsch lernen im Familienzentrum oder in der Grundschule, während die Kinder nebenan betreut werden. Alltagsthemen wie Kinderarzt, Elternabend und Einkaufen stehen im Mittelpunkt.",
      "address": "Parkallee 18, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 32-40",
        "email": "muetterkurs@musterstadt.example"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true,
        "note": "Kursgebühr entfällt; Lehrmaterial 10 €"
      },
      "accessible": false,
      "eligibility": "Mütter mit Kindern, Anfängerinnen und Fortgeschrittene",
      "hours": "Di und Do 9–11:30 Uhr",
      "tags": [
        "sprache",
        "ankommen",
        "deutschkurs",
        "betreuung"
      ],
      "updated": "2026-03-20",
      "status": "active"
    },
    {
      "id": "o-0052",
      "title": "Eltern-Kind-Gruppe „Kleine Entdecker“",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "altstadt"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Parkallee 80, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 46-84",
        "email": "anmeldung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 39 € für 8 Termine, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Do 10–11:30 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2024-07-19",
      "status": "archived"
    },
    {
      "id": "o-0053",
      "title": "Eltern-Kind-Gruppe „Krabbelkäfer“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "altstadt",
        "rosenhuegel"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Lindenhofstraße 82, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 47-78",
        "email": "anmeldung@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 48 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Mo 9:30–11 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2026-05-14",
      "status": "active"
    },
    {
      "id": "o-0054",
      "title": "Elterncafé Nordviertel",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel"
      ],
      "description": "Offener Treff für Eltern mit Babys und Kleinkindern im Nordviertel: Frühstück, Austausch und Spielecke. Einmal im Monat ist eine Hebamme oder Kinderkrankenschwester zu Gast.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 46-76",
        "email": "elterncafe.nordviertel@efbs-musterstadt.example.org"
      },
      "languages": [
        "de",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Mo 14:30–16:30 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch"
      ],
      "updated": "2026-10-22",
      "status": "active"
    },
    {
      "id": "o-0055",
      "title": "Elterntreff „Zwergenzeit“",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Ohne Anmeldung vorbeikommen, Kaffee trinken und andere Eltern kennenlernen. Fachkräfte sind ansprechbar und helfen bei Fragen rund um Kind, Alltag und Behörden.",
      "address": "Am Gutshof 48, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 41-52",
        "email": "elterncafe.lindenhof@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Do 15–17 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch"
      ],
      "updated": "2026-06-14",
      "status": "active"
    },
    {
      "id": "o-0056",
      "title": "Erste Hilfe am Kind",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel",
        "lindenhof"
      ],
      "description": "Kurs für Eltern, Großeltern und Tagespflegepersonen: Was tun bei Fieberkrampf, Verschlucken, Verbrühung oder Sturz? Mit praktischen Übungen an Baby- und Kinderpuppen.",
      "address": "Kirchgasse 9, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 44-17",
        "email": "kurse@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 35 € pro Person, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "hours": "Sa 9–16 Uhr, monatlich",
      "tags": [
        "gesundheit",
        "kurs",
        "sicherheit",
        "notfall"
      ],
      "updated": "2025-06-27",
      "status": "active"
    },
    {
      "id": "o-0057",
      "title": "Erste Hilfe am Kind",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Kurs für Eltern, Großeltern und Tagespflegepersonen: Was tun bei Fieberkrampf, Verschlucken, Verbrühung oder Sturz? Mit praktischen Übungen an Baby- und Kinderpuppen.",
      "address": "Mühlenstraße 119, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 44-92",
        "email": "kurse@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 35 € pro Person, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "hours": "Sa 9–16 Uhr, monatlich",
      "tags": [
        "gesundheit",
        "kurs",
        "sicherheit",
        "notfall"
      ],
      "updated": "2025-11-28",
      "status": "active"
    },
    {
      "id": "o-0058",
      "title": "Erste Hilfe am Kind",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "altstadt",
        "eichenkamp"
      ],
      "description": "Kurs für Eltern, Großeltern und Tagespflegepersonen: Was tun bei Fieberkrampf, Verschlucken, Verbrühung oder Sturz? Mit praktischen Übungen an Baby- und Kinderpuppen.",
      "address": "Am Weiher 96, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 44-72",
        "email": "kurse@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 35 € pro Person, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "hours": "2 Abende, Mo und Mi 18–21:30 Uhr",
      "tags": [
        "gesundheit",
        "kurs",
        "sicherheit",
        "notfall"
      ],
      "updated": "2026-04-17",
      "status": "active"
    },
    {
      "id": "o-0059",
      "title": "Familienbus – mobile Beratung in den Außenorten",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf",
        "muehlenbach",
        "brueckenau",
        "waldheide"
      ],
      "description": "Der Familienbus hält einmal pro Woche in Oberdorf, Mühlenbach, Brückenau und Waldheide. An Bord: Beratung zu Erziehung, Geld und Anträgen, Informationen zu Kita und Schule und eine Spielecke für Kinder.",
      "address": "Haltestellen und Fahrplan online",
      "contact": {
        "phone": "0211 555 41-41",
        "email": "familienbus@caritas-musterstadt.example.org",
        "web": "https://www.caritas-musterstadt.example.org/familienbus"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre",
      "hours": "Oberdorf Mo 9–12 Uhr, Mühlenbach Di 14–17 Uhr, Brückenau Mi 9–12 Uhr, Waldheide Do 14–16 Uhr",
      "tags": [
        "erziehung",
        "finanzen",
        "beratung",
        "information"
      ],
      "updated": "2026-03-25",
      "status": "active"
    },
    {
      "id": "o-0060",
      "title": "Familiencafé Mühlenbach",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Bachweg 51, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 41-92",
        "email": "elterncafe.muehlenbach@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Di 9:30–11:30 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch",
        "alleinerziehend"
      ],
      "updated": "2024-10-30",
      "status": "active"
    },
    {
      "id": "o-0061",
      "title": "Familienpatenschaften Mitte",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "marktfeld",
        "nordviertel"
      ],
      "description": "Ehrenamtliche Patinnen und Paten begleiten Familien mit kleinen Kindern einige Stunden pro Woche – zum Vorlesen, bei Behördengängen oder zur Entlastung im Alltag. Die Ehrenamtlichen werden geschult und fachlich begleitet.",
      "address": "Gleisweg 55, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-39",
        "email": "familienpaten@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Erstgespräch nach Vereinbarung, Mo–Fr 9–15 Uhr",
      "tags": [
        "erziehung",
        "ehrenamt",
        "entlastung",
        "alleinerziehend",
        "frühehilfen"
      ],
      "updated": "2025-09-19",
      "status": "active"
    },
    {
      "id": "o-0062",
      "title": "Familienpatenschaften Nord",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel",
        "hafenwiesen"
      ],
      "description": "Ehrenamtliche Patinnen und Paten begleiten Familien mit kleinen Kindern einige Stunden pro Woche – zum Vorlesen, bei Behördengängen oder zur Entlastung im Alltag. Die Ehrenamtlichen werden geschult und fachlich begleitet.",
      "address": "Zechenstraße 23, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-96",
        "email": "familienpaten@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Erstgespräch nach Vereinbarung, Mo–Fr 9–15 Uhr",
      "tags": [
        "erziehung",
        "ehrenamt",
        "entlastung",
        "alleinerziehend",
        "frühehilfen"
      ],
      "updated": "2024-11-21",
      "status": "active"
    },
    {
      "id": "o-0063",
      "title": "Familienpatenschaften Süd",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "altstadt",
        "eichenkamp"
      ],
      "description": "Ehrenamtliche Patinnen und Paten begleiten Familien mit kleinen Kindern einige Stunden pro Woche – zum Vorlesen, bei Behördengängen oder zur Entlastung im Alltag. Die Ehrenamtlichen werden geschult und fachlich begleitet.",
      "address": "Ahornweg 35, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 42-25",
        "email": "familienpaten@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Erstgespräch nach Vereinbarung, Mo–Fr 9–15 Uhr",
      "tags": [
        "erziehung",
        "ehrenamt",
        "entlastung",
        "alleinerziehend",
        "frühehilfen"
      ],
      "updated": "2026-05-10",
      "status": "active"
    },
    {
      "id": "o-0064",
      "title": "Familienzentrum Arche Noah",
      "provider": "Ev. Kirchenkreis Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "rosenhuegel"
      ],
      "description": "Die Kita ist als Familienzentrum NRW zertifiziert: Neben Bildung und Betreuung gibt es Beratung, Elternkurse und offene Treffs für alle Familien am Lindenhof.",
      "address": "Am Gutshof 48, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 67-49",
        "email": "familienzentrum.arche-noah@ev-kirchenkreis-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2025-07-07",
      "status": "active"
    },
    {
      "id": "o-0065",
      "title": "Familienzentrum Eichhörnchen",
      "provider": "Waldkindergarten Eichhörnchen e. V.",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "eichenkamp"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien in Eichenkamp: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Eichenallee 10, 40135 Musterstadt",
      "contact": {
        "phone": "0211 555 71-68",
        "email": "familienzentrum.eichhoernchen@waldkita-eichhoernchen.example.org"
      },
      "languages": [
        "de",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-05-25",
      "status": "active"
    },
    {
      "id": "o-0066",
      "title": "Familienzentrum Heidezwerge",
      "provider": "Kath. Kita gGmbH Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "waldheide",
        "eichenkamp"
      ],
      "description": "Die Kita ist als Familienzentrum NRW zertifiziert: Neben Bildung und Betreuung gibt es Beratung, Elternkurse und offene Treffs für alle Familien in Waldheide. Das Familienzentrum arbeitet im Verbund mit dem Familienzentrum in Eichenkamp.",
      "address": "Heideweg 82, 40137 Musterstadt",
      "contact": {
        "phone": "0211 555 68-64",
        "email": "familienzentrum.heidezwerge@katkita-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2024-10-21",
      "status": "active"
    },
    {
      "id": "o-0067",
      "title": "Familienzentrum Kleine Kapitäne",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel"
      ],
      "description": "Anlaufstelle für Familien in Hafenwiesen mit Kindern bis sechs Jahre – auch für Familien, deren Kinder die Einrichtung nicht besuchen. Regelmäßige Sprechstunden von Erziehungsberatung und Familienhebamme.",
      "address": "Am Hafenbecken 11, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 12-89",
        "email": "familienzentrum.kleine-kapitaene@musterstadt.example"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-06-04",
      "status": "active"
    },
    {
      "id": "o-0068",
      "title": "Familienzentrum Leuchtturm",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Anlaufstelle für Familien in Hafenwiesen mit Kindern bis sechs Jahre – auch für Familien, deren Kinder die Einrichtung nicht besuchen. Regelmäßige Sprechstunden von Erziehungsberatung und Familienhebamme.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 44-74",
        "email": "familienzentrum.leuchtturm@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7–16:30 Uhr, Beratung Di 14–16 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-10-25",
      "status": "active"
    },
    {
      "id": "o-0069",
      "title": "Familienzentrum Mühlenrad",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "muehlenbach",
        "marktfeld"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien in Mühlenbach: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Bachweg 51, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 44-85",
        "email": "familienzentrum.muehlenrad@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-01-15",
      "status": "active"
    },
    {
      "id": "o-0070",
      "title": "Familienzentrum Parkstrolche",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "altstadt"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien im Südpark: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Parkallee 18, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 12-57",
        "email": "familienzentrum.parkstrolche@musterstadt.example"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-10-02",
      "status": "active"
    },
    {
      "id": "o-0071",
      "title": "Familienzentrum Rosengarten",
      "provider": "Ev. Kirchenkreis Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "rosenhuegel",
        "waldheide"
      ],
      "description": "Anlaufstelle für Familien am Rosenhügel mit Kindern bis sechs Jahre – auch für Familien, deren Kinder die Einrichtung nicht besuchen. Regelmäßige Sprechstunden von Erziehungsberatung und Familienhebamme.",
      "address": "Heckenrosenpfad 33, 40133 Musterstadt",
      "contact": {
        "phone": "0211 555 67-97",
        "email": "familienzentrum.rosengarten@ev-kirchenkreis-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-03-14",
      "status": "active"
    },
    {
      "id": "o-0072",
      "title": "Familienzentrum St. Georg",
      "provider": "Kath. Kita gGmbH Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "oberdorf",
        "brueckenau"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien in Oberdorf: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Hofweg 7, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 68-43",
        "email": "familienzentrum.st-georg@katkita-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-06-18",
      "status": "active"
    },
    {
      "id": "o-0073",
      "title": "Frauenfrühstück – فطور النساء",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel"
      ],
      "description": "Offenes Frühstück für Frauen mit und ohne Kinder; eine arabischsprachige Sozialarbeiterin ist anwesend und beantwortet Fragen. فطور مفتوح للنساء مع أطفالهن أو بدونهم.",
      "address": "Am Hafenbecken 105, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 64-59",
        "email": "frauenfruehstueck@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Jeden Donnerstag 9:30–11:30 Uhr",
      "tags": [
        "treff",
        "ankommen",
        "austausch",
        "beratung"
      ],
      "updated": "2026-03-15",
      "status": "active"
    },
    {
      "id": "o-0074",
      "title": "Gesundheitssprechstunde im Familienzentrum Leuchtturm",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Eine Kinderärztin des Gesundheitsamts berät Eltern zu Vorsorgeuntersuchungen, Impfungen, Ernährung und Entwicklung – besonders für Familien, die noch keine Kinderarztpraxis gefunden haben.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 20-22",
        "email": "kjgd@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre",
      "hours": "Jeden 1. Mi 9–12 Uhr",
      "tags": [
        "gesundheit",
        "vorsorge",
        "impfung",
        "ankommen"
      ],
      "updated": "2026-02-21",
      "status": "active"
    },
    {
      "id": "o-0075",
      "title": "Gesundheitssprechstunde im Familienzentrum Pusteblume",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "nordviertel"
      ],
      "description": "Eine Kinderärztin des Gesundheitsamts berät Eltern zu Vorsorgeuntersuchungen, Impfungen, Ernährung und Entwicklung – besonders für Familien, die noch keine Kinderarztpraxis gefunden haben.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 20-45",
        "email": "kjgd@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre",
      "hours": "Jeden 1. Mi 9–12 Uhr",
      "tags": [
        "gesundheit",
        "vorsorge",
        "impfung",
        "ankommen"
      ],
      "updated": "2026-05-10",
      "status": "active"
    },
    {
      "id": "o-0076",
      "title": "Gesundheitssprechstunde im Familienzentrum Sonnenblume",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Eine Kinderärztin des Gesundheitsamts berät Eltern zu Vorsorgeuntersuchungen, Impfungen, Ernährung und Entwicklung – besonders für Familien, die noch keine Kinderarztpraxis gefunden haben.",
      "address": "Bergmannsplatz 8, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 20-92",
        "email": "kjgd@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 10 Jahre",
      "hours": "Jeden 2. Do 14–16 Uhr",
      "tags": [
        "gesundheit",
        "vorsorge",
        "impfung",
        "ankommen"
      ],
      "updated": "2026-05-28",
      "status": "active"
    },
    {
      "id": "o-0077",
      "title": "Großtagespflege „Kleine Füße“",
      "provider": "Großtagespflege Kleine Füße (Kindertagespflegepersonen)",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Drei qualifizierte Kindertagespflegepersonen betreuen bis zu neun Kinder unter drei Jahren in familiennahen Räumen. Die Eingewöhnung erfolgt behutsam nach dem Berliner Modell.",
      "address": "Lindenhofstraße 38, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 12-36",
        "email": "kontakt@grosstagespflege-kleine-fuesse.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung, zuzüglich Verpflegungspauschale"
      },
      "accessible": false,
      "eligibility": "Kinder von 4 Monaten bis 3 Jahren; Vermittlung über die Fachberatung Kindertagespflege",
      "hours": "Mo–Fr 7:30–15:30 Uhr",
      "tags": [
        "betreuung",
        "tagespflege",
        "krippe"
      ],
      "updated": "2025-08-08",
      "status": "active"
    },
    {
      "id": "o-0078",
      "title": "Großtagespflege „Krümelkiste“",
      "provider": "Großtagespflege Krümelkiste (Kindertagespflegepersonen)",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel"
      ],
      "description": "Drei qualifizierte Kindertagespflegepersonen betreuen bis zu neun Kinder unter drei Jahren in familiennahen Räumen. Die Eingewöhnung erfolgt behutsam nach dem Berliner Modell.",
      "address": "Parkallee 115, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 12-14",
        "email": "kontakt@grosstagespflege-kruemelkiste.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung, zuzüglich Verpflegungspauschale"
      },
      "accessible": true,
      "eligibility": "Kinder von 4 Monaten bis 3 Jahren; Vermittlung über die Fachberatung Kindertagespflege",
      "hours": "Mo–Fr 7:30–15:30 Uhr",
      "tags": [
        "betreuung",
        "tagespflege",
        "krippe"
      ],
      "updated": "2026-06-14",
      "status": "active"
    },
    {
      "id": "o-0079",
      "title": "Großtagespflege „Wichtelhaus“",
      "provider": "Großtagespflege Wichtelhaus (Kindertagespflegepersonen)",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Drei qualifizierte Kindertagespflegepersonen betreuen bis zu neun Kinder unter drei Jahren in familiennahen Räumen. Die Eingewöhnung erfolgt behutsam nach dem Berliner Modell.",
      "address": "Mühlenstraße 97, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 12-88",
        "email": "kontakt@grosstagespflege-wichtelhaus.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung, zuzüglich Verpflegungspauschale"
      },
      "accessible": false,
      "eligibility": "Kinder von 4 Monaten bis 3 Jahren; Vermittlung über die Fachberatung Kindertagespflege",
      "hours": "Mo–Fr 7:30–15:30 Uhr",
      "tags": [
        "betreuung",
        "tagespflege",
        "krippe"
      ],
      "updated": "2026-08-06",
      "status": "active"
    },
    {
      "id": "o-0080",
      "title": "Großtagespflege „Zwergenstube“",
      "provider": "Großtagespflege Zwergenstube (Kindertagespflegepersonen)",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Drei qualifizierte Kindertagespflegepersonen betreuen bis zu neun Kinder unter drei Jahren in familiennahen Räumen. Die Eingewöhnung erfolgt behutsam nach dem Berliner Modell.",
      "address": "Koloniestraße 85, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-90",
        "email": "kontakt@grosstagespflege-zwergenstube.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung, zuzüglich Verpflegungspauschale"
      },
      "accessible": true,
      "eligibility": "Kinder von 4 Monaten bis 3 Jahren; Vermittlung über die Fachberatung Kindertagespflege",
      "hours": "Mo–Fr 7:30–15:30 Uhr",
      "tags": [
        "betreuung",
        "tagespflege",
        "krippe"
      ],
      "updated": "2026-07-03",
      "status": "active"
    },
    {
      "id": "o-0081",
      "title": "Gut ankommen in Krippe und Tagespflege – Elternabend zur Eingewöhnung",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "altstadt"
      ],
      "description": "Was erwartet mein Kind in der Krippe? Wie lange dauert die Eingewöhnung und wie gelingt der Abschied am Morgen? Fachkräfte beantworten Fragen und geben praktische Tipps.",
      "address": "Am Gutshof 48, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 46-24",
        "email": "eingewoehnung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 6 Monaten bis 2 Jahren",
      "hours": "Viermal im Jahr, Do 19–20:30 Uhr",
      "tags": [
        "betreuung",
        "eingewöhnung",
        "krippe",
        "erziehung"
      ],
      "updated": "2025-07-12",
      "status": "active"
    },
    {
      "id": "o-0082",
      "title": "Gut ankommen in Krippe und Tagespflege – Elternabend zur Eingewöhnung",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [
        "t-betreuung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Was erwartet mein Kind in der Krippe? Wie lange dauert die Eingewöhnung und wie gelingt der Abschied am Morgen? Fachkräfte beantworten Fragen und geben praktische Tipps.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-44",
        "email": "eingewoehnung@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 6 Monaten bis 2 Jahren",
      "hours": "Viermal im Jahr, Do 19–20:30 Uhr",
      "tags": [
        "betreuung",
        "eingewöhnung",
        "krippe",
        "erziehung"
      ],
      "updated": "2026-05-11",
      "status": "active"
    },
    {
      "id": "o-0083",
      "title": "Kinderkleiderkammer Hafenwiesen",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel"
      ],
      "description": "Gut erhaltene Kinderkleidung, Schuhe, Kinderwagen und Spielzeug gegen eine kleine Spende. Annahme von Sachspenden zu den Öffnungszeiten.",
      "address": "Kanalufer 97, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-47",
        "email": "kinderkleiderkammer@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Mo–Mi 10–16 Uhr",
      "tags": [
        "finanzen",
        "kleidung",
        "säugling"
      ],
      "updated": "2024-06-18",
      "status": "active"
    },
    {
      "id": "o-0084",
      "title": "Krabbelgruppe im Pfarrheim Waldheide",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "waldheide",
        "eichenkamp"
      ],
      "description": "Wöchentliche Krabbelgruppe für Eltern mit Kindern bis zwei Jahre mit Spielen, Liedern und Zeit für Gespräche. Einmal im Monat mit einem Fachvortrag, etwa zu Schlaf oder Sprachentwicklung.",
      "address": "Heideweg 4, 40137 Musterstadt",
      "contact": {
        "phone": "0211 555 47-86",
        "email": "krabbelgruppe.waldheide@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 25 € je Halbjahr, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 2 Jahre",
      "hours": "Di 9:30–11 Uhr",
      "tags": [
        "erziehung",
        "elternbildung",
        "spielen",
        "sprache"
      ],
      "updated": "2025-09-21",
      "status": "active"
    },
    {
      "id": "o-0085",
      "title": "Krabbeltreff im Familienzentrum Weidenkätzchen",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "brueckenau"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Brückenauer Straße 104, 40129 Musterstadt",
      "contact": {
        "phone": "0211 555 44-82",
        "email": "elterncafe.brueckenau@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Mi 9–11 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch"
      ],
      "updated": "2026-07-20",
      "status": "active"
    },
    {
      "id": "o-0086",
      "title": "Musikgarten für Eltern und Kleinkinder",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Am Mühlenteich 103, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 46-99",
        "email": "anmeldung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 48 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Di 10–11:30 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2026-02-02",
      "status": "active"
    },
    {
      "id": "o-0087",
      "title": "Mütterfrühstück – Anneler Kahvaltısı",
      "provider": "Deutsch-Türkischer Elternverein Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "schachtfeld"
      ],
      "description": "Monatliches Frühstück für Mütter mit Kindern im Vereinsheim, mit wechselnden Gästen aus Kita, Schule und Beratung. Anneler ve çocukları için aylık kahvaltı; herkes davetlidir.",
      "address": "Koloniestraße 116, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 69-97",
        "email": "kahvalti@elternverein-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Jeden 1. Samstag im Monat 10–12 Uhr",
      "tags": [
        "treff",
        "ankommen",
        "erziehung",
        "austausch"
      ],
      "updated": "2026-04-18",
      "status": "active"
    },
    {
      "id": "o-0088",
      "title": "Offenes Elterncafé im Familienzentrum Pusteblume",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Treffpunkt für Mütter, Väter und Großeltern mit Kindern bis drei Jahre. Wechselnde Themen wie Schlafen, Beikost und Sprachentwicklung; Kinder sind immer willkommen.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-61",
        "email": "elterncafe.bahnhofsviertel@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 3 Jahre, auch Schwangere",
      "hours": "Mi 9–11 Uhr",
      "tags": [
        "erziehung",
        "treff",
        "frühehilfen",
        "austausch",
        "alleinerziehend"
      ],
      "updated": "2025-08-01",
      "status": "active"
    },
    {
      "id": "o-0089",
      "title": "PEKiP-Gruppe für Eltern mit Babys",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "rosenhuegel",
        "suedpark",
        "lindenhof"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Bergstraße 68, 40133 Musterstadt",
      "contact": {
        "phone": "0211 555 47-85",
        "email": "anmeldung@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 48 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Di 10–11:30 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2026-08-25",
      "status": "active"
    },
    {
      "id": "o-0090",
      "title": "Spielgruppe „Zwergenland“",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "bildung",
      "stages": [
        "saeugling",
        "kleinkind"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "eichenkamp"
      ],
      "description": "Angeleitete Gruppe für Eltern mit Kindern im ersten und zweiten Lebensjahr: Bewegungs- und Sinnesanregungen, Lieder und Fingerspiele, Austausch über Entwicklung und Alltag. Geleitet von einer pädagogischen Fachkraft der Familienbildung.",
      "address": "Buchenring 78, 40135 Musterstadt",
      "contact": {
        "phone": "0211 555 46-60",
        "email": "anmeldung@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 39 € für 8 Termine, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Eltern mit Kindern von 0 bis 2 Jahren",
      "hours": "Mi 9:30–11 Uhr",
      "tags": [
        "elternbildung",
        "erziehung",
        "bewegung",
        "spielen"
      ],
      "updated": "2026-03-16",
      "status": "active"
    },
    {
      "id": "o-0091",
      "title": "Stadtteilbüro Bahnhofsviertel",
      "provider": "Stadt Musterstadt – Quartiersmanagement",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Das Stadtteilbüro ist Treffpunkt und Auskunftsstelle für alle Bewohnerinnen und Bewohner: Beratung, Verfügungsfonds für Nachbarschaftsprojekte und Informationen zu allen Angeboten im Bahnhofsviertel.",
      "address": "Bahnhofstraße 61, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 36-65",
        "email": "stadtteilbuero.bahnhofsviertel@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 10–13 Uhr, Mi 14–18 Uhr",
      "tags": [
        "wohnen",
        "information",
        "beteiligung",
        "nachbarschaft",
        "ankommen"
      ],
      "updated": "2025-11-06",
      "status": "active"
    },
    {
      "id": "o-0092",
      "title": "Stadtteilbüro Hafenwiesen",
      "provider": "Stadt Musterstadt – Quartiersmanagement",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Das Stadtteilbüro ist Treffpunkt und Auskunftsstelle für alle Bewohnerinnen und Bewohner: Beratung, Verfügungsfonds für Nachbarschaftsprojekte und Informationen zu allen Angeboten in Hafenwiesen.",
      "address": "Kanalufer 93, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 36-79",
        "email": "stadtteilbuero.hafenwiesen@musterstadt.example"
      },
      "languages": [
        "de",
        "fa"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 10–13 Uhr, Mi 14–18 Uhr",
      "tags": [
        "wohnen",
        "information",
        "beteiligung",
        "nachbarschaft",
        "ankommen"
      ],
      "updated": "2026-04-24",
      "status": "active"
    },
    {
      "id": "o-0093",
      "title": "Stadtteilbüro Nordviertel",
      "provider": "Stadt Musterstadt – Quartiersmanagement",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Das Stadtteilbüro ist Treffpunkt und Auskunftsstelle für alle Bewohnerinnen und Bewohner: Beratung, Verfügungsfonds für Nachbarschaftsprojekte und Informationen zu allen Angeboten im Nordviertel.",
      "address": "Nordstraße 53, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 36-33",
        "email": "stadtteilbuero.nordviertel@musterstadt.example"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 10–13 Uhr, Mi 14–18 Uhr",
      "tags": [
        "wohnen",
        "information",
        "beteiligung",
        "nachbarschaft",
        "ankommen"
      ],
      "updated": "2026-09-10",
      "status": "active"
    },
    {
      "id": "o-0094",
      "title": "Tafel-Ausgabestelle Nordviertel",
      "provider": "Musterstädter Tafel e. V.",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel"
      ],
      "description": "Lebensmittelausgabe für Menschen mit geringem Einkommen. Familien mit Kindern werden bevorzugt bedient; einmal im Monat gibt es Schulmaterial.",
      "address": "Zechenstraße 11, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 63-61",
        "email": "tafel-ausgabestelle@tafel-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true,
        "note": "Kleiner Kostenbeitrag von 1–2 € je Einkauf"
      },
      "accessible": true,
      "eligibility": "Haushalte mit Leistungsbezug oder geringem Einkommen (Nachweis erforderlich)",
      "hours": "Mo–Mi 10–16 Uhr",
      "tags": [
        "finanzen",
        "lebensmittel",
        "ernährung"
      ],
      "updated": "2026-09-10",
      "status": "active"
    },
    {
      "id": "o-0095",
      "title": "Treffpunkt für ukrainische Familien – Зустріч українських родин",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "saeugling",
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "altstadt"
      ],
      "description": "Austausch, Beratung und Spielangebote für geflüchtete Familien aus der Ukraine. Зустрічі для родин з України: консультації, спілкування та ігри для дітей.",
      "address": "Am Weiher 46, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 42-57",
        "email": "ukraine-treff@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mi 15–18 Uhr",
      "tags": [
        "ankommen",
        "treff",
        "beratung",
        "sprache"
      ],
      "updated": "2025-01-29",
      "status": "active"
    },
    {
      "id": "o-0096",
      "title": "Kita-Navigator Musterstadt – Platzvergabe und Beratung",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-betreuung",
        "t-kita"
      ],
      "citywide": true,
      "districts": [],
      "description": "Über den Kita-Navigator melden Eltern ihren Betreuungsbedarf online an. Wer Hilfe bei der Anmeldung braucht oder bisher keinen Platz gefunden hat, wird in der Sprechstunde persönlich beraten.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-56",
        "email": "kita-navigator@musterstadt.example",
        "web": "https://www.musterstadt.example/kita-navigator"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Telefon Mo–Fr 9–12 Uhr; Sprechstunde Mi 14–17 Uhr",
      "tags": [
        "kita",
        "betreuung",
        "anmeldung",
        "krippe"
      ],
      "updated": "2026-04-18",
      "status": "active"
    },
    {
      "id": "o-0097",
      "title": "Pflegeberatung und Kurzzeitbetreuung für Familien mit behinderten Kindern",
      "provider": "Lebenshilfe Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Familienunterstützender Dienst: stundenweise Betreuung zu Hause oder in der Gruppe, Ferienangebote und Beratung zu Pflegegrad und Entlastungsbetrag.",
      "address": "Am Gutshof 8, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 49-26",
        "email": "fud@lebenshilfe-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Abrechnung über die Pflegekasse möglich"
      },
      "accessible": true,
      "hours": "Mo–Fr 8–16 Uhr",
      "tags": [
        "inklusion",
        "entlastung",
        "pflege",
        "beratung"
      ],
      "updated": "2026-01-27",
      "status": "active"
    },
    {
      "id": "o-0098",
      "title": "AWO-Kita Grubenzwerge (plusKITA)",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-99",
        "email": "grubenzwerge@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "pl"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": false,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2026-05-22",
      "status": "active"
    },
    {
      "id": "o-0099",
      "title": "AWO-Kita Pusteblume (plusKITA)",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-28",
        "email": "pusteblume@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "uk"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2026-06-09",
      "status": "active"
    },
    {
      "id": "o-0100",
      "title": "AWO-Kita Sonnenblume (plusKITA)",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Bergmannsplatz 8, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-96",
        "email": "sonnenblume@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "fa",
        "ro"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2026-08-02",
      "status": "active"
    },
    {
      "id": "o-0101",
      "title": "Alltagsintegrierte Sprachbildung in der AWO-Kita Löwenzahn",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Am Weiher 117, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 43-33",
        "email": "sprachkita.loewenzahn@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2026-02-20",
      "status": "active"
    },
    {
      "id": "o-0102",
      "title": "Alltagsintegrierte Sprachbildung in der DRK-Kita Mühlenrad",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Bachweg 51, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 44-79",
        "email": "sprachkita.muehlenrad@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2026-06-26",
      "status": "active"
    },
    {
      "id": "o-0103",
      "title": "Alltagsintegrierte Sprachbildung in der Ev. Kita Regenbogen",
      "provider": "Ev. Kirchenkreis Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Hafenstraße 58, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 67-79",
        "email": "sprachkita.regenbogen@ev-kirchenkreis-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2025-08-12",
      "status": "active"
    },
    {
      "id": "o-0104",
      "title": "Alltagsintegrierte Sprachbildung in der Ev. Kita Schachtfeld",
      "provider": "Ev. Kirchenkreis Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Schachtstraße 81, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 67-87",
        "email": "sprachkita.schachtfeld@ev-kirchenkreis-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2026-04-19",
      "status": "active"
    },
    {
      "id": "o-0105",
      "title": "Alltagsintegrierte Sprachbildung in der Städt. Kita Stadtmäuse",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-40",
        "email": "sprachkita.stadtmaeuse@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2026-10-05",
      "status": "active"
    },
    {
      "id": "o-0106",
      "title": "Alltagsintegrierte Sprachbildung in der Städt. Kita Weidenkätzchen",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "brueckenau"
      ],
      "description": "Sprachbildung im Kita-Alltag: beim Spielen, Essen und Vorlesen. Eine zusätzliche Sprachfachkraft begleitet Kinder mit Förderbedarf und berät Eltern, wie sie Familiensprache und Deutsch zu Hause stärken können.",
      "address": "Brückenauer Straße 104, 40129 Musterstadt",
      "contact": {
        "phone": "0211 555 12-80",
        "email": "sprachkita.weidenkaetzchen@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Für Kinder der Einrichtung ohne zusätzliche Kosten"
      },
      "accessible": true,
      "eligibility": "Kinder der Einrichtung",
      "hours": "Im Kita-Alltag; Elternberatung nach Vereinbarung",
      "tags": [
        "sprache",
        "kita",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2025-04-18",
      "status": "active"
    },
    {
      "id": "o-0107",
      "title": "Außensprechstunde der Erziehungsberatung im Familienzentrum Glückauf",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Fachkräfte der Kath. Beratungsstelle für Eltern, Kinder und Jugendliche beraten direkt im Familienzentrum – ohne lange Wartezeit und ohne Weg in die Innenstadt. Themen sind Trotz, Schlaf, Geschwisterstreit, Trennung und Schule.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-51",
        "email": "erziehungsberatung@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 12 Jahre",
      "hours": "Jeden Do 14–16 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "trennung"
      ],
      "updated": "2026-03-14",
      "status": "active"
    },
    {
      "id": "o-0108",
      "title": "Außensprechstunde der Erziehungsberatung im Familienzentrum Grubenzwerge",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Fachkräfte der Kath. Beratungsstelle für Eltern, Kinder und Jugendliche beraten direkt im Familienzentrum – ohne lange Wartezeit und ohne Weg in die Innenstadt. Themen sind Trotz, Schlaf, Geschwisterstreit, Trennung und Schule.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 41-29",
        "email": "erziehungsberatung@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 12 Jahre",
      "hours": "Jeden Do 14–16 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "trennung"
      ],
      "updated": "2025-02-09",
      "status": "active"
    },
    {
      "id": "o-0109",
      "title": "Außensprechstunde der Erziehungsberatung im Familienzentrum Leuchtturm",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Fachkräfte der Kath. Beratungsstelle für Eltern, Kinder und Jugendliche beraten direkt im Familienzentrum – ohne lange Wartezeit und ohne Weg in die Innenstadt. Themen sind Trotz, Schlaf, Geschwisterstreit, Trennung und Schule.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 41-53",
        "email": "erziehungsberatung@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 12 Jahre",
      "hours": "Jeden Do 14–16 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "trennung"
      ],
      "updated": "2025-10-17",
      "status": "active"
    },
    {
      "id": "o-0110",
      "title": "Außensprechstunde der Erziehungsberatung im Familienzentrum Pusteblume",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Fachkräfte der Kath. Beratungsstelle für Eltern, Kinder und Jugendliche beraten direkt im Familienzentrum – ohne lange Wartezeit und ohne Weg in die Innenstadt. Themen sind Trotz, Schlaf, Geschwisterstreit, Trennung und Schule.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 41-66",
        "email": "erziehungsberatung@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern bis 12 Jahre",
      "hours": "Jeden 1. und 3. Mi 9–11 Uhr",
      "tags": [
        "erziehung",
        "beratung",
        "psyche",
        "trennung"
      ],
      "updated": "2026-09-15",
      "status": "active"
    },
    {
      "id": "o-0111",
      "title": "DRK-Kita Leuchtturm (plusKITA)",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 44-42",
        "email": "leuchtturm@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2026-04-01",
      "status": "active"
    },
    {
      "id": "o-0112",
      "title": "DRK-Kita Marktfeldzwerge (plusKITA)",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Am Viehmarkt 46, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 44-45",
        "email": "marktfeldzwerge@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2026-08-05",
      "status": "active"
    },
    {
      "id": "o-0113",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "SV Hafenwiesen 09 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "brueckenau"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Schifferstraße 5, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 55-54",
        "email": "kinderturnen@sv-hafenwiesen.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Mi 15–16:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2026-03-06",
      "status": "active"
    },
    {
      "id": "o-0114",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "TV Lindenhof 1888 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Am Gutshof 10, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 55-19",
        "email": "kinderturnen@tv-lindenhof.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Di 15–16 Uhr und 16–17 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2025-07-18",
      "status": "active"
    },
    {
      "id": "o-0115",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "Turnerschaft Mühlenbach 1888 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach",
        "marktfeld"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Mühlenstraße 1, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 55-61",
        "email": "kinderturnen@turnerschaft-muehlenbach.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Di 15–16 Uhr und 16–17 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2024-10-28",
      "status": "active"
    },
    {
      "id": "o-0116",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "TuS Nordviertel 1898 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Koloniestraße 49, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 55-37",
        "email": "kinderturnen@tus-nordviertel.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Fr 15–16 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2026-01-11",
      "status": "active"
    },
    {
      "id": "o-0117",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "SV Oberdorf 1951 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf",
        "brueckenau"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Hofweg 41, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 55-66",
        "email": "kinderturnen@sv-oberdorf.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Mi 15–16:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2026-02-08",
      "status": "active"
    },
    {
      "id": "o-0118",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "TV Rosenhügel 1862 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "rosenhuegel"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Heckenrosenpfad 54, 40133 Musterstadt",
      "contact": {
        "phone": "0211 555 55-21",
        "email": "kinderturnen@tv-rosenhuegel.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Mo 16–17 Uhr, Do 15:30–16:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2026-03-18",
      "status": "active"
    },
    {
      "id": "o-0119",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "BV Schachtfeld 1921 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld",
        "brueckenau"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Grubenweg 57, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 55-88",
        "email": "kinderturnen@bv-schachtfeld.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Mo 16–17 Uhr, Do 15:30–16:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2025-06-18",
      "status": "active"
    },
    {
      "id": "o-0120",
      "title": "Eltern-Kind-Turnen und Kinderturnen",
      "provider": "SC Südpark 1965 e. V.",
      "field": "gesundheit",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Bewegungsstunden für Kinder ab 18 Monaten mit einem Elternteil, ab 3 Jahren in der Kindergruppe. Klettern, Balancieren, Rollen – qualifizierte Übungsleitungen fördern Koordination und Selbstvertrauen.",
      "address": "Ahornweg 35, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 55-21",
        "email": "kinderturnen@sc-suedpark.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 6 € im Monat; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder von 1,5 bis 6 Jahren",
      "hours": "Fr 15–16 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "turnen",
        "verein"
      ],
      "updated": "2024-04-30",
      "status": "active"
    },
    {
      "id": "o-0121",
      "title": "Elternkurs „Starke Eltern – Starke Kinder“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Der Kurs stärkt Mütter und Väter in ihrer Erziehungsrolle: klare Regeln, Zuwendung und gewaltfreie Lösungen für Konflikte. Zehn Abende in kleiner Gruppe; Kinderbetreuung auf Anfrage.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 47-13",
        "email": "elternkurse@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 20 €, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern bis 12 Jahre",
      "hours": "10 Termine, Di 18–20 Uhr",
      "tags": [
        "erziehung",
        "elternbildung",
        "kurs"
      ],
      "updated": "2026-08-19",
      "status": "active"
    },
    {
      "id": "o-0122",
      "title": "Elternkurs „Starke Eltern – Starke Kinder“",
      "provider": "Kinderschutzbund Ortsverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel",
        "brueckenau"
      ],
      "description": "Der Kurs stärkt Mütter und Väter in ihrer Erziehungsrolle: klare Regeln, Zuwendung und gewaltfreie Lösungen für Konflikte. Zehn Abende in kleiner Gruppe; Kinderbetreuung auf Anfrage.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 48-72",
        "email": "elternkurse@kinderschutzbund-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Kostenfrei, gefördert aus Mitteln der Präventionskette"
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern bis 12 Jahre",
      "hours": "10 Termine, Di 18–20 Uhr",
      "tags": [
        "erziehung",
        "elternbildung",
        "kurs"
      ],
      "updated": "2025-11-06",
      "status": "active"
    },
    {
      "id": "o-0123",
      "title": "Elternkurs „Starke Eltern – Starke Kinder“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Der Kurs stärkt Mütter und Väter in ihrer Erziehungsrolle: klare Regeln, Zuwendung und gewaltfreie Lösungen für Konflikte. Zehn Abende in kleiner Gruppe; Kinderbetreuung auf Anfrage.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 47-54",
        "email": "elternkurse@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Kostenfrei, gefördert aus Mitteln der Präventionskette"
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern bis 12 Jahre",
      "hours": "10 Termine, Mi 9–11 Uhr mit Kinderbetreuung",
      "tags": [
        "erziehung",
        "elternbildung",
        "kurs"
      ],
      "updated": "2025-06-10",
      "status": "active"
    },
    {
      "id": "o-0124",
      "title": "Elternkurs „Starke Eltern – Starke Kinder“",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Der Kurs stärkt Mütter und Väter in ihrer Erziehungsrolle: klare Regeln, Zuwendung und gewaltfreie Lösungen für Konflikte. Zehn Abende in kleiner Gruppe; Kinderbetreuung auf Anfrage.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 47-39",
        "email": "elternkurse@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 20 €, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern bis 12 Jahre",
      "hours": "10 Termine, Di 18–20 Uhr",
      "tags": [
        "erziehung",
        "elternbildung",
        "kurs"
      ],
      "updated": "2026-08-29",
      "status": "active"
    },
    {
      "id": "o-0125",
      "title": "Elternkurs „Starke Eltern – Starke Kinder“",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Der Kurs stärkt Mütter und Väter in ihrer Erziehungsrolle: klare Regeln, Zuwendung und gewaltfreie Lösungen für Konflikte. Zehn Abende in kleiner Gruppe; Kinderbetreuung auf Anfrage.",
      "address": "Parkallee 18, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 46-58",
        "email": "elternkurse@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 20 €, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern bis 12 Jahre",
      "hours": "10 Termine, Di 18–20 Uhr",
      "tags": [
        "erziehung",
        "elternbildung",
        "kurs"
      ],
      "updated": "2026-06-29",
      "status": "active"
    },
    {
      "id": "o-0126",
      "title": "Familienzentrum Glückauf",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Die Kita ist als Familienzentrum NRW zertifiziert: Neben Bildung und Betreuung gibt es Beratung, Elternkurse und offene Treffs für alle Familien im Nordviertel.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-82",
        "email": "familienzentrum.glueckauf@musterstadt.example"
      },
      "languages": [
        "de",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-10-06",
      "status": "active"
    },
    {
      "id": "o-0127",
      "title": "Familienzentrum Grubenzwerge",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien in Schachtfeld: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Am Förderturm 101, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-64",
        "email": "familienzentrum.grubenzwerge@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-06-26",
      "status": "active"
    },
    {
      "id": "o-0128",
      "title": "Familienzentrum Pusteblume",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Anlaufstelle für Familien im Bahnhofsviertel mit Kindern bis sechs Jahre – auch für Familien, deren Kinder die Einrichtung nicht besuchen. Regelmäßige Sprechstunden von Erziehungsberatung und Familienhebamme.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-53",
        "email": "familienzentrum.pusteblume@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2025-07-27",
      "status": "active"
    },
    {
      "id": "o-0129",
      "title": "Familienzentrum Sonnenblume",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien im Nordviertel: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Bergmannsplatz 8, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-49",
        "email": "familienzentrum.sonnenblume@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Do 7–16:30 Uhr, Fr 7–14 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2024-06-08",
      "status": "active"
    },
    {
      "id": "o-0130",
      "title": "Familienzentrum St. Marien",
      "provider": "Kath. Kita gGmbH Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Das Familienzentrum bündelt Angebote für Familien in Marktfeld: Sprechstunden der Erziehungsberatung, Elterncafé, Kurse der Familienbildung und Hilfe bei der Suche nach einem Betreuungsplatz.",
      "address": "Elisabethstraße 29, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 68-84",
        "email": "familienzentrum.st-marien@katkita-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2024-09-15",
      "status": "active"
    },
    {
      "id": "o-0131",
      "title": "Familienzentrum Stadtmäuse",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Anlaufstelle für Familien in der Altstadt mit Kindern bis sechs Jahre – auch für Familien, deren Kinder die Einrichtung nicht besuchen. Regelmäßige Sprechstunden von Erziehungsberatung und Familienhebamme.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-41",
        "email": "familienzentrum.stadtmaeuse@musterstadt.example"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7:30–16 Uhr, offene Sprechstunde Do 8–10 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-04-22",
      "status": "active"
    },
    {
      "id": "o-0132",
      "title": "Familienzentrum Weidenkätzchen",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "brueckenau"
      ],
      "description": "Die Kita ist als Familienzentrum NRW zertifiziert: Neben Bildung und Betreuung gibt es Beratung, Elternkurse und offene Treffs für alle Familien in Brückenau.",
      "address": "Brückenauer Straße 104, 40129 Musterstadt",
      "contact": {
        "phone": "0211 555 12-38",
        "email": "familienzentrum.weidenkaetzchen@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Familien mit Kindern bis 6 Jahre",
      "hours": "Mo–Fr 7–16:30 Uhr, Beratung Di 14–16 Uhr",
      "tags": [
        "familienzentrum",
        "erziehung",
        "beratung",
        "kita",
        "elternbildung"
      ],
      "updated": "2026-09-08",
      "status": "active"
    },
    {
      "id": "o-0133",
      "title": "Griffbereit – mehrsprachige Eltern-Kind-Gruppe",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Mütter und Väter mit Kindern von 1 bis 3 Jahren spielen, singen und sprechen gemeinsam – auf Deutsch und in ihrer Familiensprache. Die Gruppe bereitet spielerisch auf den Kita-Besuch vor.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 32-44",
        "email": "griffbereit@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 1 bis 3 Jahren",
      "hours": "Mo 9:30–11 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "ankommen",
        "spielen",
        "kita"
      ],
      "updated": "2026-03-14",
      "status": "active"
    },
    {
      "id": "o-0134",
      "title": "Griffbereit – mehrsprachige Eltern-Kind-Gruppe",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Mütter und Väter mit Kindern von 1 bis 3 Jahren spielen, singen und sprechen gemeinsam – auf Deutsch und in ihrer Familiensprache. Die Gruppe bereitet spielerisch auf den Kita-Besuch vor.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 32-73",
        "email": "griffbereit@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern mit Kindern von 1 bis 3 Jahren",
      "hours": "Mi 15–16:30 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "ankommen",
        "spielen",
        "kita"
      ],
      "updated": "2026-01-31",
      "status": "active"
    },
    {
      "id": "o-0135",
      "title": "Griffbereit – mehrsprachige Eltern-Kind-Gruppe",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Mütter und Väter mit Kindern von 1 bis 3 Jahren spielen, singen und sprechen gemeinsam – auf Deutsch und in ihrer Familiensprache. Die Gruppe bereitet spielerisch auf den Kita-Besuch vor.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 32-39",
        "email": "griffbereit@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "pl"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern mit Kindern von 1 bis 3 Jahren",
      "hours": "Mo 9:30–11 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "ankommen",
        "spielen",
        "kita"
      ],
      "updated": "2025-09-25",
      "status": "active"
    },
    {
      "id": "o-0136",
      "title": "Inklusive Spielgruppe „Alle zusammen“",
      "provider": "Lebenshilfe Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Spielgruppe für Kinder mit und ohne Behinderung von 1 bis 4 Jahren mit ihren Eltern. Eine Heilpädagogin begleitet die Gruppe und berät zu Förderung und Kita-Suche.",
      "address": "Lindenallee 113, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 49-92",
        "email": "spielgruppe@lebenshilfe-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern von 1 bis 4 Jahren",
      "hours": "Fr 9:30–11 Uhr",
      "tags": [
        "inklusion",
        "spielen",
        "erziehung"
      ],
      "updated": "2026-05-01",
      "status": "active"
    },
    {
      "id": "o-0137",
      "title": "Inklusive Spielgruppe „Alle zusammen“",
      "provider": "Lebenshilfe Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp",
        "rosenhuegel"
      ],
      "description": "Spielgruppe für Kinder mit und ohne Behinderung von 1 bis 4 Jahren mit ihren Eltern. Eine Heilpädagogin begleitet die Gruppe und berät zu Förderung und Kita-Suche.",
      "address": "Ahornweg 74, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 49-50",
        "email": "spielgruppe@lebenshilfe-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien mit Kindern von 1 bis 4 Jahren",
      "hours": "Fr 9:30–11 Uhr",
      "tags": [
        "inklusion",
        "spielen",
        "erziehung"
      ],
      "updated": "2026-02-04",
      "status": "active"
    },
    {
      "id": "o-0138",
      "title": "Kath. Kita St. Barbara (plusKITA)",
      "provider": "Kath. Kita gGmbH Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Als plusKITA erhält die Einrichtung zusätzliches Personal für Kinder aus Familien in belastenden Lebenslagen. Schwerpunkte sind Sprachbildung, eine enge Zusammenarbeit mit den Eltern und ein gut vorbereiteter Übergang in die Grundschule.",
      "address": "Zechenstraße 107, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 68-25",
        "email": "st-barbara@katkita-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder ab 2 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "kita",
        "sprache",
        "lernen",
        "pluskita",
        "erziehung"
      ],
      "updated": "2025-06-27",
      "status": "active"
    },
    {
      "id": "o-0139",
      "title": "Kita-Einstieg: Spielgruppe für Kinder ohne Kitaplatz",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Kinder ohne Kitaplatz und ihre Eltern lernen in einer begleiteten Spielgruppe den Kita-Alltag kennen. Die Fachkräfte helfen bei der Anmeldung und begleiten den Übergang in eine Kita.",
      "address": "Am Güterbahnhof 76, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 12-10",
        "email": "kita-einstieg@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 6 Jahren ohne Betreuungsplatz",
      "hours": "Mo und Mi 9–11:30 Uhr",
      "tags": [
        "kita",
        "ankommen",
        "sprache",
        "betreuung"
      ],
      "updated": "2026-06-15",
      "status": "active"
    },
    {
      "id": "o-0140",
      "title": "Kita-Einstieg: Spielgruppe für Kinder ohne Kitaplatz",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "brueckenau"
      ],
      "description": "Kinder ohne Kitaplatz und ihre Eltern lernen in einer begleiteten Spielgruppe den Kita-Alltag kennen. Die Fachkräfte helfen bei der Anmeldung und begleiten den Übergang in eine Kita.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 12-26",
        "email": "kita-einstieg@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 6 Jahren ohne Betreuungsplatz",
      "hours": "Di und Do 9–11:30 Uhr",
      "tags": [
        "kita",
        "ankommen",
        "sprache",
        "betreuung"
      ],
      "updated": "2026-06-19",
      "status": "active"
    },
    {
      "id": "o-0141",
      "title": "Kita-Einstieg: Spielgruppe für Kinder ohne Kitaplatz",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [
        "t-kita"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel"
      ],
      "description": "Kinder ohne Kitaplatz und ihre Eltern lernen in einer begleiteten Spielgruppe den Kita-Alltag kennen. Die Fachkräfte helfen bei der Anmeldung und begleiten den Übergang in eine Kita.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-80",
        "email": "kita-einstieg@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 6 Jahren ohne Betreuungsplatz",
      "hours": "Mo und Mi 9–11:30 Uhr",
      "tags": [
        "kita",
        "ankommen",
        "sprache",
        "betreuung"
      ],
      "updated": "2026-03-25",
      "status": "active"
    },
    {
      "id": "o-0142",
      "title": "Mehrsprachige Vorlesestunde in der Stadtteilbibliothek Hafenwiesen",
      "provider": "Stadtbibliothek Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Vorlesepatinnen lesen Bilderbücher auf Deutsch und in einer zweiten Sprache vor; danach wird gemalt und gebastelt. Die Bibliothek verleiht mehrsprachige Bücher und Tonies.",
      "address": "Am Hafenbecken 45, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 31-34",
        "email": "stadtteilbibliothek.hafenwiesen@musterstadt.example"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 8 Jahren mit Begleitung",
      "hours": "Sa 11–12 Uhr",
      "tags": [
        "sprache",
        "lesen",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2025-06-29",
      "status": "active"
    },
    {
      "id": "o-0143",
      "title": "Mehrsprachige Vorlesestunde in der Stadtteilbibliothek Nordviertel",
      "provider": "Stadtbibliothek Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Vorlesepatinnen lesen Bilderbücher auf Deutsch und in einer zweiten Sprache vor; danach wird gemalt und gebastelt. Die Bibliothek verleiht mehrsprachige Bücher und Tonies.",
      "address": "Bergmannsplatz 95, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 31-45",
        "email": "stadtteilbibliothek.nordviertel@musterstadt.example"
      },
      "languages": [
        "de",
        "en",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 8 Jahren mit Begleitung",
      "hours": "Do 15:30–16:30 Uhr",
      "tags": [
        "sprache",
        "lesen",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2026-09-08",
      "status": "active"
    },
    {
      "id": "o-0144",
      "title": "Mehrsprachige Vorlesestunde in der Stadtteilbibliothek Südpark",
      "provider": "Stadtbibliothek Musterstadt",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Vorlesepatinnen lesen Bilderbücher auf Deutsch und in einer zweiten Sprache vor; danach wird gemalt und gebastelt. Die Bibliothek verleiht mehrsprachige Bücher und Tonies.",
      "address": "Parkstraße 68, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 31-44",
        "email": "stadtteilbibliothek.suedpark@musterstadt.example"
      },
      "languages": [
        "de",
        "en",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 8 Jahren mit Begleitung",
      "hours": "Sa 11–12 Uhr",
      "tags": [
        "sprache",
        "lesen",
        "mehrsprachigkeit",
        "bildung"
      ],
      "updated": "2025-01-17",
      "status": "active"
    },
    {
      "id": "o-0145",
      "title": "Spielgruppe „Teremok“ – Игровая группа «Теремок»",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "marktfeld"
      ],
      "description": "Zweisprachige Spielgruppe auf Deutsch und Russisch für Kinder von 2 bis 5 Jahren mit Liedern, Reimen und Bilderbüchern. Двуязычная игровая группа для детей от 2 до 5 лет.",
      "address": "Friedrich-Ebert-Straße 80, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-30",
        "email": "teremok@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": false,
        "note": "Materialbeitrag 5 € im Monat"
      },
      "accessible": false,
      "hours": "Sa 10–12 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "spielen",
        "kita"
      ],
      "updated": "2026-03-29",
      "status": "active"
    },
    {
      "id": "o-0146",
      "title": "Vorlesezeit in der Bücherei St. Georg",
      "provider": "Kath. öffentliche Bücherei St. Georg Oberdorf",
      "field": "bildung",
      "stages": [
        "kleinkind",
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf",
        "muehlenbach"
      ],
      "description": "Ehrenamtliche lesen jeden Freitag Bilderbücher vor; anschließend können Kinder und Eltern kostenlos Bücher, Spiele und Tonies ausleihen.",
      "address": "Am Kirchberg 2, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 47-66",
        "email": "buecherei@buecherei-oberdorf.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder von 2 bis 8 Jahren mit Begleitung",
      "hours": "Fr 15:30–16:30 Uhr, Ausleihe So 10–12 Uhr",
      "tags": [
        "sprache",
        "lesen",
        "bildung"
      ],
      "updated": "2026-07-29",
      "status": "active"
    },
    {
      "id": "o-0147",
      "title": "Bildung und Teilhabe – Beratung und Antragstelle",
      "provider": "Stadt Musterstadt – Amt für Soziales und Wohnen",
      "field": "soziales",
      "stages": [
        "kita",
        "grundschule",
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Leistungen für Bildung und Teilhabe: Schulbedarf, Klassenfahrten, Mittagessen, Lernförderung und Vereinsbeiträge. Wir beraten, welche Leistungen Ihrem Kind zustehen, und nehmen Anträge entgegen.",
      "address": "Rathausplatz 3, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 34-20",
        "email": "but@musterstadt.example",
        "web": "https://www.musterstadt.example/bildung-und-teilhabe"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche unter 25 Jahren in Familien mit Bürgergeld, Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen",
      "hours": "Mo–Fr 8–12 Uhr, Do 14–17 Uhr",
      "tags": [
        "finanzen",
        "lernen",
        "bewegung",
        "anträge",
        "teilhabe"
      ],
      "updated": "2026-04-08",
      "status": "active"
    },
    {
      "id": "o-0148",
      "title": "Eingliederungshilfe: Beratung zu Schulbegleitung und Integrationshilfe",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": true,
      "districts": [],
      "description": "Beratung und Antragstellung für Kinder mit Behinderung oder drohender seelischer Behinderung, etwa zur Schulbegleitung oder zur inklusiven Förderung in der Kita.",
      "address": "Rathausplatz 5, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-13",
        "email": "eingliederungshilfe@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mo–Fr 9–12 Uhr und nach Vereinbarung",
      "tags": [
        "inklusion",
        "schulbegleitung",
        "beratung",
        "lernen"
      ],
      "updated": "2026-05-23",
      "status": "active"
    },
    {
      "id": "o-0149",
      "title": "Elternkurs „Kinder im Blick“ für getrennte Eltern",
      "provider": "Ev. Familienbildungsstätte Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "kita",
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Kurs für Mütter und Väter in Trennung: Belastungen der Kinder erkennen, Konflikte entschärfen und trotz Trennung gemeinsam Eltern bleiben. Die Elternteile besuchen getrennte Kurse.",
      "address": "Lindenallee 14, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 46-32",
        "email": "kinder-im-blick@efbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 60 €, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "hours": "7 Abende, Di 19–21:30 Uhr",
      "tags": [
        "erziehung",
        "trennung",
        "elternbildung",
        "alleinerziehend"
      ],
      "updated": "2026-06-01",
      "status": "active"
    },
    {
      "id": "o-0150",
      "title": "Schuleingangsuntersuchung",
      "provider": "Gesundheitsamt Musterstadt",
      "field": "gesundheit",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": true,
      "districts": [],
      "description": "Der Kinder- und Jugendgesundheitsdienst untersucht alle Kinder vor der Einschulung: Sehen, Hören, Sprache, Motorik und Impfstatus. Eltern erhalten eine Rückmeldung und bei Bedarf Hinweise auf Förderangebote.",
      "address": "Hansaring 40, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 20-31",
        "email": "schuleingangsuntersuchung@musterstadt.example",
        "web": "https://www.musterstadt.example/schuleingangsuntersuchung"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Alle schulpflichtig werdenden Kinder; Einladung erfolgt schriftlich",
      "hours": "Untersuchungstermine Mo–Fr 8–13 Uhr",
      "tags": [
        "gesundheit",
        "einschulung",
        "sprache",
        "impfung",
        "vorsorge"
      ],
      "updated": "2026-04-13",
      "status": "active"
    },
    {
      "id": "o-0151",
      "title": "Seepferdchen für alle – Schwimmkurse für Kinder",
      "provider": "Stadtsportbund Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Schwimmkurse für Kinder ab 5 Jahren in den städtischen Bädern, mit besonderen Kursplätzen für Kinder, die in der Schule noch nicht schwimmen können. Mit Bildung und Teilhabe oder Familienpass kostenfrei.",
      "address": "Stadtbad, Südring 2, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 55-39",
        "email": "schwimmkurse@ssb-musterstadt.example.org",
        "web": "https://www.ssb-musterstadt.example.org/seepferdchen"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 45 €, kostenfrei mit Familienpass oder über Bildung und Teilhabe"
      },
      "accessible": true,
      "eligibility": "Kinder ab 5 Jahren",
      "hours": "Kurse nachmittags und in den Ferien, Anmeldung online",
      "tags": [
        "bewegung",
        "schwimmen",
        "sport",
        "gesundheit"
      ],
      "updated": "2026-07-27",
      "status": "active"
    },
    {
      "id": "o-0152",
      "title": "Zahnprophylaxe in Kita und Grundschule",
      "provider": "Arbeitskreis Zahngesundheit Musterstadt",
      "field": "gesundheit",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Zahnmedizinische Prophylaxefachkräfte besuchen Kitas und Grundschulen, üben das Zähneputzen und informieren Eltern. In Einrichtungen mit hohem Kariesrisiko finden die Besuche mehrmals im Jahr statt.",
      "address": "Hansaring 40, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 21-86",
        "email": "zahngesundheit@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Besuche nach Terminplan der Einrichtungen",
      "tags": [
        "gesundheit",
        "zähne",
        "vorsorge"
      ],
      "updated": "2025-12-05",
      "status": "active"
    },
    {
      "id": "o-0153",
      "title": "Brückengespräche Kita – GGS Am Förderturm",
      "provider": "GGS Am Förderturm",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld",
        "brueckenau",
        "hafenwiesen"
      ],
      "description": "Vor der Einschulung treffen sich Erzieherinnen, Lehrkräfte und Eltern zu einem gemeinsamen Gespräch über Stärken und Förderbedarf des Kindes. Informationen werden nur mit Einverständnis der Eltern weitergegeben.",
      "address": "Steigerstraße 102, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 85-67",
        "email": "sekretariat@ggs-am-foerderturm.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Am Förderturm angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2026-01-26",
      "status": "active"
    },
    {
      "id": "o-0154",
      "title": "Brückengespräche Kita – GGS Am Lindenhof",
      "provider": "GGS Am Lindenhof",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "marktfeld",
        "altstadt"
      ],
      "description": "Im Frühjahr vor der Einschulung stimmen Kita, Grundschule und Eltern in einem Brückengespräch ab, was das Kind für einen guten Start braucht. Dazu gehören Schnuppertage in der Schule.",
      "address": "Am Gutshof 67, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 81-71",
        "email": "sekretariat@ggs-am-lindenhof.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Am Lindenhof angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2026-10-29",
      "status": "active"
    },
    {
      "id": "o-0155",
      "title": "Brückengespräche Kita – GGS Am Stadtgraben",
      "provider": "GGS Am Stadtgraben",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel",
        "marktfeld"
      ],
      "description": "Vor der Einschulung treffen sich Erzieherinnen, Lehrkräfte und Eltern zu einem gemeinsamen Gespräch über Stärken und Förderbedarf des Kindes. Informationen werden nur mit Einverständnis der Eltern weitergegeben.",
      "address": "Rathausplatz 78, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 89-89",
        "email": "sekretariat@ggs-am-stadtgraben.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Am Stadtgraben angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2026-05-08",
      "status": "active"
    },
    {
      "id": "o-0156",
      "title": "Brückengespräche Kita – GGS Bahnhofstraße",
      "provider": "GGS Bahnhofstraße",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "nordviertel"
      ],
      "description": "Im Frühjahr vor der Einschulung stimmen Kita, Grundschule und Eltern in einem Brückengespräch ab, was das Kind für einen guten Start braucht. Dazu gehören Schnuppertage in der Schule.",
      "address": "Am Güterbahnhof 105, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 85-60",
        "email": "sekretariat@ggs-bahnhofstrasse.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Bahnhofstraße angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2025-10-15",
      "status": "active"
    },
    {
      "id": "o-0157",
      "title": "Brückengespräche Kita – GGS Bergmannsplatz",
      "provider": "GGS Bergmannsplatz",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Im Frühjahr vor der Einschulung stimmen Kita, Grundschule und Eltern in einem Brückengespräch ab, was das Kind für einen guten Start braucht. Dazu gehören Schnuppertage in der Schule.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 89-25",
        "email": "sekretariat@ggs-bergmannsplatz.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Bergmannsplatz angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2026-03-08",
      "status": "active"
    },
    {
      "id": "o-0158",
      "title": "Brückengespräche Kita – GGS Eichenkamp",
      "provider": "GGS Eichenkamp",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "eichenkamp",
        "waldheide"
      ],
      "description": "Vor der Einschulung treffen sich Erzieherinnen, Lehrkräfte und Eltern zu einem gemeinsamen Gespräch über Stärken und Förderbedarf des Kindes. Informationen werden nur mit Einverständnis der Eltern weitergegeben.",
      "address": "Buchenring 27, 40135 Musterstadt",
      "contact": {
        "phone": "0211 555 80-40",
        "email": "sekretariat@ggs-eichenkamp.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Eichenkamp angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2024-03-15",
      "status": "active"
    },
    {
      "id": "o-0159",
      "title": "Brückengespräche Kita – GGS Hafenwiesen",
      "provider": "GGS Hafenwiesen",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Vor der Einschulung treffen sich Erzieherinnen, Lehrkräfte und Eltern zu einem gemeinsamen Gespräch über Stärken und Förderbedarf des Kindes. Informationen werden nur mit Einverständnis der Eltern weitergegeben.",
      "address": "Kanalufer 65, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 87-39",
        "email": "sekretariat@ggs-hafenwiesen.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Hafenwiesen angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2026-07-29",
      "status": "active"
    },
    {
      "id": "o-0160",
      "title": "Brückengespräche Kita – GGS Nordstraße",
      "provider": "GGS Nordstraße",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Im Frühjahr vor der Einschulung stimmen Kita, Grundschule und Eltern in einem Brückengespräch ab, was das Kind für einen guten Start braucht. Dazu gehören Schnuppertage in der Schule.",
      "address": "Zechenstraße 34, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 84-50",
        "email": "sekretariat@ggs-nordstrasse.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Nordstraße angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2025-07-11",
      "status": "active"
    },
    {
      "id": "o-0161",
      "title": "Brückengespräche Kita – GGS Südpark",
      "provider": "GGS Südpark",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Vor der Einschulung treffen sich Erzieherinnen, Lehrkräfte und Eltern zu einem gemeinsamen Gespräch über Stärken und Förderbedarf des Kindes. Informationen werden nur mit Einverständnis der Eltern weitergegeben.",
      "address": "Am Weiher 4, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 83-63",
        "email": "sekretariat@ggs-suedpark.schulen.musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der GGS Südpark angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2025-06-12",
      "status": "active"
    },
    {
      "id": "o-0162",
      "title": "Brückengespräche Kita – KGS St. Marien",
      "provider": "KGS St. Marien",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Im Frühjahr vor der Einschulung stimmen Kita, Grundschule und Eltern in einem Brückengespräch ab, was das Kind für einen guten Start braucht. Dazu gehören Schnuppertage in der Schule.",
      "address": "Marktfelder Straße 14, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 84-49",
        "email": "sekretariat@kgs-st-marien.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern im letzten Kitajahr, die an der KGS St. Marien angemeldet sind",
      "hours": "Februar bis Juni nach Terminabsprache",
      "tags": [
        "einschulung",
        "übergang",
        "lernen",
        "sprache"
      ],
      "updated": "2025-03-23",
      "status": "active"
    },
    {
      "id": "o-0163",
      "title": "DRK-Kita Leuchtturm – Anerkannter Bewegungskindergarten",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Die Kita ist vom Landessportbund als Bewegungskindergarten anerkannt: tägliche Bewegungszeiten, ein Bewegungsraum und eine Kooperation mit dem örtlichen Sportverein. Eltern erhalten Anregungen für Bewegung im Alltag.",
      "address": "Kanalufer 6, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 44-78",
        "email": "bewegungskita@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": false,
      "eligibility": "Kinder von 2 bis 6 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "bewegung",
        "kita",
        "gesundheit",
        "sport"
      ],
      "updated": "2025-07-18",
      "status": "active"
    },
    {
      "id": "o-0164",
      "title": "Familiengrundschulzentrum GGS Am Förderturm",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Die Grundschule öffnet sich als Familiengrundschulzentrum für Eltern: Elterncafé, Beratung, Sprachkurse und gemeinsame Aktionen von Kita und Schule. Familien künftiger Erstklässler werden schon im Jahr vor der Einschulung eingeladen.",
      "address": "Steigerstraße 102, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-11",
        "email": "fgz.ggs-am-foerderturm@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien der Schule und des Stadtteils",
      "hours": "Mo–Do 8–15 Uhr, Elterncafé Fr 8–10 Uhr",
      "tags": [
        "erziehung",
        "lernen",
        "einschulung",
        "sprache",
        "treff"
      ],
      "updated": "2026-06-03",
      "status": "active"
    },
    {
      "id": "o-0165",
      "title": "Familiengrundschulzentrum GGS Bahnhofstraße",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "bildung",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Die Grundschule öffnet sich als Familiengrundschulzentrum für Eltern: Elterncafé, Beratung, Sprachkurse und gemeinsame Aktionen von Kita und Schule. Familien künftiger Erstklässler werden schon im Jahr vor der Einschulung eingeladen.",
      "address": "Am Güterbahnhof 105, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 12-26",
        "email": "fgz.ggs-bahnhofstrasse@musterstadt.example"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien der Schule und des Stadtteils",
      "hours": "Mo–Do 8–15 Uhr, Elterncafé Fr 8–10 Uhr",
      "tags": [
        "erziehung",
        "lernen",
        "einschulung",
        "sprache",
        "treff"
      ],
      "updated": "2026-08-13",
      "status": "active"
    },
    {
      "id": "o-0166",
      "title": "Familiengrundschulzentrum GGS Bergmannsplatz",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "bildung",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Die Grundschule öffnet sich als Familiengrundschulzentrum für Eltern: Elterncafé, Beratung, Sprachkurse und gemeinsame Aktionen von Kita und Schule. Familien künftiger Erstklässler werden schon im Jahr vor der Einschulung eingeladen.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-43",
        "email": "fgz.ggs-bergmannsplatz@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien der Schule und des Stadtteils",
      "hours": "Mo–Do 8–15 Uhr, Elterncafé Fr 8–10 Uhr",
      "tags": [
        "erziehung",
        "lernen",
        "einschulung",
        "sprache",
        "treff"
      ],
      "updated": "2026-03-19",
      "status": "active"
    },
    {
      "id": "o-0167",
      "title": "Familiengrundschulzentrum GGS Kanalufer",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Die Grundschule öffnet sich als Familiengrundschulzentrum für Eltern: Elterncafé, Beratung, Sprachkurse und gemeinsame Aktionen von Kita und Schule. Familien künftiger Erstklässler werden schon im Jahr vor der Einschulung eingeladen.",
      "address": "Schifferstraße 64, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 41-99",
        "email": "fgz.ggs-kanalufer@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Familien der Schule und des Stadtteils",
      "hours": "Mo–Do 8–15 Uhr, Elterncafé Fr 8–10 Uhr",
      "tags": [
        "erziehung",
        "lernen",
        "einschulung",
        "sprache",
        "treff"
      ],
      "updated": "2026-03-15",
      "status": "active"
    },
    {
      "id": "o-0168",
      "title": "Psychomotorik für Kinder",
      "provider": "Kath. Familienbildungsstätte Musterstadt",
      "field": "gesundheit",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt",
        "marktfeld",
        "lindenhof"
      ],
      "description": "Bewegungsförderung in kleinen Gruppen für Kinder mit Unsicherheiten in Motorik, Wahrnehmung oder Sozialverhalten. Eingangsgespräch mit den Eltern vor Kursbeginn.",
      "address": "Hansaring 89, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 47-49",
        "email": "psychomotorik@kfbs-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 50 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Kinder von 4 bis 8 Jahren",
      "hours": "Mo 15–16 Uhr",
      "tags": [
        "bewegung",
        "psychomotorik",
        "entwicklung",
        "inklusion"
      ],
      "updated": "2026-02-24",
      "status": "active"
    },
    {
      "id": "o-0169",
      "title": "Psychomotorik für Kinder",
      "provider": "Stadtsportbund Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Bewegungsförderung in kleinen Gruppen für Kinder mit Unsicherheiten in Motorik, Wahrnehmung oder Sozialverhalten. Eingangsgespräch mit den Eltern vor Kursbeginn.",
      "address": "Am Mühlenteich 66, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 55-87",
        "email": "psychomotorik@ssb-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 50 € für 10 Termine, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Kinder von 4 bis 8 Jahren",
      "hours": "Do 16–17 Uhr",
      "tags": [
        "bewegung",
        "psychomotorik",
        "entwicklung",
        "inklusion"
      ],
      "updated": "2026-10-28",
      "status": "active"
    },
    {
      "id": "o-0170",
      "title": "Rucksack KiTa in der Städt. Kita Glückauf",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Elternbildungsprogramm für mehrsprachige Familien: Mütter und Väter treffen sich wöchentlich in der Kita, sprechen über Erziehung und Sprachentwicklung und fördern die Familiensprache zu Hause. Eine zweisprachige Elternbegleiterin leitet die Gruppe.",
      "address": "Koloniestraße 120, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 32-48",
        "email": "rucksack@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern der Einrichtung",
      "hours": "Mi 8:30–10:30 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "erziehung",
        "ankommen",
        "elternbildung"
      ],
      "updated": "2025-03-18",
      "status": "active"
    },
    {
      "id": "o-0171",
      "title": "Rucksack KiTa in der Städt. Kita Kleine Kapitäne",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Elternbildungsprogramm für mehrsprachige Familien: Mütter und Väter treffen sich wöchentlich in der Kita, sprechen über Erziehung und Sprachentwicklung und fördern die Familiensprache zu Hause. Eine zweisprachige Elternbegleiterin leitet die Gruppe.",
      "address": "Am Hafenbecken 11, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 32-51",
        "email": "rucksack@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern der Einrichtung",
      "hours": "Do 8:30–10:30 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "erziehung",
        "ankommen",
        "elternbildung"
      ],
      "updated": "2026-03-27",
      "status": "active"
    },
    {
      "id": "o-0172",
      "title": "Rucksack KiTa in der Städt. Kita Parkstrolche",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Elternbildungsprogramm für mehrsprachige Familien: Mütter und Väter treffen sich wöchentlich in der Kita, sprechen über Erziehung und Sprachentwicklung und fördern die Familiensprache zu Hause. Eine zweisprachige Elternbegleiterin leitet die Gruppe.",
      "address": "Parkallee 18, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 32-15",
        "email": "rucksack@musterstadt.example"
      },
      "languages": [
        "de",
        "ar",
        "ru",
        "uk",
        "ro"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern der Einrichtung",
      "hours": "Do 8:30–10:30 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "erziehung",
        "ankommen",
        "elternbildung"
      ],
      "updated": "2026-01-30",
      "status": "active"
    },
    {
      "id": "o-0173",
      "title": "Rucksack KiTa in der Städt. Kita Stadtmäuse",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Elternbildungsprogramm für mehrsprachige Familien: Mütter und Väter treffen sich wöchentlich in der Kita, sprechen über Erziehung und Sprachentwicklung und fördern die Familiensprache zu Hause. Eine zweisprachige Elternbegleiterin leitet die Gruppe.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 32-41",
        "email": "rucksack@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Eltern von Kindern der Einrichtung",
      "hours": "Mi 8:30–10:30 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "erziehung",
        "ankommen",
        "elternbildung"
      ],
      "updated": "2025-06-21",
      "status": "active"
    },
    {
      "id": "o-0174",
      "title": "Rucksack KiTa in der Städt. Kita Weltentdecker",
      "provider": "Kommunales Integrationszentrum Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Elternbildungsprogramm für mehrsprachige Familien: Mütter und Väter treffen sich wöchentlich in der Kita, sprechen über Erziehung und Sprachentwicklung und fördern die Familiensprache zu Hause. Eine zweisprachige Elternbegleiterin leitet die Gruppe.",
      "address": "Friedrich-Ebert-Straße 58, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 32-67",
        "email": "rucksack@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern der Einrichtung",
      "hours": "Di 8:15–10:15 Uhr",
      "tags": [
        "sprache",
        "mehrsprachigkeit",
        "erziehung",
        "ankommen",
        "elternbildung"
      ],
      "updated": "2026-01-30",
      "status": "active"
    },
    {
      "id": "o-0175",
      "title": "Schulanmeldung und Informationsabend zur Einschulung – Bezirk Mitte",
      "provider": "Schulamt für die Stadt Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel",
        "lindenhof",
        "marktfeld"
      ],
      "description": "Im Herbst vor der Einschulung stellen sich die Grundschulen vor. Eltern erfahren, wie die Schulanmeldung abläuft, welche Unterlagen nötig sind und wie der Offene Ganztag organisiert ist. Dolmetscherinnen für Türkisch, Arabisch und Ukrainisch sind anwesend.",
      "address": "Rathausplatz 78, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 30-13",
        "email": "schulanmeldung@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern, die bis zum 30. September des Folgejahres sechs Jahre alt werden",
      "hours": "Informationsabend im Oktober, Anmeldung im November",
      "tags": [
        "einschulung",
        "anmeldung",
        "schule",
        "lernen"
      ],
      "updated": "2025-11-23",
      "status": "active"
    },
    {
      "id": "o-0176",
      "title": "Schulanmeldung und Informationsabend zur Einschulung – Bezirk Nord",
      "provider": "Schulamt für die Stadt Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld",
        "brueckenau"
      ],
      "description": "Im Herbst vor der Einschulung stellen sich die Grundschulen vor. Eltern erfahren, wie die Schulanmeldung abläuft, welche Unterlagen nötig sind und wie der Offene Ganztag organisiert ist. Dolmetscherinnen für Türkisch, Arabisch und Ukrainisch sind anwesend.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 30-42",
        "email": "schulanmeldung@musterstadt.example"
      },
      "languages": [
        "de",
        "tr",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern, die bis zum 30. September des Folgejahres sechs Jahre alt werden",
      "hours": "Informationsabend im Oktober, Anmeldung im November",
      "tags": [
        "einschulung",
        "anmeldung",
        "schule",
        "lernen"
      ],
      "updated": "2026-10-09",
      "status": "active"
    },
    {
      "id": "o-0177",
      "title": "Schulanmeldung und Informationsabend zur Einschulung – Bezirk Süd",
      "provider": "Schulamt für die Stadt Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel",
        "eichenkamp",
        "waldheide"
      ],
      "description": "Im Herbst vor der Einschulung stellen sich die Grundschulen vor. Eltern erfahren, wie die Schulanmeldung abläuft, welche Unterlagen nötig sind und wie der Offene Ganztag organisiert ist.",
      "address": "Am Weiher 4, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 30-20",
        "email": "schulanmeldung@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern, die bis zum 30. September des Folgejahres sechs Jahre alt werden",
      "hours": "Informationsabend im Oktober, Anmeldung im November",
      "tags": [
        "einschulung",
        "anmeldung",
        "schule",
        "lernen"
      ],
      "updated": "2025-06-28",
      "status": "active"
    },
    {
      "id": "o-0178",
      "title": "Schulanmeldung und Informationsabend zur Einschulung – Oberdorf und Mühlenbach",
      "provider": "Schulamt für die Stadt Musterstadt",
      "field": "bildung",
      "stages": [
        "kita"
      ],
      "transitions": [
        "t-einschulung"
      ],
      "citywide": false,
      "districts": [
        "oberdorf",
        "muehlenbach"
      ],
      "description": "Im Herbst vor der Einschulung stellen sich die Grundschulen vor. Eltern erfahren, wie die Schulanmeldung abläuft, welche Unterlagen nötig sind und wie der Offene Ganztag organisiert ist.",
      "address": "Dorfstraße 2, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 30-37",
        "email": "schulanmeldung@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern, die bis zum 30. September des Folgejahres sechs Jahre alt werden",
      "hours": "Informationsabend im Oktober, Anmeldung im November",
      "tags": [
        "einschulung",
        "anmeldung",
        "schule",
        "lernen"
      ],
      "updated": "2025-09-23",
      "status": "active"
    },
    {
      "id": "o-0179",
      "title": "Spielmobil Nord",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Das Spielmobil kommt von April bis Oktober auf Spielplätze und Schulhöfe: Großspielgeräte, Kreativangebote und Bewegungsspiele unter Anleitung. Eltern sind willkommen.",
      "address": "Standorte wechselnd, Fahrplan online",
      "contact": {
        "phone": "0211 555 12-59",
        "email": "spielmobil@musterstadt.example",
        "web": "https://www.musterstadt.example/spielmobil"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 4 bis 12 Jahren",
      "hours": "April bis Oktober, Di–Fr 15–18 Uhr",
      "tags": [
        "bewegung",
        "spielen",
        "freizeit"
      ],
      "updated": "2024-11-19",
      "status": "active"
    },
    {
      "id": "o-0180",
      "title": "Spielmobil „Rollende Kiste“",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "kita",
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "altstadt",
        "marktfeld"
      ],
      "description": "Das Spielmobil kommt von April bis Oktober auf Spielplätze und Schulhöfe: Großspielgeräte, Kreativangebote und Bewegungsspiele unter Anleitung. Eltern sind willkommen.",
      "address": "Standorte wechselnd, Fahrplan online",
      "contact": {
        "phone": "0211 555 12-64",
        "email": "spielmobil@musterstadt.example",
        "web": "https://www.musterstadt.example/spielmobil"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder von 4 bis 12 Jahren",
      "hours": "April bis Oktober, Di–Fr 15–18 Uhr",
      "tags": [
        "bewegung",
        "spielen",
        "freizeit"
      ],
      "updated": "2024-12-14",
      "status": "archived"
    },
    {
      "id": "o-0181",
      "title": "Städt. Kita Stadtmäuse – Anerkannter Bewegungskindergarten",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "gesundheit",
      "stages": [
        "kita"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Die Kita ist vom Landessportbund als Bewegungskindergarten anerkannt: tägliche Bewegungszeiten, ein Bewegungsraum und eine Kooperation mit dem örtlichen Sportverein. Eltern erhalten Anregungen für Bewegung im Alltag.",
      "address": "Rathausplatz 85, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-48",
        "email": "bewegungskita@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen laut Satzung; die letzten beiden Kitajahre sind beitragsfrei"
      },
      "accessible": true,
      "eligibility": "Kinder von 2 bis 6 Jahren; Anmeldung über den Kita-Navigator",
      "hours": "Mo–Fr 7–16:30 Uhr",
      "tags": [
        "bewegung",
        "kita",
        "gesundheit",
        "sport"
      ],
      "updated": "2026-07-01",
      "status": "active"
    },
    {
      "id": "o-0182",
      "title": "Ferienspiele Musterstadt",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "In den Oster-, Sommer- und Herbstferien bieten Jugendzentren, Vereine und Verbände Tagesprogramme mit Ausflügen, Sport und Kreativangeboten. Ein Teil der Plätze wird kostenfrei vergeben.",
      "address": "Rathausplatz 1, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-96",
        "email": "ferienspiele@musterstadt.example",
        "web": "https://www.musterstadt.example/ferienspiele"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Teilnahmebeitrag 5–15 € je Woche, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Kinder von 6 bis 14 Jahren",
      "hours": "Anmeldung ab März online und im Familienbüro",
      "tags": [
        "freizeit",
        "ferien",
        "bewegung"
      ],
      "updated": "2026-05-08",
      "status": "active"
    },
    {
      "id": "o-0183",
      "title": "Gruppenangebot für Kinder psychisch kranker Eltern „Seiltänzer“",
      "provider": "Diakonie Musterstadt",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Gruppe für Kinder von 8 bis 13 Jahren, deren Mutter oder Vater psychisch erkrankt ist: Wissen über die Erkrankung, Austausch und Entlastung. Begleitende Elterngespräche.",
      "address": "Am Stadtgraben 23, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 42-10",
        "email": "seiltaenzer@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder von 8 bis 13 Jahren",
      "hours": "Wöchentlich Do 16–17:30 Uhr, Einstieg nach Vorgespräch",
      "tags": [
        "psyche",
        "gruppe",
        "erziehung"
      ],
      "updated": "2024-03-09",
      "status": "active"
    },
    {
      "id": "o-0184",
      "title": "JeKits – Jedem Kind Instrumente, Tanzen, Singen",
      "provider": "Musikschule Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Im ersten Schuljahr lernen alle Kinder der teilnehmenden Grundschulen Instrumente kennen, ab dem zweiten Jahr im Instrumental- oder Tanzunterricht in der Gruppe.",
      "address": "Musikschule, Am Stadtgraben 30, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 65-37",
        "email": "jekits@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Ab dem 2. Jahr 23 € im Monat; Geschwisterermäßigung, Befreiung über Bildung und Teilhabe"
      },
      "accessible": true,
      "hours": "Im Schulvormittag bzw. in der OGS",
      "tags": [
        "musik",
        "kultur",
        "bildung",
        "teilhabe"
      ],
      "updated": "2026-03-22",
      "status": "active"
    },
    {
      "id": "o-0185",
      "title": "Offene Sprechstunde Kinder- und Jugendpsychiatrie",
      "provider": "Städtisches Klinikum Musterstadt",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Institutsambulanz der Klinik für Kinder- und Jugendpsychiatrie: Ersteinschätzung bei seelischen Belastungen, ADHS, Essstörungen und Schulvermeidung.",
      "address": "Parkallee 102, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 60-43",
        "email": "kjp-ambulanz@klinikum-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche bis 18 Jahre; Krankenversichertenkarte mitbringen",
      "hours": "Mi 13–16 Uhr ohne Termin",
      "tags": [
        "psyche",
        "gesundheit",
        "diagnostik"
      ],
      "updated": "2025-03-29",
      "status": "active"
    },
    {
      "id": "o-0186",
      "title": "Schulpsychologische Beratung",
      "provider": "Schulpsychologische Beratungsstelle der Stadt Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": true,
      "districts": [],
      "description": "Schulpsychologinnen und -psychologen beraten Schülerinnen und Schüler, Eltern und Lehrkräfte bei Lernschwierigkeiten, Schulangst, Konflikten und in Krisen. Auch Beratung zur Wahl der weiterführenden Schule.",
      "address": "Hansaring 44, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 35-54",
        "email": "schulpsychologie@musterstadt.example",
        "web": "https://www.musterstadt.example/schulpsychologie"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler aller Musterstädter Schulen, ihre Eltern und Lehrkräfte",
      "hours": "Mo–Fr 8–16 Uhr nach Terminvereinbarung",
      "tags": [
        "psyche",
        "lernen",
        "schule",
        "beratung",
        "krise"
      ],
      "updated": "2026-02-26",
      "status": "active"
    },
    {
      "id": "o-0187",
      "title": "Basketball im Verein",
      "provider": "SC Marktfeld 1974 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld",
        "lindenhof"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Elisabethstraße 3, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 55-83",
        "email": "jugend@sc-marktfeld.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mi 16–17:30 Uhr, Sa 10–12 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2024-03-24",
      "status": "archived"
    },
    {
      "id": "o-0188",
      "title": "Boxen und Selbstbehauptung für Jugendliche",
      "provider": "BV Schachtfeld 1921 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden. Der Verein ist Stützpunktverein im Programm „Integration durch Sport“.",
      "address": "Steigerstraße 46, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 55-50",
        "email": "jugend@bv-schachtfeld.example.org",
        "web": "https://www.bv-schachtfeld.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Di und Fr 16:30–18 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-07-05",
      "status": "active"
    },
    {
      "id": "o-0189",
      "title": "Ferienbetreuung auf dem Ferienhof",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach",
        "oberdorf",
        "brueckenau"
      ],
      "description": "Drei Wochen Ferienprogramm in den Sommerferien mit Busabholung im Stadtteil, Frühstück und Mittagessen, Spiel, Sport und Ausflügen.",
      "address": "Bachweg 8, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 44-95",
        "email": "ferienhof@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Teilnahmebeitrag 60 € je Woche, ermäßigt mit Familienpass; Übernahme über Bildung und Teilhabe teilweise möglich"
      },
      "accessible": true,
      "eligibility": "Kinder von 6 bis 12 Jahren",
      "hours": "Sommerferien Mo–Fr 8–16 Uhr",
      "tags": [
        "ferien",
        "freizeit",
        "betreuung",
        "alleinerziehend"
      ],
      "updated": "2024-09-09",
      "status": "archived"
    },
    {
      "id": "o-0190",
      "title": "Fußball für Mädchen und Jungen",
      "provider": "TuS Nordviertel 1898 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden. Der Verein ist Stützpunktverein im Programm „Integration durch Sport“.",
      "address": "Koloniestraße 60, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 55-39",
        "email": "jugend@tus-nordviertel.example.org",
        "web": "https://www.tus-nordviertel.example.org"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mo und Do 17–18:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-04-30",
      "status": "active"
    },
    {
      "id": "o-0191",
      "title": "Handball für Kinder und Jugendliche",
      "provider": "DJK Eintracht Altstadt 1920 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Marktplatz 39, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 55-37",
        "email": "jugend@djk-eintracht-altstadt.example.org",
        "web": "https://www.djk-eintracht-altstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mo und Do 17–18:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2025-02-20",
      "status": "archived"
    },
    {
      "id": "o-0192",
      "title": "Hausaufgabenhilfe und Lernförderung",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Kanalufer 29, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-33",
        "email": "lernfoerderung.hafenwiesen@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Mo, Mi, Do 15–18 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2025-04-19",
      "status": "active"
    },
    {
      "id": "o-0193",
      "title": "Hausaufgabenhilfe und Lernförderung",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Marktfelder Straße 68, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 43-67",
        "email": "lernfoerderung.marktfeld@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Mo, Mi, Do 15–18 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2025-09-10",
      "status": "active"
    },
    {
      "id": "o-0194",
      "title": "Hockey für Kinder",
      "provider": "TSV Eichenkamp 1910 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "eichenkamp"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Eichelhäherweg 57, 40135 Musterstadt",
      "contact": {
        "phone": "0211 555 55-35",
        "email": "jugend@tsv-eichenkamp.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 10 € im Monat, Familienbeitrag 18 €; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mi 16–17:30 Uhr, Sa 10–12 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2025-07-08",
      "status": "active"
    },
    {
      "id": "o-0195",
      "title": "Informationsabend und Anmeldeberatung – Gesamtschule Mitte",
      "provider": "Gesamtschule Mitte",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "altstadt",
        "marktfeld"
      ],
      "description": "Eltern von Viertklässlern lernen Schule, Ganztag und Profile kennen. Im Beratungsgespräch wird die Empfehlung der Grundschule besprochen; die Anmeldung erfolgt im Februar.",
      "address": "Kohlenstraße 37, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 87-61",
        "email": "sekretariat@gesamtschule-mitte.schulen.musterstadt.example"
      },
      "languages": [
        "de",
        "ru",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern in Klasse 4",
      "hours": "Tag der offenen Tür im November, Anmeldung im Februar",
      "tags": [
        "schule",
        "übergang",
        "lernen",
        "anmeldung"
      ],
      "updated": "2026-06-09",
      "status": "active"
    },
    {
      "id": "o-0196",
      "title": "Informationsabend und Anmeldeberatung – Gesamtschule Nord",
      "provider": "Gesamtschule Nord",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "bahnhofsviertel"
      ],
      "description": "Eltern von Viertklässlern lernen Schule, Ganztag und Profile kennen. Im Beratungsgespräch wird die Empfehlung der Grundschule besprochen; die Anmeldung erfolgt im Februar.",
      "address": "Koloniestraße 19, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 84-55",
        "email": "sekretariat@gesamtschule-nord.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern in Klasse 4",
      "hours": "Tag der offenen Tür im November, Anmeldung im Februar",
      "tags": [
        "schule",
        "übergang",
        "lernen",
        "anmeldung"
      ],
      "updated": "2026-08-16",
      "status": "active"
    },
    {
      "id": "o-0197",
      "title": "Informationsabend und Anmeldeberatung – Gesamtschule Süd",
      "provider": "Gesamtschule Süd",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp"
      ],
      "description": "Eltern von Viertklässlern lernen Schule, Ganztag und Profile kennen. Im Beratungsgespräch wird die Empfehlung der Grundschule besprochen; die Anmeldung erfolgt im Februar.",
      "address": "Ahornweg 119, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 84-33",
        "email": "sekretariat@gesamtschule-sued.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern in Klasse 4",
      "hours": "Tag der offenen Tür im November, Anmeldung im Februar",
      "tags": [
        "schule",
        "übergang",
        "lernen",
        "anmeldung"
      ],
      "updated": "2026-04-09",
      "status": "active"
    },
    {
      "id": "o-0198",
      "title": "Informationsabend und Anmeldeberatung – Ratsgymnasium Musterstadt",
      "provider": "Ratsgymnasium Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "lindenhof"
      ],
      "description": "Eltern von Viertklässlern lernen Schule, Ganztag und Profile kennen. Im Beratungsgespräch wird die Empfehlung der Grundschule besprochen; die Anmeldung erfolgt im Februar.",
      "address": "Marktplatz 52, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 86-50",
        "email": "sekretariat@ratsgymnasium-musterstadt.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern in Klasse 4",
      "hours": "Tag der offenen Tür im November, Anmeldung im Februar",
      "tags": [
        "schule",
        "übergang",
        "lernen",
        "anmeldung"
      ],
      "updated": "2026-06-27",
      "status": "active"
    },
    {
      "id": "o-0199",
      "title": "Informationsabend und Anmeldeberatung – Realschule Am Lindenhof",
      "provider": "Realschule Am Lindenhof",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "lindenhof",
        "altstadt"
      ],
      "description": "Eltern von Viertklässlern lernen Schule, Ganztag und Profile kennen. Im Beratungsgespräch wird die Empfehlung der Grundschule besprochen; die Anmeldung erfolgt im Februar.",
      "address": "Kastanienweg 88, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 88-72",
        "email": "sekretariat@realschule-am-lindenhof.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Eltern von Kindern in Klasse 4",
      "hours": "Tag der offenen Tür im November, Anmeldung im Februar",
      "tags": [
        "schule",
        "übergang",
        "lernen",
        "anmeldung"
      ],
      "updated": "2025-08-23",
      "status": "active"
    },
    {
      "id": "o-0200",
      "title": "Judo für Kinder",
      "provider": "TV Lindenhof 1888 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Lindenhofstraße 106, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 55-30",
        "email": "jugend@tv-lindenhof.example.org",
        "web": "https://www.tv-lindenhof.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 10 € im Monat, Familienbeitrag 18 €; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Di und Fr 16:30–18 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-02-07",
      "status": "active"
    },
    {
      "id": "o-0201",
      "title": "Jugendheim Oberdorf",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf"
      ],
      "description": "Offene Kinder- und Jugendarbeit in Oberdorf: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Am Kirchberg 95, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 41-85",
        "email": "jugendheim-oberdorf@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 10 bis 21 Jahren",
      "hours": "Mo–Fr 14–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-06-21",
      "status": "active"
    },
    {
      "id": "o-0202",
      "title": "Jugendraum Brückenau",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "brueckenau"
      ],
      "description": "Treffpunkt mit Café, Sporthalle und Werkstatt. Sozialarbeiterinnen und Sozialarbeiter sind ansprechbar bei Stress in Schule oder Familie und begleiten bei Bedarf zu Beratungsstellen.",
      "address": "Am Wehr 96, 40129 Musterstadt",
      "contact": {
        "phone": "0211 555 12-16",
        "email": "jugendraum-brueckenau@musterstadt.example"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 10 bis 21 Jahren",
      "hours": "Di–Sa 15–21 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2025-04-19",
      "status": "active"
    },
    {
      "id": "o-0203",
      "title": "Jugendtreff Schacht 4",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Offene Kinder- und Jugendarbeit in Schachtfeld: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Am Förderturm 94, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 41-47",
        "email": "jugendtreff-schacht-4@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Jugendliche von 12 bis 27 Jahren",
      "hours": "Mo, Mi, Fr 15–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-05-22",
      "status": "active"
    },
    {
      "id": "o-0204",
      "title": "Jugendzentrum Zeche Nord",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Offene Kinder- und Jugendarbeit im Nordviertel: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Hüttenweg 29, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-96",
        "email": "jugendzentrum-zeche-nord@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder ab 8 Jahren und Jugendliche bis 18 Jahre",
      "hours": "Mo, Mi, Fr 15–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2025-07-30",
      "status": "active"
    },
    {
      "id": "o-0205",
      "title": "Kinder- und Jugendsport",
      "provider": "SV Hafenwiesen 09 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden. Der Verein ist Stützpunktverein im Programm „Integration durch Sport“.",
      "address": "Werftstraße 78, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 55-30",
        "email": "jugend@sv-hafenwiesen.example.org",
        "web": "https://www.sv-hafenwiesen.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ro"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 10 € im Monat, Familienbeitrag 18 €; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mo und Do 17–18:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-10-13",
      "status": "active"
    },
    {
      "id": "o-0206",
      "title": "Kinderküche am Hafen",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Warmes, gesundes Mittagessen für Schulkinder, die nicht in der OGS sind, mit anschließender Hausaufgabenzeit. Kinder kochen einmal pro Woche selbst mit.",
      "address": "Kanalufer 44, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-72",
        "email": "kinderkueche-am-hafen@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ru"
      ],
      "cost": {
        "free": true,
        "note": "Kostenbeitrag 1 € je Mahlzeit, mit Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Schulkinder von 6 bis 14 Jahren",
      "hours": "Mo–Fr 12:30–15 Uhr",
      "tags": [
        "finanzen",
        "ernährung",
        "gesundheit",
        "lernen"
      ],
      "updated": "2026-07-06",
      "status": "active"
    },
    {
      "id": "o-0207",
      "title": "Kindermittagstisch St. Barbara",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "soziales",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Warmes, gesundes Mittagessen für Schulkinder, die nicht in der OGS sind, mit anschließender Hausaufgabenzeit. Kinder kochen einmal pro Woche selbst mit.",
      "address": "Nordstraße 81, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-14",
        "email": "kindermittagstisch-st@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true,
        "note": "Kostenbeitrag 1 € je Mahlzeit, mit Bildung und Teilhabe kostenfrei"
      },
      "accessible": false,
      "eligibility": "Schulkinder von 6 bis 14 Jahren",
      "hours": "Mo–Fr 12:30–15 Uhr",
      "tags": [
        "finanzen",
        "ernährung",
        "gesundheit",
        "lernen"
      ],
      "updated": "2024-12-13",
      "status": "active"
    },
    {
      "id": "o-0208",
      "title": "Kunst- und Theaterwerkstatt Altstadt",
      "provider": "Jugendkunstschule Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Malen, Drucken, Theater und Film in kleinen Gruppen mit Künstlerinnen und Künstlern. Am Ende jedes Halbjahrs zeigen die Gruppen ihre Arbeiten öffentlich.",
      "address": "Am Stadtgraben 28, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 66-14",
        "email": "werkstatt@jugendkunstschule-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 30 € pro Halbjahr, ermäßigt mit Familienpass"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 8 bis 16 Jahren",
      "hours": "Do 16–18 Uhr",
      "tags": [
        "kultur",
        "kunst",
        "theater",
        "teilhabe"
      ],
      "updated": "2025-04-23",
      "status": "active"
    },
    {
      "id": "o-0209",
      "title": "Kunst- und Theaterwerkstatt Nordviertel",
      "provider": "Jugendkunstschule Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Malen, Drucken, Theater und Film in kleinen Gruppen mit Künstlerinnen und Künstlern. Am Ende jedes Halbjahrs zeigen die Gruppen ihre Arbeiten öffentlich.",
      "address": "Bergmannsplatz 9, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 66-45",
        "email": "werkstatt@jugendkunstschule-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Kursgebühr 30 € pro Halbjahr, ermäßigt mit Familienpass"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 8 bis 16 Jahren",
      "hours": "Di 15–17 Uhr",
      "tags": [
        "kultur",
        "kunst",
        "theater",
        "teilhabe"
      ],
      "updated": "2025-01-02",
      "status": "active"
    },
    {
      "id": "o-0210",
      "title": "Leichtathletik für Kinder und Jugendliche",
      "provider": "SV Rot-Weiß Mitte 1912 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden. Der Verein ist Stützpunktverein im Programm „Integration durch Sport“.",
      "address": "Friedrich-Ebert-Straße 111, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 55-68",
        "email": "jugend@sv-rot-weiss-mitte.example.org",
        "web": "https://www.sv-rot-weiss-mitte.example.org"
      },
      "languages": [
        "de",
        "tr",
        "ar"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mi 16–17:30 Uhr, Sa 10–12 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-07-17",
      "status": "active"
    },
    {
      "id": "o-0211",
      "title": "Lerncafé Altstadt",
      "provider": "Diakonie Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Hansaring 3, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 42-59",
        "email": "lernfoerderung.altstadt@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Di–Fr 13:30–16:30 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2024-04-04",
      "status": "active"
    },
    {
      "id": "o-0212",
      "title": "Lernförderung nach Bildung und Teilhabe",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Friedrich-Ebert-Straße 33, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 64-79",
        "email": "lernfoerderung.bahnhofsviertel@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Mo–Do 14–17 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2026-08-08",
      "status": "active"
    },
    {
      "id": "o-0213",
      "title": "Lernförderung nach Bildung und Teilhabe",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Koloniestraße 74, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 64-41",
        "email": "lernfoerderung.nordviertel@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Mo, Mi, Do 15–18 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2026-09-03",
      "status": "active"
    },
    {
      "id": "o-0214",
      "title": "Lernstudio Schachtfeld",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "bildung",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld",
        "hafenwiesen",
        "brueckenau"
      ],
      "description": "Nachhilfe in kleinen Gruppen für Schülerinnen und Schüler, deren Versetzung oder Lernziel gefährdet ist. Die Kosten werden über Bildung und Teilhabe übernommen; die Schule bestätigt den Förderbedarf.",
      "address": "Steigerstraße 67, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 64-66",
        "email": "lernfoerderung.schachtfeld@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de",
        "uk"
      ],
      "cost": {
        "free": true,
        "note": "Kostenübernahme über Bildung und Teilhabe; Selbstzahler 12 € je Stunde"
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Klassen 1 bis 10",
      "hours": "Di–Fr 13:30–16:30 Uhr",
      "tags": [
        "lernen",
        "nachhilfe",
        "finanzen",
        "schule"
      ],
      "updated": "2026-04-13",
      "status": "active"
    },
    {
      "id": "o-0215",
      "title": "Lesepaten an der GGS Bahnhofstraße",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Ehrenamtliche Lesepatinnen und -paten lesen einmal pro Woche mit einzelnen Kindern oder kleinen Gruppen. Ziel sind Lesefreude und sicheres Leseverständnis bis zum Ende der Grundschulzeit.",
      "address": "Am Güterbahnhof 105, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 41-44",
        "email": "lesepaten@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Klassen 1 bis 4 auf Vorschlag der Lehrkraft",
      "hours": "Während der Schulzeit vormittags",
      "tags": [
        "lernen",
        "sprache",
        "lesen",
        "ehrenamt"
      ],
      "updated": "2024-05-16",
      "status": "active"
    },
    {
      "id": "o-0216",
      "title": "Lesepaten an der GGS Bergmannsplatz",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Ehrenamtliche Lesepatinnen und -paten lesen einmal pro Woche mit einzelnen Kindern oder kleinen Gruppen. Ziel sind Lesefreude und sicheres Leseverständnis bis zum Ende der Grundschulzeit.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 64-45",
        "email": "lesepaten@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Klassen 1 bis 4 auf Vorschlag der Lehrkraft",
      "hours": "Während der Schulzeit vormittags",
      "tags": [
        "lernen",
        "sprache",
        "lesen",
        "ehrenamt"
      ],
      "updated": "2026-05-11",
      "status": "active"
    },
    {
      "id": "o-0217",
      "title": "Lesepaten an der GGS Hafenwiesen",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Ehrenamtliche Lesepatinnen und -paten lesen einmal pro Woche mit einzelnen Kindern oder kleinen Gruppen. Ziel sind Lesefreude und sicheres Leseverständnis bis zum Ende der Grundschulzeit.",
      "address": "Kanalufer 65, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 41-47",
        "email": "lesepaten@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Klassen 1 bis 4 auf Vorschlag der Lehrkraft",
      "hours": "Während der Schulzeit vormittags",
      "tags": [
        "lernen",
        "sprache",
        "lesen",
        "ehrenamt"
      ],
      "updated": "2026-04-30",
      "status": "active"
    },
    {
      "id": "o-0218",
      "title": "Lesepaten an der GGS Südpark",
      "provider": "Brücke e. V. – Verein für Integration und Nachbarschaft",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Ehrenamtliche Lesepatinnen und -paten lesen einmal pro Woche mit einzelnen Kindern oder kleinen Gruppen. Ziel sind Lesefreude und sicheres Leseverständnis bis zum Ende der Grundschulzeit.",
      "address": "Am Weiher 4, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 64-20",
        "email": "lesepaten@bruecke-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Klassen 1 bis 4 auf Vorschlag der Lehrkraft",
      "hours": "Während der Schulzeit vormittags",
      "tags": [
        "lernen",
        "sprache",
        "lesen",
        "ehrenamt"
      ],
      "updated": "2024-08-26",
      "status": "active"
    },
    {
      "id": "o-0219",
      "title": "Mittagstisch und Lernzeit „Satt & schlau“",
      "provider": "Diakonie Musterstadt",
      "field": "soziales",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Warmes, gesundes Mittagessen für Schulkinder, die nicht in der OGS sind, mit anschließender Hausaufgabenzeit. Kinder kochen einmal pro Woche selbst mit.",
      "address": "Friedrich-Ebert-Straße 12, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 42-79",
        "email": "mittagstisch-und-lernzeit@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ru"
      ],
      "cost": {
        "free": true,
        "note": "Kostenbeitrag 1 € je Mahlzeit, mit Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Schulkinder von 6 bis 14 Jahren",
      "hours": "Mo–Fr 12:30–15 Uhr",
      "tags": [
        "finanzen",
        "ernährung",
        "gesundheit",
        "lernen"
      ],
      "updated": "2026-09-26",
      "status": "active"
    },
    {
      "id": "o-0220",
      "title": "Offener Ganztag an der GGS Am Förderturm",
      "provider": "Diakonie Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Steigerstraße 102, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 42-43",
        "email": "ogs.ggs-am-foerderturm@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Am Förderturm; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-07-08",
      "status": "active"
    },
    {
      "id": "o-0221",
      "title": "Offener Ganztag an der GGS Am Lindenhof",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Am Gutshof 67, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 43-73",
        "email": "ogs.ggs-am-lindenhof@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Am Lindenhof; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-06-27",
      "status": "active"
    },
    {
      "id": "o-0222",
      "title": "Offener Ganztag an der GGS Am Stadtgraben",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Rathausplatz 78, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 44-11",
        "email": "ogs.ggs-am-stadtgraben@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": false,
      "eligibility": "Kinder der GGS Am Stadtgraben; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-11-16",
      "status": "active"
    },
    {
      "id": "o-0223",
      "title": "Offener Ganztag an der GGS Bahnhofstraße",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Am Güterbahnhof 105, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 41-83",
        "email": "ogs.ggs-bahnhofstrasse@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": false,
      "eligibility": "Kinder der GGS Bahnhofstraße; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-05-25",
      "status": "active"
    },
    {
      "id": "o-0224",
      "title": "Offener Ganztag an der GGS Bergmannsplatz",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Die OGS verbindet Unterricht und Freizeit: warmes Mittagessen, begleitete Lernzeit, Bewegung auf dem Schulhof und Kooperationen mit Sportvereinen und Musikschule.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-92",
        "email": "ogs.ggs-bergmannsplatz@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Bergmannsplatz; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-11-27",
      "status": "active"
    },
    {
      "id": "o-0225",
      "title": "Offener Ganztag an der GGS Eichenkamp",
      "provider": "Diakonie Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "eichenkamp"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Buchenring 27, 40135 Musterstadt",
      "contact": {
        "phone": "0211 555 42-88",
        "email": "ogs.ggs-eichenkamp@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Eichenkamp; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-01-08",
      "status": "active"
    },
    {
      "id": "o-0226",
      "title": "Offener Ganztag an der GGS Hafenwiesen",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Die OGS verbindet Unterricht und Freizeit: warmes Mittagessen, begleitete Lernzeit, Bewegung auf dem Schulhof und Kooperationen mit Sportvereinen und Musikschule.",
      "address": "Kanalufer 65, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-77",
        "email": "ogs.ggs-hafenwiesen@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Hafenwiesen; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-09-21",
      "status": "active"
    },
    {
      "id": "o-0227",
      "title": "Offener Ganztag an der GGS Mühlenbach",
      "provider": "Diakonie Musterstadt",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Mühlenstraße 7, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 42-92",
        "email": "ogs.ggs-muehlenbach@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": false,
      "eligibility": "Kinder der GGS Mühlenbach; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-10-03",
      "status": "active"
    },
    {
      "id": "o-0228",
      "title": "Offener Ganztag an der GGS Rosenhügel",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "rosenhuegel"
      ],
      "description": "Die OGS verbindet Unterricht und Freizeit: warmes Mittagessen, begleitete Lernzeit, Bewegung auf dem Schulhof und Kooperationen mit Sportvereinen und Musikschule.",
      "address": "Am Rosenhügel 104, 40133 Musterstadt",
      "contact": {
        "phone": "0211 555 44-73",
        "email": "ogs.ggs-rosenhuegel@drk-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": false,
      "eligibility": "Kinder der GGS Rosenhügel; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-09-13",
      "status": "active"
    },
    {
      "id": "o-0229",
      "title": "Offener Ganztag an der GGS Südpark",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Am Weiher 4, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 43-26",
        "email": "ogs.ggs-suedpark@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der GGS Südpark; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-05-28",
      "status": "active"
    },
    {
      "id": "o-0230",
      "title": "Offener Ganztag an der KGS Oberdorf",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "oberdorf"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Dorfstraße 2, 40139 Musterstadt",
      "contact": {
        "phone": "0211 555 43-69",
        "email": "ogs.kgs-oberdorf@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der KGS Oberdorf; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-09-13",
      "status": "active"
    },
    {
      "id": "o-0231",
      "title": "Offener Ganztag an der KGS St. Barbara",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Koloniestraße 109, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-42",
        "email": "ogs.kgs-st-barbara@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der KGS St. Barbara; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2026-01-18",
      "status": "active"
    },
    {
      "id": "o-0232",
      "title": "Offener Ganztag an der KGS St. Marien",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Betreuung nach dem Unterricht bis 16 Uhr mit Mittagessen, Lernzeit und Arbeitsgemeinschaften in Sport, Musik und Kunst. In den Ferien gibt es ein eigenes Programm.",
      "address": "Marktfelder Straße 14, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 41-93",
        "email": "ogs.kgs-st-marien@caritas-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Elternbeitrag nach Einkommen (0–210 € im Monat); Mittagessen über Bildung und Teilhabe kostenfrei"
      },
      "accessible": true,
      "eligibility": "Kinder der KGS St. Marien; Anmeldung bis 31. März",
      "hours": "Mo–Fr 11:30–16 Uhr, Ferienbetreuung 8–16 Uhr",
      "tags": [
        "ganztag",
        "betreuung",
        "lernen",
        "bewegung",
        "alleinerziehend"
      ],
      "updated": "2025-11-17",
      "status": "active"
    },
    {
      "id": "o-0233",
      "title": "Schulsozialarbeit an der GGS Am Förderturm",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Steigerstraße 102, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-86",
        "email": "schulsozialarbeit.ggs-am-foerderturm@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Di–Fr 7:45–13:30 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-07-30",
      "status": "active"
    },
    {
      "id": "o-0234",
      "title": "Schulsozialarbeit an der GGS Bahnhofstraße",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Am Güterbahnhof 105, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 12-39",
        "email": "schulsozialarbeit.ggs-bahnhofstrasse@musterstadt.example"
      },
      "languages": [
        "de",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–14 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-06-30",
      "status": "active"
    },
    {
      "id": "o-0235",
      "title": "Schulsozialarbeit an der GGS Bergmannsplatz",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Zechenstraße 18, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-84",
        "email": "schulsozialarbeit.ggs-bergmannsplatz@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–14 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2025-03-15",
      "status": "active"
    },
    {
      "id": "o-0236",
      "title": "Schulsozialarbeit an der GGS Hafenwiesen",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Kanalufer 65, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-40",
        "email": "schulsozialarbeit.ggs-hafenwiesen@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Mo–Do 8–15 Uhr, Fr 8–12 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-07-28",
      "status": "active"
    },
    {
      "id": "o-0237",
      "title": "Schulsozialarbeit an der GGS Kanalufer",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Schifferstraße 64, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 43-75",
        "email": "schulsozialarbeit.ggs-kanalufer@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–14 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2025-05-31",
      "status": "active"
    },
    {
      "id": "o-0238",
      "title": "Schulsozialarbeit an der GGS Südpark",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Am Weiher 4, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 12-67",
        "email": "schulsozialarbeit.ggs-suedpark@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–14 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-03-25",
      "status": "active"
    },
    {
      "id": "o-0239",
      "title": "Schulsozialarbeit an der KGS St. Barbara",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Koloniestraße 109, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-13",
        "email": "schulsozialarbeit.kgs-st-barbara@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Di–Fr 7:45–13:30 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-08-20",
      "status": "active"
    },
    {
      "id": "o-0240",
      "title": "Schulsozialarbeit an der KGS St. Marien",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld"
      ],
      "description": "Die Schulsozialarbeit ist Ansprechpartnerin für Kinder, Eltern und Lehrkräfte bei Sorgen, Streit oder Belastungen zu Hause. Sie hilft bei Anträgen auf Bildung und Teilhabe und vermittelt in Angebote im Stadtteil.",
      "address": "Marktfelder Straße 14, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 43-51",
        "email": "schulsozialarbeit.kgs-st-marien@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Kinder der Schule und ihre Eltern",
      "hours": "Di–Fr 7:45–13:30 Uhr",
      "tags": [
        "beratung",
        "schule",
        "lernen",
        "finanzen",
        "erziehung"
      ],
      "updated": "2026-02-22",
      "status": "active"
    },
    {
      "id": "o-0241",
      "title": "Schwimmen und Rettungsschwimmen",
      "provider": "SC Südpark 1965 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Südring 118, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 55-44",
        "email": "jugend@sc-suedpark.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 10 € im Monat, Familienbeitrag 18 €; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mi 16–17:30 Uhr, Sa 10–12 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2025-08-03",
      "status": "active"
    },
    {
      "id": "o-0242",
      "title": "Stadtranderholung Nord",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "grundschule"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Drei Wochen Ferienprogramm in den Sommerferien mit Busabholung im Stadtteil, Frühstück und Mittagessen, Spiel, Sport und Ausflügen.",
      "address": "Zechenstraße 41, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-66",
        "email": "stadtranderholung@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Teilnahmebeitrag 60 € je Woche, ermäßigt mit Familienpass; Übernahme über Bildung und Teilhabe teilweise möglich"
      },
      "accessible": true,
      "eligibility": "Kinder von 6 bis 12 Jahren",
      "hours": "Sommerferien Mo–Fr 8–16 Uhr",
      "tags": [
        "ferien",
        "freizeit",
        "betreuung",
        "alleinerziehend"
      ],
      "updated": "2026-07-25",
      "status": "active"
    },
    {
      "id": "o-0243",
      "title": "Tanzen für Kinder und Jugendliche",
      "provider": "Turnerschaft Mühlenbach 1888 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Am Mühlenteich 91, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 55-16",
        "email": "jugend@turnerschaft-muehlenbach.example.org",
        "web": "https://www.turnerschaft-muehlenbach.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 10 € im Monat, Familienbeitrag 18 €; Übernahme über Bildung und Teilhabe möglich"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mo und Do 17–18:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-03-14",
      "status": "active"
    },
    {
      "id": "o-0244",
      "title": "Tischtennis für Kinder und Jugendliche",
      "provider": "SV Waldheide 1949 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "waldheide"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Heideweg 14, 40137 Musterstadt",
      "contact": {
        "phone": "0211 555 55-49",
        "email": "jugend@sv-waldheide.example.org",
        "web": "https://www.sv-waldheide.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Di und Fr 16:30–18 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2026-02-03",
      "status": "active"
    },
    {
      "id": "o-0245",
      "title": "Turnen und Akrobatik",
      "provider": "TuS Brückenau 1926 e. V.",
      "field": "gesundheit",
      "stages": [
        "grundschule",
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "brueckenau"
      ],
      "description": "Training in altersgerechten Gruppen mit lizenzierten Übungsleitungen. Probetrainings sind jederzeit möglich; Sportkleidung kann ausgeliehen werden.",
      "address": "Am Wehr 107, 40129 Musterstadt",
      "contact": {
        "phone": "0211 555 55-95",
        "email": "jugend@tus-brueckenau.example.org",
        "web": "https://www.tus-brueckenau.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": false,
        "note": "Mitgliedsbeitrag 8 € im Monat; Übernahme über Bildung und Teilhabe (15 € monatlich) möglich"
      },
      "accessible": false,
      "eligibility": "Kinder und Jugendliche von 6 bis 16 Jahren",
      "hours": "Mo und Do 17–18:30 Uhr",
      "tags": [
        "bewegung",
        "sport",
        "verein",
        "teilhabe"
      ],
      "updated": "2025-01-28",
      "status": "active"
    },
    {
      "id": "o-0246",
      "title": "Schulsozialarbeit an der Gesamtschule Nord",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Koloniestraße 19, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 42-65",
        "email": "schulsozialarbeit.gesamtschule-nord@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–15 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2024-12-12",
      "status": "active"
    },
    {
      "id": "o-0247",
      "title": "Schulsozialarbeit an der Gesamtschule Süd",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Ahornweg 119, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 41-98",
        "email": "schulsozialarbeit.gesamtschule-sued@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Do 7:30–15:30 Uhr, Fr 7:30–13 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2025-12-09",
      "status": "active"
    },
    {
      "id": "o-0248",
      "title": "Schulsozialarbeit an der Hauptschule Schachtfeld",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "schachtfeld"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Schachtstraße 73, 40127 Musterstadt",
      "contact": {
        "phone": "0211 555 43-60",
        "email": "schulsozialarbeit.hauptschule-schachtfeld@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Do 7:30–15:30 Uhr, Fr 7:30–13 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2026-10-07",
      "status": "active"
    },
    {
      "id": "o-0249",
      "title": "Schulsozialarbeit an der Sekundarschule Zechenstraße",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-weiterfuehrend"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "bahnhofsviertel"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Zechenstraße 15, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-22",
        "email": "schulsozialarbeit.sekundarschule-zechenstrasse@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–15 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2026-06-27",
      "status": "active"
    },
    {
      "id": "o-0250",
      "title": "Berufsberatung in der Schule",
      "provider": "Agentur für Arbeit Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": true,
      "districts": [],
      "description": "Die Berufsberaterinnen der Agentur für Arbeit bieten an allen weiterführenden Schulen Sprechstunden und Orientierungsveranstaltungen an, ab Klasse 8 auch Einzelgespräche mit Eltern.",
      "address": "Friedrich-Ebert-Straße 18, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 53-70",
        "email": "berufsberatung@arbeitsagentur-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Sprechstunden nach Schulplan",
      "tags": [
        "beruf",
        "ausbildung",
        "berufsorientierung",
        "studium"
      ],
      "updated": "2026-02-14",
      "status": "active"
    },
    {
      "id": "o-0251",
      "title": "Jugend- und Drogenberatung",
      "provider": "Drogenberatung Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Vertrauliche Beratung für Jugendliche und junge Erwachsene zu Alkohol, Cannabis, Medien und Glücksspiel sowie für besorgte Eltern. Auf Wunsch anonym.",
      "address": "Kohlenstraße 11, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 74-36",
        "email": "jugendberatung@drogenberatung-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "hours": "Mo–Fr 10–17 Uhr; offene Sprechstunde Di 15–18 Uhr",
      "tags": [
        "psyche",
        "sucht",
        "beratung",
        "medien"
      ],
      "updated": "2026-06-09",
      "status": "active"
    },
    {
      "id": "o-0252",
      "title": "Jugendberufsagentur Musterstadt",
      "provider": "Agentur für Arbeit Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": true,
      "districts": [],
      "description": "Agentur für Arbeit, Jobcenter und Jugendamt unter einem Dach: Berufsberatung, Ausbildungsvermittlung, finanzielle Hilfen und sozialpädagogische Unterstützung für junge Menschen unter 25.",
      "address": "Friedrich-Ebert-Straße 18, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 53-62",
        "email": "jugendberufsagentur@arbeitsagentur-musterstadt.example.org",
        "web": "https://www.arbeitsagentur-musterstadt.example.org/jugendberufsagentur"
      },
      "languages": [
        "de",
        "en",
        "tr",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Junge Menschen unter 25 Jahren",
      "hours": "Mo–Fr 8–12:30 Uhr, Do 14–18 Uhr",
      "tags": [
        "beruf",
        "ausbildung",
        "beratung",
        "finanzen"
      ],
      "updated": "2026-03-22",
      "status": "active"
    },
    {
      "id": "o-0253",
      "title": "Jugendmigrationsdienst",
      "provider": "IB West – Jugendmigrationsdienst Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": true,
      "districts": [],
      "description": "Beratung für junge Zugewanderte von 12 bis 27 Jahren zu Schule, Sprache, Ausbildung und Anerkennung. Individueller Integrationsplan und Gruppenangebote. Консультація можлива українською мовою.",
      "address": "Friedrich-Ebert-Straße 20, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 75-41",
        "email": "jmd@ib-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ar",
        "ru",
        "uk",
        "fa"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Junge Menschen mit Migrationsgeschichte von 12 bis 27 Jahren",
      "hours": "Mo–Do 9–16 Uhr, Fr 9–13 Uhr",
      "tags": [
        "ankommen",
        "beruf",
        "sprache",
        "lernen",
        "beratung"
      ],
      "updated": "2026-05-25",
      "status": "active"
    },
    {
      "id": "o-0254",
      "title": "Kommunale Koordinierung „Kein Abschluss ohne Anschluss“",
      "provider": "Regionales Bildungsbüro Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": true,
      "districts": [],
      "description": "Die Kommunale Koordinierungsstelle organisiert die Standardelemente von KAoA an allen weiterführenden Schulen: Potenzialanalyse, Berufsfelderkundungen, Praxisphasen und Anschlussvereinbarung.",
      "address": "Hansaring 44, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 33-19",
        "email": "kaoa@musterstadt.example",
        "web": "https://www.musterstadt.example/kaoa"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schulen, Betriebe und Eltern von Schülerinnen und Schülern ab Klasse 8",
      "hours": "Mo–Fr 8–16 Uhr",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "schule"
      ],
      "updated": "2025-06-26",
      "status": "active"
    },
    {
      "id": "o-0255",
      "title": "Krisenberatung für junge Menschen „Anker“",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "gesundheit",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": true,
      "districts": [],
      "description": "Kurzfristige Beratung bei seelischen Krisen, Ängsten, Selbstverletzung oder Suizidgedanken für junge Menschen von 14 bis 25 Jahren, auch per Chat. Bei Bedarf Vermittlung in Therapie.",
      "address": "Kirchgasse 7, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 41-57",
        "email": "anker@caritas-musterstadt.example.org",
        "web": "https://www.caritas-musterstadt.example.org/anker"
      },
      "languages": [
        "de",
        "en"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Junge Menschen von 14 bis 25 Jahren",
      "hours": "Mo–Fr 10–18 Uhr, Chat Mo–Do 16–20 Uhr",
      "tags": [
        "psyche",
        "krise",
        "beratung"
      ],
      "updated": "2025-11-04",
      "status": "active"
    },
    {
      "id": "o-0256",
      "title": "Tag der Ausbildung",
      "provider": "Regionales Bildungsbüro Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": true,
      "districts": [],
      "description": "Einmal im Jahr stellen über 80 Betriebe, Kammern und Berufskollegs in der Stadthalle Ausbildungsberufe vor. Schülerinnen und Schüler können Bewerbungsmappen checken lassen.",
      "address": "Stadthalle, Hansaring 2, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 33-35",
        "email": "tag-der-ausbildung@musterstadt.example",
        "web": "https://www.musterstadt.example/tag-der-ausbildung"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Jährlich im September, Sa 10–15 Uhr",
      "tags": [
        "beruf",
        "ausbildung",
        "berufsorientierung",
        "messe"
      ],
      "updated": "2026-08-15",
      "status": "active"
    },
    {
      "id": "o-0257",
      "title": "Berufseinstiegsbegleitung",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "nordviertel",
        "brueckenau"
      ],
      "description": "Berufseinstiegsbegleiterinnen und -begleiter unterstützen Jugendliche mit schwierigen Startbedingungen ab Klasse 8 beim Schulabschluss, bei der Berufswahl und der Ausbildungssuche – bis ins erste Ausbildungsjahr.",
      "address": "Kanalufer 44, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-34",
        "email": "berufseinstieg@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler ab Klasse 8 auf Vorschlag der Schule",
      "hours": "Termine an der Schule und nach Vereinbarung",
      "tags": [
        "beruf",
        "ausbildung",
        "lernen",
        "mentoring"
      ],
      "updated": "2026-05-12",
      "status": "active"
    },
    {
      "id": "o-0258",
      "title": "Berufseinstiegsbegleitung",
      "provider": "IN VIA Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "schachtfeld"
      ],
      "description": "Berufseinstiegsbegleiterinnen und -begleiter unterstützen Jugendliche mit schwierigen Startbedingungen ab Klasse 8 beim Schulabschluss, bei der Berufswahl und der Ausbildungssuche – bis ins erste Ausbildungsjahr.",
      "address": "Hüttenweg 100, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 50-39",
        "email": "berufseinstieg@invia-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler ab Klasse 8 auf Vorschlag der Schule",
      "hours": "Termine an der Schule und nach Vereinbarung",
      "tags": [
        "beruf",
        "ausbildung",
        "lernen",
        "mentoring"
      ],
      "updated": "2026-03-15",
      "status": "active"
    },
    {
      "id": "o-0259",
      "title": "Berufseinstiegsbegleitung",
      "provider": "IN VIA Musterstadt e. V.",
      "field": "bildung",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Berufseinstiegsbegleiterinnen und -begleiter unterstützen Jugendliche mit schwierigen Startbedingungen ab Klasse 8 beim Schulabschluss, bei der Berufswahl und der Ausbildungssuche – bis ins erste Ausbildungsjahr.",
      "address": "Südring 60, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 50-73",
        "email": "berufseinstieg@invia-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler ab Klasse 8 auf Vorschlag der Schule",
      "hours": "Termine an der Schule und nach Vereinbarung",
      "tags": [
        "beruf",
        "ausbildung",
        "lernen",
        "mentoring"
      ],
      "updated": "2026-05-02",
      "status": "active"
    },
    {
      "id": "o-0260",
      "title": "Bewerbungswerkstatt im Haus der Jugend Hafenwiesen",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Unterstützung bei Lebenslauf, Anschreiben und Online-Bewerbungen; Übung von Vorstellungsgesprächen. Mit PC-Arbeitsplätzen und Drucker.",
      "address": "Hafenstraße 7, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-84",
        "email": "bewerbung@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche ab 14 Jahren",
      "hours": "Di 15–18 Uhr",
      "tags": [
        "beruf",
        "bewerbung",
        "ausbildung"
      ],
      "updated": "2026-10-30",
      "status": "active"
    },
    {
      "id": "o-0261",
      "title": "Bewerbungswerkstatt im Jugendzentrum Südpark",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "eichenkamp"
      ],
      "description": "Unterstützung bei Lebenslauf, Anschreiben und Online-Bewerbungen; Übung von Vorstellungsgesprächen. Mit PC-Arbeitsplätzen und Drucker.",
      "address": "Am Weiher 28, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 43-92",
        "email": "bewerbung@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "fa"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Jugendliche ab 14 Jahren",
      "hours": "Do 16–19 Uhr",
      "tags": [
        "beruf",
        "bewerbung",
        "ausbildung"
      ],
      "updated": "2024-06-17",
      "status": "active"
    },
    {
      "id": "o-0262",
      "title": "Bewerbungswerkstatt im Jugendzentrum Zeche Nord",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen"
      ],
      "description": "Unterstützung bei Lebenslauf, Anschreiben und Online-Bewerbungen; Übung von Vorstellungsgesprächen. Mit PC-Arbeitsplätzen und Drucker.",
      "address": "Hüttenweg 118, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 12-12",
        "email": "bewerbung@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche ab 14 Jahren",
      "hours": "Di 15–18 Uhr",
      "tags": [
        "beruf",
        "bewerbung",
        "ausbildung"
      ],
      "updated": "2026-08-04",
      "status": "active"
    },
    {
      "id": "o-0263",
      "title": "Haus der Jugend Hafenwiesen",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "brueckenau"
      ],
      "description": "Treffpunkt mit Café, Sporthalle und Werkstatt. Sozialarbeiterinnen und Sozialarbeiter sind ansprechbar bei Stress in Schule oder Familie und begleiten bei Bedarf zu Beratungsstellen.",
      "address": "Werftstraße 116, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-18",
        "email": "haus-der-jugend-hafenwiesen@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder ab 8 Jahren und Jugendliche bis 18 Jahre",
      "hours": "Di–Sa 15–21 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-09-14",
      "status": "active"
    },
    {
      "id": "o-0264",
      "title": "Jugendcafé Linde",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Offene Kinder- und Jugendarbeit am Lindenhof: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Lindenhofstraße 46, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 42-29",
        "email": "jugendcafe-linde@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 10 bis 21 Jahren",
      "hours": "Mo–Fr 14–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2024-06-18",
      "status": "active"
    },
    {
      "id": "o-0265",
      "title": "Jugendtreff Gleis 3",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Treffpunkt mit Café, Sporthalle und Werkstatt. Sozialarbeiterinnen und Sozialarbeiter sind ansprechbar bei Stress in Schule oder Familie und begleiten bei Bedarf zu Beratungsstellen.",
      "address": "Kohlenstraße 94, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 43-52",
        "email": "jugendtreff-gleis-3@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder ab 8 Jahren und Jugendliche bis 18 Jahre",
      "hours": "Mo–Do 14–19 Uhr, Fr 14–22 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-09-01",
      "status": "active"
    },
    {
      "id": "o-0266",
      "title": "Jugendtreff Mühle",
      "provider": "DRK-Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "muehlenbach",
        "oberdorf"
      ],
      "description": "Offene Kinder- und Jugendarbeit in Mühlenbach: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Bachweg 77, 40141 Musterstadt",
      "contact": {
        "phone": "0211 555 44-50",
        "email": "jugendtreff-muehle@drk-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche von 12 bis 27 Jahren",
      "hours": "Di–Sa 15–21 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2025-06-21",
      "status": "active"
    },
    {
      "id": "o-0267",
      "title": "Jugendtreff Rosenhügel",
      "provider": "Ev. Kirchenkreis Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "rosenhuegel"
      ],
      "description": "Offene Kinder- und Jugendarbeit am Rosenhügel: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Rosenweg 94, 40133 Musterstadt",
      "contact": {
        "phone": "0211 555 67-71",
        "email": "jugendtreff-rosenhuegel@ev-kirchenkreis-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Kinder und Jugendliche von 10 bis 21 Jahren",
      "hours": "Mo–Do 14–19 Uhr, Fr 14–22 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-06-28",
      "status": "active"
    },
    {
      "id": "o-0268",
      "title": "Jugendzentrum Altes Zollhaus",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt",
        "suedpark"
      ],
      "description": "Treffpunkt mit Café, Sporthalle und Werkstatt. Sozialarbeiterinnen und Sozialarbeiter sind ansprechbar bei Stress in Schule oder Familie und begleiten bei Bedarf zu Beratungsstellen.",
      "address": "Kirchgasse 98, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-92",
        "email": "jugendzentrum-altes-zollhaus@musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche von 12 bis 27 Jahren",
      "hours": "Mo–Fr 14–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-04-22",
      "status": "active"
    },
    {
      "id": "o-0269",
      "title": "Jugendzentrum Südpark",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark"
      ],
      "description": "Treffpunkt mit Café, Sporthalle und Werkstatt. Sozialarbeiterinnen und Sozialarbeiter sind ansprechbar bei Stress in Schule oder Familie und begleiten bei Bedarf zu Beratungsstellen.",
      "address": "Südring 21, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 43-60",
        "email": "jugendzentrum-suedpark@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche von 12 bis 27 Jahren",
      "hours": "Mo–Do 14–19 Uhr, Fr 14–22 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2026-07-31",
      "status": "active"
    },
    {
      "id": "o-0270",
      "title": "Jungengruppe „Stark ohne Gewalt“",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "marktfeld"
      ],
      "description": "Gruppe für Jungen von 11 bis 15 Jahren: Sport, Rollenbilder und gewaltfreie Konfliktlösung, begleitet von zwei Sozialpädagogen.",
      "address": "Bahnhofstraße 90, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 41-42",
        "email": "jungengruppe-stark-ohne@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Di und Do 16–19 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "psyche",
        "gewaltprävention"
      ],
      "updated": "2026-02-22",
      "status": "active"
    },
    {
      "id": "o-0271",
      "title": "KAoA-Berufsfelderkundung – Betriebe im Bezirk Mitte",
      "provider": "Regionales Bildungsbüro Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel",
        "marktfeld"
      ],
      "description": "An drei Tagen in Klasse 8 erkunden Schülerinnen und Schüler unterschiedliche Berufsfelder direkt in Betrieben. Das Buchungsportal zeigt freie Plätze in Handwerk, Pflege, Handel, Verwaltung und Industrie.",
      "address": "Hansaring 44, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 33-23",
        "email": "berufsfelderkundung@musterstadt.example",
        "web": "https://www.musterstadt.example/berufsfelderkundung"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Buchung über die Schule, Erkundungstage im Frühjahr",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "praktikum"
      ],
      "updated": "2025-10-01",
      "status": "active"
    },
    {
      "id": "o-0272",
      "title": "KAoA-Berufsfelderkundung – Betriebe im Bezirk Nord",
      "provider": "Regionales Bildungsbüro Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "An drei Tagen in Klasse 8 erkunden Schülerinnen und Schüler unterschiedliche Berufsfelder direkt in Betrieben. Das Buchungsportal zeigt freie Plätze in Handwerk, Pflege, Handel, Verwaltung und Industrie.",
      "address": "Hansaring 44, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 33-25",
        "email": "berufsfelderkundung@musterstadt.example",
        "web": "https://www.musterstadt.example/berufsfelderkundung"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Buchung über die Schule, Erkundungstage im Frühjahr",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "praktikum"
      ],
      "updated": "2025-08-26",
      "status": "active"
    },
    {
      "id": "o-0273",
      "title": "KAoA-Berufsfelderkundung – Betriebe im Bezirk Süd",
      "provider": "Regionales Bildungsbüro Musterstadt",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel"
      ],
      "description": "An drei Tagen in Klasse 8 erkunden Schülerinnen und Schüler unterschiedliche Berufsfelder direkt in Betrieben. Das Buchungsportal zeigt freie Plätze in Handwerk, Pflege, Handel, Verwaltung und Industrie.",
      "address": "Hansaring 44, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 33-13",
        "email": "berufsfelderkundung@musterstadt.example",
        "web": "https://www.musterstadt.example/berufsfelderkundung"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Buchung über die Schule, Erkundungstage im Frühjahr",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "praktikum"
      ],
      "updated": "2026-02-22",
      "status": "active"
    },
    {
      "id": "o-0274",
      "title": "KAoA-Potenzialanalyse in Klasse 8 – Schulen Marktfeld und Brückenau",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "marktfeld",
        "brueckenau"
      ],
      "description": "Eintägige Potenzialanalyse nach dem Landesvorhaben „Kein Abschluss ohne Anschluss“: Schülerinnen und Schüler entdecken in praktischen Aufgaben ihre Stärken. Die Ergebnisse werden mit Jugendlichen und Eltern besprochen.",
      "address": "Werftstraße 40, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-91",
        "email": "kaoa@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Termine im ersten Schulhalbjahr nach Schulplan",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "stärken"
      ],
      "updated": "2026-05-30",
      "status": "active"
    },
    {
      "id": "o-0275",
      "title": "KAoA-Potenzialanalyse in Klasse 8 – Schulen im Bezirk Mitte",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel",
        "lindenhof"
      ],
      "description": "Eintägige Potenzialanalyse nach dem Landesvorhaben „Kein Abschluss ohne Anschluss“: Schülerinnen und Schüler entdecken in praktischen Aufgaben ihre Stärken. Die Ergebnisse werden mit Jugendlichen und Eltern besprochen.",
      "address": "Werftstraße 40, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-57",
        "email": "kaoa@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Termine im ersten Schulhalbjahr nach Schulplan",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "stärken"
      ],
      "updated": "2024-11-01",
      "status": "active"
    },
    {
      "id": "o-0276",
      "title": "KAoA-Potenzialanalyse in Klasse 8 – Schulen im Bezirk Nord",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Eintägige Potenzialanalyse nach dem Landesvorhaben „Kein Abschluss ohne Anschluss“: Schülerinnen und Schüler entdecken in praktischen Aufgaben ihre Stärken. Die Ergebnisse werden mit Jugendlichen und Eltern besprochen.",
      "address": "Werftstraße 40, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-53",
        "email": "kaoa@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Termine im ersten Schulhalbjahr nach Schulplan",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "stärken"
      ],
      "updated": "2025-07-23",
      "status": "active"
    },
    {
      "id": "o-0277",
      "title": "KAoA-Potenzialanalyse in Klasse 8 – Schulen im Bezirk Süd",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel",
        "eichenkamp"
      ],
      "description": "Eintägige Potenzialanalyse nach dem Landesvorhaben „Kein Abschluss ohne Anschluss“: Schülerinnen und Schüler entdecken in praktischen Aufgaben ihre Stärken. Die Ergebnisse werden mit Jugendlichen und Eltern besprochen.",
      "address": "Werftstraße 40, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-43",
        "email": "kaoa@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der 8. Klassen",
      "hours": "Termine im ersten Schulhalbjahr nach Schulplan",
      "tags": [
        "beruf",
        "kaoa",
        "berufsorientierung",
        "stärken"
      ],
      "updated": "2025-07-09",
      "status": "active"
    },
    {
      "id": "o-0278",
      "title": "Mobile Jugendarbeit Nord",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "schachtfeld"
      ],
      "description": "Streetworkerinnen und Streetworker sind dort unterwegs, wo sich Jugendliche treffen, und beraten vertraulich zu Schule, Ausbildung, Sucht, Wohnungslosigkeit und Ärger mit der Polizei.",
      "address": "Koloniestraße 12, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 41-64",
        "email": "streetwork@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Jugendliche und junge Erwachsene von 14 bis 27 Jahren",
      "hours": "Di–Sa 15–22 Uhr unterwegs; Büro Mo 10–13 Uhr",
      "tags": [
        "psyche",
        "beratung",
        "wohnen",
        "sucht"
      ],
      "updated": "2024-11-04",
      "status": "active"
    },
    {
      "id": "o-0279",
      "title": "Mädchencafé am Hafen",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Offener Treff für Mädchen ab 11 Jahren mit Selbstbehauptungskursen, Medienprojekten und Beratung durch Sozialarbeiterinnen.",
      "address": "Kanalufer 14, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-15",
        "email": "maedchencafe-am-hafen@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Di und Do 16–19 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "psyche",
        "gewaltprävention"
      ],
      "updated": "2025-01-18",
      "status": "archived"
    },
    {
      "id": "o-0280",
      "title": "Mädchentreff Lila",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel"
      ],
      "description": "Ein geschützter Raum nur für Mädchen und junge Frauen von 10 bis 18 Jahren: Kochen, Tanzen, Hausaufgaben und Gespräche über alles, was gerade wichtig ist.",
      "address": "Bergmannsplatz 109, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 43-27",
        "email": "maedchentreff-lila@awo-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "hours": "Mi 15–19 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "psyche",
        "gewaltprävention"
      ],
      "updated": "2025-08-07",
      "status": "active"
    },
    {
      "id": "o-0281",
      "title": "OT Marktfeld",
      "provider": "Caritasverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "marktfeld",
        "bahnhofsviertel"
      ],
      "description": "Offene Kinder- und Jugendarbeit in Marktfeld: Hausaufgabenraum, Sport- und Medienangebote, Mädchen- und Jungentage. Jugendliche gestalten das Programm im Hausrat mit.",
      "address": "Tulpenweg 107, 40117 Musterstadt",
      "contact": {
        "phone": "0211 555 41-89",
        "email": "ot-marktfeld@caritas-musterstadt.example.org"
      },
      "languages": [
        "de",
        "en",
        "pl"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Jugendliche von 12 bis 27 Jahren",
      "hours": "Mo, Mi, Fr 15–20 Uhr",
      "tags": [
        "freizeit",
        "treff",
        "beratung",
        "bewegung",
        "psyche"
      ],
      "updated": "2025-05-31",
      "status": "active"
    },
    {
      "id": "o-0282",
      "title": "Schulsozialarbeit am Ratsgymnasium Musterstadt",
      "provider": "Stadt Musterstadt – Jugendamt",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "altstadt"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Marktplatz 52, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 12-38",
        "email": "schulsozialarbeit.ratsgymnasium-musterstadt@musterstadt.example"
      },
      "languages": [
        "de",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Do 7:30–15:30 Uhr, Fr 7:30–13 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2026-04-29",
      "status": "active"
    },
    {
      "id": "o-0283",
      "title": "Schulsozialarbeit an der Gesamtschule Mitte",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "altstadt",
        "nordviertel"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Kohlenstraße 37, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 42-72",
        "email": "schulsozialarbeit.gesamtschule-mitte@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–15 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2024-07-28",
      "status": "active"
    },
    {
      "id": "o-0284",
      "title": "Schulsozialarbeit an der Realschule Am Lindenhof",
      "provider": "AWO Kreisverband Musterstadt e. V.",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "lindenhof"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Kastanienweg 88, 40115 Musterstadt",
      "contact": {
        "phone": "0211 555 43-63",
        "email": "schulsozialarbeit.realschule-am-lindenhof@awo-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–15 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2024-03-22",
      "status": "active"
    },
    {
      "id": "o-0285",
      "title": "Schulsozialarbeit an der Realschule Hafenwiesen",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "brueckenau",
        "nordviertel"
      ],
      "description": "Beratung für Schülerinnen und Schüler bei Konflikten, Mobbing, Schulmüdigkeit oder Problemen in der Familie. Die Schulsozialarbeit begleitet neue Fünftklässler beim Ankommen und unterstützt beim Übergang in Ausbildung.",
      "address": "Am Hafenbecken 83, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 42-50",
        "email": "schulsozialarbeit.realschule-hafenwiesen@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule und ihre Eltern",
      "hours": "Mo–Fr 8–15 Uhr",
      "tags": [
        "beratung",
        "schule",
        "psyche",
        "lernen",
        "mobbing"
      ],
      "updated": "2026-10-13",
      "status": "active"
    },
    {
      "id": "o-0286",
      "title": "Streetwork Innenstadt",
      "provider": "Diakonie Musterstadt",
      "field": "jugendhilfe",
      "stages": [
        "sek1",
        "beruf"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "altstadt",
        "bahnhofsviertel"
      ],
      "description": "Streetworkerinnen und Streetworker sind dort unterwegs, wo sich Jugendliche treffen, und beraten vertraulich zu Schule, Ausbildung, Sucht, Wohnungslosigkeit und Ärger mit der Polizei.",
      "address": "Am Stadtgraben 108, 40111 Musterstadt",
      "contact": {
        "phone": "0211 555 42-73",
        "email": "streetwork@diakonie-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Jugendliche und junge Erwachsene von 14 bis 27 Jahren",
      "hours": "Di–Sa 15–22 Uhr unterwegs; Büro Mo 10–13 Uhr",
      "tags": [
        "psyche",
        "beratung",
        "wohnen",
        "sucht"
      ],
      "updated": "2026-08-07",
      "status": "active"
    },
    {
      "id": "o-0287",
      "title": "Streitschlichtung und Klassenrat am Gymnasium Südpark",
      "provider": "Gymnasium Südpark",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "suedpark",
        "rosenhuegel"
      ],
      "description": "Ausgebildete Schülerinnen und Schüler helfen Mitschülern, Konflikte selbst zu lösen. Die Streitschlichtung ist Teil des Schulkonzepts gegen Mobbing und Gewalt.",
      "address": "Parkallee 95, 40131 Musterstadt",
      "contact": {
        "phone": "0211 555 83-85",
        "email": "sekretariat@gymnasium-suedpark.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Schülerinnen und Schüler der Schule",
      "hours": "In den großen Pausen, Raum 012",
      "tags": [
        "schule",
        "konflikt",
        "mobbing",
        "psyche"
      ],
      "updated": "2025-08-13",
      "status": "active"
    },
    {
      "id": "o-0288",
      "title": "Streitschlichtung und Klassenrat an der Gesamtschule Mitte",
      "provider": "Gesamtschule Mitte",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "bahnhofsviertel"
      ],
      "description": "Ausgebildete Schülerinnen und Schüler helfen Mitschülern, Konflikte selbst zu lösen. Die Streitschlichtung ist Teil des Schulkonzepts gegen Mobbing und Gewalt.",
      "address": "Kohlenstraße 37, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 87-41",
        "email": "sekretariat@gesamtschule-mitte.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule",
      "hours": "In den großen Pausen, Raum 012",
      "tags": [
        "schule",
        "konflikt",
        "mobbing",
        "psyche"
      ],
      "updated": "2026-01-25",
      "status": "active"
    },
    {
      "id": "o-0289",
      "title": "Streitschlichtung und Klassenrat an der Gesamtschule Nord",
      "provider": "Gesamtschule Nord",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "nordviertel",
        "schachtfeld"
      ],
      "description": "Ausgebildete Schülerinnen und Schüler helfen Mitschülern, Konflikte selbst zu lösen. Die Streitschlichtung ist Teil des Schulkonzepts gegen Mobbing und Gewalt.",
      "address": "Koloniestraße 19, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 84-31",
        "email": "sekretariat@gesamtschule-nord.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Schülerinnen und Schüler der Schule",
      "hours": "In den großen Pausen, Raum 012",
      "tags": [
        "schule",
        "konflikt",
        "mobbing",
        "psyche"
      ],
      "updated": "2025-03-20",
      "status": "active"
    },
    {
      "id": "o-0290",
      "title": "Streitschlichtung und Klassenrat an der Realschule Hafenwiesen",
      "provider": "Realschule Hafenwiesen",
      "field": "bildung",
      "stages": [
        "sek1"
      ],
      "transitions": [],
      "citywide": false,
      "districts": [
        "hafenwiesen"
      ],
      "description": "Ausgebildete Schülerinnen und Schüler helfen Mitschülern, Konflikte selbst zu lösen. Die Streitschlichtung ist Teil des Schulkonzepts gegen Mobbing und Gewalt.",
      "address": "Am Hafenbecken 83, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 81-20",
        "email": "sekretariat@realschule-hafenwiesen.schulen.musterstadt.example"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Schülerinnen und Schüler der Schule",
      "hours": "In den großen Pausen, Raum 012",
      "tags": [
        "schule",
        "konflikt",
        "mobbing",
        "psyche"
      ],
      "updated": "2026-07-06",
      "status": "active"
    },
    {
      "id": "o-0291",
      "title": "Ausbildungsbegleitung und Assistierte Ausbildung",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "jugendhilfe",
      "stages": [
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "bahnhofsviertel",
        "nordviertel",
        "marktfeld"
      ],
      "description": "Unterstützung für Auszubildende bei Problemen in Berufsschule oder Betrieb: Nachhilfe, Prüfungsvorbereitung und Vermittlung bei Konflikten, damit die Ausbildung nicht abgebrochen wird.",
      "address": "Am Güterbahnhof 3, 40113 Musterstadt",
      "contact": {
        "phone": "0211 555 51-49",
        "email": "ausbildungsbegleitung-und@jbh-musterstadt.example.org"
      },
      "languages": [
        "de",
        "ar",
        "ru"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Junge Menschen von 16 bis 25 Jahren",
      "hours": "Mo–Do 8–16 Uhr, Fr 8–13 Uhr",
      "tags": [
        "beruf",
        "ausbildung",
        "werkstatt",
        "lernen"
      ],
      "updated": "2026-05-05",
      "status": "active"
    },
    {
      "id": "o-0292",
      "title": "Jugendwerkstatt Nord",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "jugendhilfe",
      "stages": [
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "nordviertel",
        "hafenwiesen",
        "bahnhofsviertel"
      ],
      "description": "Praktisches Arbeiten, Bewerbungstraining und sozialpädagogische Begleitung für junge Menschen, die die Schule ohne Anschluss verlassen haben. Einstieg jederzeit nach Erstgespräch.",
      "address": "Hüttenweg 90, 40121 Musterstadt",
      "contact": {
        "phone": "0211 555 51-34",
        "email": "jugendwerkstatt-nord@jbh-musterstadt.example.org"
      },
      "languages": [
        "de",
        "tr",
        "uk"
      ],
      "cost": {
        "free": true
      },
      "accessible": true,
      "eligibility": "Junge Menschen von 16 bis 25 Jahren",
      "hours": "Mo–Do 8–16 Uhr, Fr 8–13 Uhr",
      "tags": [
        "beruf",
        "ausbildung",
        "werkstatt",
        "lernen"
      ],
      "updated": "2026-08-10",
      "status": "active"
    },
    {
      "id": "o-0293",
      "title": "Produktionsschule Hafenwiesen",
      "provider": "Jugendberufshilfe Musterstadt gGmbH",
      "field": "jugendhilfe",
      "stages": [
        "beruf"
      ],
      "transitions": [
        "t-beruf"
      ],
      "citywide": false,
      "districts": [
        "hafenwiesen",
        "schachtfeld",
        "brueckenau"
      ],
      "description": "Junge Menschen ohne Ausbildungsplatz arbeiten in Holz-, Metall- und Küchenwerkstatt an echten Aufträgen, holen bei Bedarf den Hauptschulabschluss nach und werden in Ausbildung vermittelt.",
      "address": "Am Hafenbecken 111, 40125 Musterstadt",
      "contact": {
        "phone": "0211 555 51-18",
        "email": "produktionsschule@jbh-musterstadt.example.org"
      },
      "languages": [
        "de"
      ],
      "cost": {
        "free": true
      },
      "accessible": false,
      "eligibility": "Junge Menschen von 16 bis 25 Jahren",
      "hours": "Mo–Do 8–16 Uhr, Fr 8–13 Uhr",
      "tags": [
        "beruf",
        "ausbildung",
        "werkstatt",
        "lernen"
      ],
      "updated": "2026-04-16",
      "status": "active"
    }
  ]
}

"""#
}
