import Foundation
import Testing
import KetteCore
import KetteDemo
@testable import KetteTUI
#if canImport(Glibc)
import Glibc
#endif

/// The demo store with escape sequences and control characters in every text field.
enum HostileStore {
    /// Clear screen, set the window title, bell, C1 CSI, DEL, NUL, carriage return, a bidi override.
    static let text = "\u{1B}[2J\u{1B}]0;x\u{07}\u{9B}31m\u{7F}\u{0}\r\u{202E}"

    /// Keys whose strings are ids, references, codes, enumerations or dates: changing them would
    /// make the store invalid rather than hostile.
    static let structural: Set<String> = [
        "id", "format", "locale", "stages", "transitions", "districts", "languages", "field", "status",
        "updated", "created", "from", "to", "indicator", "district", "better", "birthMonth", "followUp",
        "indicators", "needs", "offer", "until",
    ]

    /// Every string that is free text gets the hostile text before and after it.
    static func poison(_ node: JSONNode, key: String? = nil) -> JSONNode {
        switch node.kind {
        case .string(let s):
            guard let key, !structural.contains(key) else { return node }
            return .string(text + s + text)
        case .array(let a): return .array(a.map { poison($0, key: key) })
        case .object(let m): return .object(m.map { JSONMember($0.key, poison($0.value, key: $0.key)) })
        default: return node
        }
    }

    static var files: [String: String] {
        DemoStore.files.mapValues { JSONWriter.pretty(poison(try! JSONParser.parse($0))) }
    }

    static let loaded = try! StoreLoader.load(from: MemoryStoreSource(name: "hostile", files: files))
    static var store: Store { loaded.store }
}

@Suite struct HostileStoreScreenTests {
    @Test func theHostileStoreIsValidAndHostile() {
        #expect(HostileStore.loaded.isValid, "\(HostileStore.loaded.errors.prefix(5))")
        let s = HostileStore.store
        #expect(s.info.municipality.hasPrefix(HostileStore.text))
        #expect(s.offers.allSatisfy { $0.title.hasPrefix(HostileStore.text) && $0.provider.hasSuffix(HostileStore.text) })
        #expect(s.offers.contains { $0.contact?.phone?.hasPrefix(HostileStore.text) == true && $0.hours?.hasPrefix(HostileStore.text) == true })
        #expect(s.districts.allSatisfy { $0.name.hasPrefix(HostileStore.text) })
        #expect(s.indicators.allSatisfy { $0.unit.hasPrefix(HostileStore.text) && $0.source.hasPrefix(HostileStore.text) })
        #expect(s.leitbild.principles.allSatisfy { $0.text.hasPrefix(HostileStore.text) })
    }

