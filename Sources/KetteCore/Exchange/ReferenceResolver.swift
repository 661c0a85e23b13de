/// Finds stages, transitions and districts by id, or by title or name with German folding
/// (`Suedstadt` = `Südstadt`), for imports written by people rather than programs.
struct ReferenceResolver {
    enum Result: Equatable {
        case found(String)
        case unknown(String)
        case ambiguous(String, [String])
    }

    private struct Table {
        var ids: Set<String>
        var byFoldedName: [[UInt8]: [String]]
        init(_ items: [(id: String, name: String)]) {
            ids = Set(items.map(\.id))
            byFoldedName = [:]
            for item in items {
                for key in [ReferenceResolver.key(item.id), ReferenceResolver.key(item.name)]
                where !(byFoldedName[key]?.contains(item.id) ?? false) {
                    byFoldedName[key, default: []].append(item.id)
                }
            }
        }
        func resolve(_ text: String) -> Result {
            if ids.contains(text) { return .found(text) }
            let matches = byFoldedName[ReferenceResolver.key(text)] ?? []
            switch matches.count {
            case 0: return .unknown(text)
            case 1: return .found(matches[0])
            default: return .ambiguous(text, matches)
            }
        }
    }

    /// What a title or name is compared by: German folding, with every dash (`–`, `—`, `−`, `‐`) as
    /// `-`, an arrow (`→`, `⇒`) as `->` and runs of white space as one space, so that
    /// `Kleinkind (1-3 Jahre)` typed in Excel finds the stage titled `Kleinkind (1–3 Jahre)`.
    static func key(_ text: String) -> [UInt8] {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                space = true
                continue
            }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            switch s.value {
            case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: out.append("-")
            case 0x2192, 0x21D2, 0x27F6, 0x27F9: out.append(contentsOf: "->".unicodeScalars)
            default: out.append(s)
            }
        }
        return GermanFolding.fold(String(out))
    }

    private let stages: Table
    private let transitions: Table
    private let districts: Table

    init(store: Store) {
        stages = Table(store.stages.map { ($0.id, $0.title) })
        transitions = Table(store.transitions.map { ($0.id, $0.title) })
        districts = Table(store.districts.map { ($0.id, $0.name) })
    }

    func stage(_ text: String) -> Result { stages.resolve(text) }
    func transition(_ text: String) -> Result { transitions.resolve(text) }
    func district(_ text: String) -> Result { districts.resolve(text) }
}
