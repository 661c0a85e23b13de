/// The sozialräumliches Monitoring computed from a store: municipal averages, each district's
/// position and trend per indicator. Suppressed values are never used as numbers.
public struct Monitoring: Sendable {
    /// One district's value of one indicator, with its history.
    public struct Cell: Sendable, Hashable {
        public var district: String
        public var indicator: String
        /// The latest year with a value or a suppression, and its value (nil when suppressed or missing).
        public var year: Int?
        public var value: Double?
        public var suppressed: Bool
        public var assessment: Assessment?
        public var trend: Trend?
        /// Every year of the indicator, oldest first; nil where suppressed or missing.
        public var series: [(year: Int, value: Double?)]

        public static func == (a: Cell, b: Cell) -> Bool {
            a.district == b.district && a.indicator == b.indicator && a.year == b.year && a.value == b.value
                && a.suppressed == b.suppressed && a.assessment == b.assessment && a.trend == b.trend
        }
        public func hash(into h: inout Hasher) { h.combine(district); h.combine(indicator) }
    }

    public let store: Store
    /// Years with any value, ascending.
    public let years: [Int]
    private var cellIndex: [String: Cell] = [:]
    private var averageIndex: [String: Double] = [:]

    public init(store: Store) {
        self.store = store
        years = Array(Set(store.values.map(\.year))).sorted()
        var byKey: [String: IndicatorValue] = [:]
        for v in store.values { byKey[Self.key(v.indicator, v.district, v.year)] = v }
        let weights = Dictionary(store.districts.map { ($0.id, $0.children) }, uniquingKeysWith: { a, _ in a })
        // Averages per indicator and year: weighted by children 0–17 when every contributing district
        // has a count, otherwise the plain mean of the districts.
        for ind in store.indicators {
            for year in years {
                let points = store.districts.compactMap { d -> (Double, Int?)? in
                    guard let v = byKey[Self.key(ind.id, d.id, year)], !v.suppressed, let x = v.value else { return nil }
                    return (x, weights[d.id] ?? nil)
                }
                guard !points.isEmpty else { continue }
                let avg: Double
                if points.allSatisfy({ ($0.1 ?? 0) > 0 }) {
                    let total = points.map { Double($0.1!) }.reduce(0, +)
                    avg = points.map { $0.0 * Double($0.1!) }.reduce(0, +) / total
                } else {
                    avg = points.map(\.0).reduce(0, +) / Double(points.count)
                }
                averageIndex[Self.key(ind.id, "", year)] = avg
            }
        }
        for ind in store.indicators {
            for d in store.districts {
                var series: [(year: Int, value: Double?)] = []
                var latest: IndicatorValue?
                for year in years {
                    let v = byKey[Self.key(ind.id, d.id, year)]
                    series.append((year, v?.suppressed == false ? v?.value : nil))
                    if let v { latest = v }
                }
                var cell = Cell(district: d.id, indicator: ind.id, year: latest?.year,
                                value: latest?.suppressed == false ? latest?.value : nil,
                                suppressed: latest?.suppressed ?? false, assessment: nil, trend: nil, series: series)
                if let value = cell.value, let year = cell.year, let avg = averageIndex[Self.key(ind.id, "", year)] {
                    cell.assessment = Assessment.of(value, average: avg, better: ind.better)
                }
                cell.trend = Trend.of(series.compactMap { p in p.value.map { (p.year, $0) } }, better: ind.better)
                cellIndex[Self.key(ind.id, d.id, 0)] = cell
            }
        }
    }

    private static func key(_ i: String, _ d: String, _ y: Int) -> String { "\(i)\u{1F}\(d)\u{1F}\(y)" }

    /// The municipal average of an indicator in a year (nil when no district has a value).
    public func average(_ indicator: String, year: Int) -> Double? { averageIndex[Self.key(indicator, "", year)] }

    /// The latest year with an average, and that average.
    public func latestAverage(_ indicator: String) -> (year: Int, value: Double)? {
        for year in years.reversed() {
            if let v = average(indicator, year: year) { return (year, v) }
        }
        return nil
    }

    /// The municipal averages over the years, oldest first.
    public func averageSeries(_ indicator: String) -> [(year: Int, value: Double)] {
        years.compactMap { y in average(indicator, year: y).map { (y, $0) } }
    }

    /// The municipal trend of an indicator.
    public func averageTrend(_ indicator: String) -> Trend? {
        guard let ind = store.indicator(id: indicator) else { return nil }
        return Trend.of(averageSeries(indicator), better: ind.better)
    }

    public func cell(district: String, indicator: String) -> Cell? { cellIndex[Self.key(indicator, district, 0)] }

    /// How strained a district is: the share of its assessed indicators that are worse than the
    /// average in their latest year (0…1), and how many were assessed.
    public func strain(of district: String) -> (share: Double, assessed: Int) {
        let assessed = store.indicators.compactMap { cell(district: district, indicator: $0.id)?.assessment }
        guard !assessed.isEmpty else { return (0, 0) }
        return (Double(assessed.filter { $0 == .worse }.count) / Double(assessed.count), assessed.count)
    }

    /// Districts whose indicators are worse than average in at least half of the assessed ones.
    public func isStrained(_ district: String) -> Bool {
        let s = strain(of: district)
        return s.assessed > 0 && s.share >= 0.5
    }

    /// Districts ordered by an indicator's latest value, worst first (suppressed and missing last).
    public func districts(sortedBy indicator: String) -> [District] {
        guard let ind = store.indicator(id: indicator) else { return store.districts }
        return store.districts.sorted { a, b in
            let va = cell(district: a.id, indicator: indicator)?.value
            let vb = cell(district: b.id, indicator: indicator)?.value
            switch (va, vb) {
            case let (x?, y?): return x == y ? a.name < b.name : (ind.better == .lower ? x > y : x < y)
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.name < b.name
            }
        }
    }
}
