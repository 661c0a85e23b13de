import Foundation
import Testing
import KetteCore
import KetteDemo
@testable import KetteTUI

/// What the navigator shows when a save, a case file or a reload fails: in German by default,
/// with no English left over, and in English with `--lang en`.
@Suite struct ErrorLanguageTests {
    static let englishWords = ["failed", "cannot", "changed by", "permissions", "nothing was saved", "read-only",
                               "Not saved", "input is kept", "opening", "Is a directory", "Fix:", "missing", "the store"]

    static func english(in text: String) -> [String] { englishWords.filter { text.contains($0) } }

    /// An offer form on a store on disk whose lock file is a directory: every save fails, without a conflict.
    func failingSave(_ strings: Strings) throws -> (AppState, String) {
        let dir = NSTemporaryDirectory() + "kette-tui-errors-" + UUID().uuidString
        try StoreWriter.create(TUIFixture.tricky, at: dir)
        let source = DirectoryStoreSource(path: dir)
        var state = AppState(store: try StoreLoader.load(from: source).store, strings: strings, storeLabel: "Teststadt",
                             isDemo: false, width: 200, height: 30)
        state.today = EditFixture.today
        state.send(.character("2"), .enter)
        state.open(offer: "long")
        state.send(.character("e"))
        state.type("!")
        guard case .saveOffer(let change) = state.effect(.ctrlS) else {
            Issue.record("no save")
            return (state, dir)
        }
        try? FileManager.default.removeItem(atPath: dir + "/.kette.lock")
        try FileManager.default.createDirectory(atPath: dir + "/.kette.lock", withIntermediateDirectories: false)
        Navigator.perform(change, on: &state, source: source, watcher: nil)
        return (state, dir)
    }

