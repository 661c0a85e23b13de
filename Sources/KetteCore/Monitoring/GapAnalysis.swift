/// The Lückenanalyse: for every stage and transition and every district, how many active offers
/// serve it. A cell is flagged when a strained district (see ``Monitoring/isStrained(_:)``) has no
/// or few offers of its own there: that is where the chain breaks.
public struct GapAnalysis: Sendable {
    public enum Level: String, Sendable, Hashable { case none, few, enough }

    public struct Cell: Sendable, Hashable {
        public var item: String
        public var district: String
        /// Offers that name the district and are not city-wide.
        public var local: Int
        /// City-wide offers (they serve every district, but often far away).
        public var citywide: Int
        public var level: Level
        public var flagged: Bool
        public var total: Int { local + citywide }
    }

    /// At most this many local offers count as "few".
    public static let fewThreshold = 2

    public let items: [ChainRow]
    public let districts: [District]
    private let cells: [String: Cell]

    /// A row of the analysis: a stage or a transition, in chain order.
    public struct ChainRow: Sendable, Hashable {
        public var id: String
        public var title: String
        public var isTransition: Bool
    }

    public init(store: Store, monitoring: Monitoring? = nil) {
        let monitoring = monitoring ?? Monitoring(store: store)
        var rows: [ChainRow] = []
        for row in ChainText.rows(store) {
            if let s = row.stage { rows.append(ChainRow(id: s.id, title: s.title, isTransition: false)) }
            if let t = row.transition { rows.append(ChainRow(id: t.id, title: t.title, isTransition: true)) }
        }
        items = rows
        districts = store.districts
        // Counted by row and district number: no string keys per offer.
        var rowOf: [String: Int] = [:]
        for (k, row) in rows.enumerated() where rowOf[row.id] == nil { rowOf[row.id] = k }
        var districtOf: [String: Int] = [:]
        for (k, d) in store.districts.enumerated() where districtOf[d.id] == nil { districtOf[d.id] = k }
        let width = store.districts.count
        var localCounts = [Int](repeating: 0, count: rows.count * width)
        var citywideCounts = [Int](repeating: 0, count: rows.count)
        var offerRows: [Int] = [], offerDistricts: [Int] = []
        for o in store.offers where o.isActive {
            // Each row and district once per offer, however often the offer names it.
            offerRows.removeAll(keepingCapacity: true)
            for id in o.stages { if let r = rowOf[id], !offerRows.contains(r) { offerRows.append(r) } }
            for id in o.transitions { if let r = rowOf[id], !offerRows.contains(r) { offerRows.append(r) } }
            // A city-wide offer counts once, as city-wide, even when it also names districts:
            // it must neither fill a local gap nor be counted twice in a cell's total.
            if o.citywide {
                for r in offerRows { citywideCounts[r] += 1 }
                continue
            }
            offerDistricts.removeAll(keepingCapacity: true)
            for id in o.districts { if let d = districtOf[id], !offerDistricts.contains(d) { offerDistricts.append(d) } }
            for d in offerDistricts {
                for r in offerRows { localCounts[r * width + d] += 1 }
            }
        }
        var cells: [String: Cell] = [:]
        for (r, row) in rows.enumerated() {
            let firstRow = rowOf[row.id] ?? r
            for (k, d) in store.districts.enumerated() {
                let l = localCounts[firstRow * width + (districtOf[d.id] ?? k)]
                let level: Level = l == 0 ? .none : (l <= Self.fewThreshold ? .few : .enough)
                cells["\(row.id)\u{1F}\(d.id)"] = Cell(item: row.id, district: d.id, local: l,
                                                      citywide: citywideCounts[firstRow], level: level,
                                                      flagged: level != .enough && monitoring.isStrained(d.id))
            }
        }
        self.cells = cells
    }

    public func cell(item: String, district: String) -> Cell? { cells["\(item)\u{1F}\(district)"] }

    /// Every flagged cell, in chain order then district order.
    public var flagged: [Cell] {
        items.flatMap { row in districts.compactMap { cell(item: row.id, district: $0.id) } }.filter(\.flagged)
    }
}
