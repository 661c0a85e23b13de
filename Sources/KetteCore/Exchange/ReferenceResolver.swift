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
                for key in [GermanFolding.fold(item.id), GermanFolding.fold(item.name)]
                where !(byFoldedName[key]?.contains(item.id) ?? false) {
                    byFoldedName[key, default: []].append(item.id)
                }
            }
        }
        func resolve(_ text: String) -> Result {
            if ids.contains(text) { return .found(text) }
            let matches = byFoldedName[GermanFolding.fold(text)] ?? []
            switch matches.count {
            case 0: return .unknown(text)
            case 1: return .found(matches[0])
            default: return .ambiguous(text, matches)
            }
        }
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
