import KetteCore
import KetteDemo
@testable import KetteTUI

/// Builds navigator states over the demo store or a small hand-made store, and drives them
/// with keys as a person would.
enum TUIFixture {
    static let demo = try! StoreLoader.load(from: DemoStore.source(), includeCases: true).store

    /// A small store with hard cases for a terminal: long German compounds, Arabic, Cyrillic,
    /// CJK, an escape sequence, and a provider shared by several offers.
    static let tricky: Store = {
        let files: [String: String] = [
            "store.json": #"{"format": "kette-store", "version": 1, "municipality": "Teststadt", "locale": "de-DE"}"#,
            "leitbild.json": #"{"title": "L", "preamble": "", "goals": [], "principles": []}"#,
            "stages.json": #"""
            {"stages": [
              {"id": "a", "title": "Schwangerschaft und Geburt", "fromMonths": -9, "toMonths": 0},
              {"id": "b", "title": "Kindertagesbetreuungseinrichtungsübergangsphase", "fromMonths": 0, "toMonths": 72},
              {"id": "c", "title": "Schule und Beruf", "fromMonths": 72, "toMonths": 300}],
             "transitions": [{"id": "t", "from": "b", "to": "c", "title": "Einschulung"}]}
            """#,
            "districts.json": #"{"districts": [{"id": "nord", "name": "Nordstadt"}, {"id": "sued", "name": "Südstadt"}]}"#,
            "offers.json": #"""
            {"offers": [
              {"id": "ar", "title": "استشارة الأسرة – Familienberatung auf Arabisch", "provider": "Caritas", "field": "soziales",
               "stages": ["b"], "transitions": [], "citywide": false, "districts": ["nord"], "languages": ["ar", "de"],
               "cost": {"free": true}, "accessible": true, "updated": "2026-01-01",
               "description": "Beratung für Mütter. Телефон: 0211 555. 家庭 wide."},
              {"id": "long", "title": "Kinderbetreuungsfinanzierungsberatungsangebot für Alleinerziehende", "provider": "Stadt", "field": "jugendhilfe",
               "stages": ["b"], "transitions": ["t"], "citywide": true, "districts": [], "languages": ["de", "uk"],
               "cost": {"free": false, "note": "5 €"}, "accessible": false, "updated": "2026-01-01",
               "contact": {"phone": "0211 555 12-34", "email": "info@example.org"}, "hours": "Mo–Fr 9–12 Uhr"},
              {"id": "esc", "title": "Böse\u001b[2J\u001b]0;pwned\u0007 Angebot", "provider": "X\u001b[31m", "field": "bildung",
               "stages": ["b"], "transitions": [], "citywide": false, "districts": ["sued"], "languages": ["de"],
               "cost": {"free": true}, "accessible": false, "updated": "2026-01-01"}
            ]}
            """#,
            "indicators.json": #"{"indicators": [], "values": []}"#,
        ]
        return try! StoreLoader.load(from: MemoryStoreSource(name: "t", files: files), includeCases: true).store
    }()

    static func state(_ store: Store = demo, width: Int = 80, height: Int = 24, strings: Strings = .german) -> AppState {
        AppState(store: store, strings: strings, storeLabel: store.info.municipality, isDemo: true, width: width, height: height)
    }
}

extension AppState {
    /// Sends events one after another.
    mutating func send(_ events: Event...) { for e in events { _ = update(e) } }
    mutating func send(_ events: [Event]) { for e in events { _ = update(e) } }
    mutating func type(_ text: String) { send(Event.typing(text)) }

    var screen: ScreenBuffer { Renderer.render(self) }

    /// From an offer list, selects the offer with this id and opens it.
    mutating func open(offer id: String) {
        let index = currentList.firstIndex { $0.id == id }!
        send(.home)
        send(Array(repeating: .down, count: index))
        send(.enter)
    }
}

extension ScreenBuffer {
    /// The row that holds `text`, if any.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }
}