    /// Cells holding a scalar that must never reach the terminal.
    func unsafeCells(_ b: ScreenBuffer) -> [String] {
        var found: [String] = []
        for y in 0..<b.height {
            for x in 0..<b.width where b[x, y].character.unicodeScalars.contains(where: TerminalText.isUnsafe) {
                found.append("(\(x),\(y)) \(b[x, y].character.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
        return found
    }

    func check(_ state: AppState, _ name: String, showsStoreText: Bool = true,
               sourceLocation: SourceLocation = #_sourceLocation) {
        let screen = state.screen
        let unsafe = unsafeCells(screen)
        #expect(unsafe.isEmpty, "\(name): \(unsafe.prefix(5))\n\(screen.text)", sourceLocation: sourceLocation)
        if showsStoreText {
            // The hostile text is there, shown escaped.
            #expect(screen.text.contains("\\x1B["), "\(name):\n\(screen.text)", sourceLocation: sourceLocation)
        }
    }

    func state(width: Int = 80, height: Int = 24, strings: Strings = .german) -> AppState {
        TUIFixture.state(HostileStore.store, width: width, height: height, strings: strings)
    }

    @Test(arguments: zip([80, 140, 60], [24, 40, 15]))
    func everyScreenShowsControlCharactersEscaped(w: Int, h: Int) {
        var s = state(width: w, height: h)
        check(s, "chain")
        s.send(.character("4"), .enter)
        #expect(s.current.screen == .offers(.stage("kita")))
        check(s, "offer list")
        s.send(.character("s"))
        check(s, "offer list sorted by provider")
        s.send(.enter)
        guard case .detail = s.current.screen else { Issue.record("no detail: \(s.current.screen)"); return }
        check(s, "detail")
        s.send(.pageDown, .pageDown, .end)
        check(s, "detail scrolled")

        var search = state(width: w, height: h)
        search.send(.character("/"))
        search.type("sprach")
        check(search, "search typing")
        search.send(.enter)
        #expect(search.current.screen == .searchResults)
        check(search, "search results")
        search.send(.enter)
        check(search, "detail from search")
        search.send(.character("n"))
        check(search, "next result")

        var filter = state(width: w, height: h)
        filter.send(.character("f"))
        check(filter, "filter picker", showsStoreText: false)
        filter.send(.enter)
        check(filter, "district list in the picker")
        filter.send(.down, .enter, .escape)
        #expect(filter.filter.district != nil)
        check(filter, "chain with a district filter (status line)")

        var help = state(width: w, height: h)
        help.send(.character("?"))
        check(help, "help", showsStoreText: false)

        var monitoring = state(width: w, height: h)
        monitoring.send(.character("m"))
        #expect(monitoring.current.screen == .monitoring)
        check(monitoring, "monitoring")
        monitoring.send(.right, .character("s"))
        check(monitoring, "monitoring sorted")
        monitoring.send(.enter)
        guard case .district = monitoring.current.screen else { Issue.record("no district: \(monitoring.current.screen)"); return }
        check(monitoring, "district detail")
        monitoring.send(.end)
        check(monitoring, "district detail scrolled")

        var gaps = state(width: w, height: h)
        gaps.send(.character("a"))
        #expect(gaps.current.screen == .gaps)
        check(gaps, "gaps")
        gaps.send(.down, .down, .right, .enter)
        guard case .gapCell = gaps.current.screen else { Issue.record("no gap cell: \(gaps.current.screen)"); return }
        check(gaps, "gap cell list")

        var leitbild = state(width: w, height: h)
        leitbild.send(.character("b"))
        #expect(leitbild.current.screen == .leitbild)
        check(leitbild, "Leitbild")
        leitbild.send(.end)
        check(leitbild, "Leitbild scrolled")

        var present = state(width: w, height: h)
        present.send(.character("p"))
        for slide in 0..<4 {
            check(present, "presentation slide \(slide + 1)")
            present.send(.character(" "))
        }

        var english = state(width: w, height: h, strings: .english)
        english.send(.character("4"), .enter, .enter)
        check(english, "English detail")
    }

    @Test func aWindowTooSmallShowsNoStoreText() {
        check(state(width: 30, height: 10), "too small", showsStoreText: false)
    }

    @Test func theNavigatorOpensOnAReadOnlyStore() throws {
        let dir = NSTemporaryDirectory() + "kette-ro-" + UUID().uuidString
        try StoreWriter.create(files: HostileStore.files, at: dir)
        for f in try FileManager.default.contentsOfDirectory(atPath: dir) where f.hasSuffix(".json") { chmod(dir + "/" + f, 0o444) }
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755) }
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir))
        #expect(loaded.isValid, "\(loaded.errors.prefix(3))")
        var s = AppState(store: loaded.store, strings: .german, storeLabel: loaded.store.info.municipality, isDemo: false)
        check(s, "chain of a read-only store")
        #expect(s.screen.line(0).contains("Kette · \\x1B[2J"))
        s.send(.character("4"), .enter, .enter, .character("m"), .enter, .character("a"), .character("b"))
        check(s, "Leitbild of a read-only store")
    }

    /// Fields of a megabyte (one word, no spaces, full of control characters) are drawn escaped
    /// and cut to the screen. (Ten megabytes work too, but take seconds per screen in a debug
    /// build: sorting folds the titles, the detail wraps the whole text.)
    @Test func hugeFieldsAreDrawnEscaped() throws {
        var files = DemoStore.files
        let word = String(repeating: "Ä\u{1B}", count: 500_000)
        var offers = try JSONParser.parse(files["offers.json"]!)
        guard case .object(var members) = offers.kind, case .array(var list) = members[0].value.kind,
              case .object(var first) = list[0].kind else { Issue.record("unexpected demo"); return }
        for i in first.indices where ["title", "provider", "description"].contains(first[i].key) {
            first[i].value = .string(word)
        }
        list[0] = .object(first)
        members[0].value = .array(list)
        offers = .object(members)
        files["offers.json"] = JSONWriter.compact(offers)
        let loaded = try StoreLoader.load(from: MemoryStoreSource(name: "huge", files: files))
        #expect(loaded.isValid, "\(loaded.errors.prefix(3))")
        let id = loaded.store.offers[0].id
        let stage = loaded.store.offers[0].stages.first ?? "kita"
        var s = TUIFixture.state(loaded.store)
        let start = Date()
        s.send(.character(Character(String((loaded.store.stages.firstIndex { $0.id == stage } ?? 0) + 1))), .enter)
        check(s, "list with a huge title", showsStoreText: false)
        s.open(offer: id)
        #expect(s.current.screen == .detail(offerID: id))
        check(s, "detail with a huge description", showsStoreText: false)
        #expect(s.screen.text.contains("Ä\\x1BÄ\\x1B"))
        s.send(.pageDown)
        check(s, "detail scrolled", showsStoreText: false)
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 30, "rendering took \(elapsed) s")
    }
}