    @Test func aFailedSaveIsExplainedInGerman() throws {
        let (state, dir) = try failingSave(.german)
        let notice = try #require(state.openForm?.form.notice)
        #expect(notice == "Nicht gespeichert: \(dir)/.kette.lock: Öffnen der Sperrdatei fehlgeschlagen: ist ein Verzeichnis "
            + "– Ihre Eingaben sind erhalten.")
        #expect(Self.english(in: notice).isEmpty, "\(notice)")
        let text = state.screen.lines.joined(separator: "\n")
        #expect(text.contains("Nicht gespeichert: \(dir)/.kette.lock: Öffnen der Sperrdatei fehlgeschlagen"), "\(text)")
        #expect(Self.english(in: text).isEmpty, "\(text)")
        #expect(state.openForm?.form.text("title").hasSuffix("!") == true)
    }

    @Test func aFailedSaveIsExplainedInEnglishWithLangEn() throws {
        let (state, dir) = try failingSave(.english)
        #expect(state.openForm?.form.notice == "Not saved: \(dir)/.kette.lock: opening the lock file failed: Is a directory "
            + "– your input is kept.")
        #expect(state.screen.lines.joined(separator: "\n").contains("opening the lock file failed"))
    }

    /// A copy of the demo on disk with its case store, as the navigator opens it.
    func caseState(_ strings: Strings) throws -> (AppState, String) {
        let dir = NSTemporaryDirectory() + "kette-tui-errors-" + UUID().uuidString
        try StoreWriter.create(files: DemoStore.files, at: dir)
        let loaded = try StoreLoader.load(from: DirectoryStoreSource(path: dir), includeCases: false)
        var s = AppState(store: loaded.store, strings: strings, storeLabel: "Musterstadt", isDemo: false, width: 200, height: 30)
        s.today = Day("2026-11-21")!
        s.caseStore = try DirectoryCaseStore(path: dir, store: loaded.store, user: OSUser(name: "fk1", groups: ["jugendamt"]),
                                             clock: .fixed(Day("2026-11-21")!))
        return (s, dir)
    }

    /// A case file others can read is skipped by the list; the note above it was German with an
    /// English reason ("permissions 0644 are too open … Fix: chmod 600 …").
    @Test func aCaseFileOpenToOthersIsNamedInGermanAboveTheList() throws {
        var (s, dir) = try caseState(.german)
        chmod("\(dir)/cases/demo-001.json", 0o644)
        s.send(.character("F"))
        #expect(s.current.screen == .cases)
        let text = s.screen.lines.joined(separator: "\n")
        #expect(text.contains("1 Falldatei nicht lesbar: \(dir)/cases/demo-001.json: Rechte 0644 sind zu offen"), "\(text)")
        #expect(s.message?.hasSuffix("Abhilfe: chmod 600 \(dir)/cases/demo-001.json") == true, "\(s.message ?? "")")
        #expect(Self.english(in: s.message ?? "").isEmpty, "\(s.message ?? "")")

        var (en, enDir) = try caseState(.english)
        chmod("\(enDir)/cases/demo-001.json", 0o644)
        en.send(.character("F"))
        #expect(en.message?.contains("1 case file cannot be read: cases/demo-001.json:1:1: error: ") == true, "\(en.message ?? "")")
        #expect(en.message?.contains("permissions 0644 are too open") == true)
    }

    /// A case save that meets a colleague's newer version: the notice and the status line are German.
    @Test func aCaseConflictIsExplainedInGerman() throws {
        var (s, dir) = try caseState(.german)
        s.openCaseList()
        s.openCase(id: "demo-002")
        s.send(.character("e"))
        let notes = try #require(s.openForm?.form.index(of: "notes"))
        s.send(Array(repeating: .tab, count: notes))
        s.send(.end)
        s.type(" Meine Ergänzung.")
        let other = try DirectoryCaseStore(path: dir, store: s.store, user: OSUser(name: "kollegin", groups: []),
                                           clock: .fixed(Day("2026-11-21")!))
        var theirs = try other.read("demo-002")
        theirs.notes = "Ihre Fassung"
        _ = try other.save(theirs)
        s.send(.ctrlS)
        let notice = try #require(s.openForm?.form.notice)
        #expect(notice.contains("Konflikt") && notice.contains("kollegin") && Self.english(in: notice).isEmpty, "\(notice)")
        #expect(Self.english(in: s.screen.lines.joined(separator: "\n")).isEmpty)
    }

    /// The store cannot be opened any more when a change is seen: the reason, in German.
    @Test func aReloadThatCannotOpenTheStoreSaysWhyInGerman() throws {
        let dir = NSTemporaryDirectory() + "kette-tui-errors-" + UUID().uuidString
        try StoreWriter.create(TUIFixture.tricky, at: dir)
        let source = DirectoryStoreSource(path: dir)
        let watcher = StoreWatcher(source: source)
        for strings in [Strings.german, .english] {
            var state = AppState(store: try StoreLoader.load(from: source).store, strings: strings, storeLabel: "Teststadt",
                                 isDemo: false, width: 200, height: 30)
            try FileManager.default.moveItem(atPath: dir + "/store.json", toPath: dir + "/store.json.weg")
            Navigator.reload(&state, from: watcher)
            try FileManager.default.moveItem(atPath: dir + "/store.json.weg", toPath: dir + "/store.json")
            let message = try #require(state.message)
            if strings.language == .de {
                #expect(message.hasPrefix("Änderung erkannt, aber der Datenbestand lässt sich nicht öffnen: \(dir)/store.json: fehlt; "),
                        "\(message)")
                #expect(message.hasSuffix("– die bisherigen Daten bleiben angezeigt."))
                #expect(Self.english(in: message).isEmpty, "\(message)")
                #expect(state.screen.lines.joined(separator: "\n").contains("lässt sich nicht öffnen"))
            } else {
                #expect(message.hasPrefix("A change was seen, but the store cannot be opened: \(dir)/store.json: missing; "), "\(message)")
            }
        }
    }
}
