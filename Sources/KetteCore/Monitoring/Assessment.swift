/// Where a district's value stands against the municipal average, taking into account whether a
/// lower or a higher value is better. Views show it with a symbol as well as a colour.
public enum Assessment: String, Sendable, CaseIterable, Hashable {
    case better, average, worse

    /// Values within this relative distance of the average count as "about average".
    public static let tolerance = 0.05

    public static func of(_ value: Double, average: Double, better: Indicator.Better) -> Assessment {
        let scale = max(abs(average), 1e-9)
        let relative = (value - average) / scale
        if abs(relative) < tolerance { return .average }
        let higher = relative > 0
        return (higher == (better == .higher)) ? .better : .worse
    }

    /// A symbol that carries the meaning without colour.
    public var symbol: String {
        switch self {
        case .better: "+"
        case .average: "="
        case .worse: "−"
        }
    }
}

/// How an indicator moved over the years.
public struct Trend: Sendable, Hashable {
    public enum Direction: String, Sendable, Hashable { case rising, falling, flat }

    public var direction: Direction
    /// True when the movement is good for children (falling for "lower is better"), nil when flat.
    public var improving: Bool?
    /// Change per year (least-squares slope).
    public var slope: Double

    /// A year-over-year change smaller than this share of the mean counts as flat.
    public static let flatThreshold = 0.01

    /// The trend of a series of (year, value); nil with fewer than two values.
    public static func of(_ series: [(year: Int, value: Double)], better: Indicator.Better) -> Trend? {
        guard series.count >= 2 else { return nil }
        let n = Double(series.count)
        let mx = series.map { Double($0.year) }.reduce(0, +) / n
        let my = series.map(\.value).reduce(0, +) / n
        var num = 0.0, den = 0.0
        for p in series {
            num += (Double(p.year) - mx) * (p.value - my)
            den += (Double(p.year) - mx) * (Double(p.year) - mx)
        }
        guard den > 0 else { return nil }
        let slope = num / den
        if abs(slope) < flatThreshold * max(abs(my), 1e-9) {
            return Trend(direction: .flat, improving: nil, slope: slope)
        }
        let rising = slope > 0
        return Trend(direction: rising ? .rising : .falling, improving: rising == (better == .higher), slope: slope)
    }

    public var arrow: String {
        switch direction {
        case .rising: "↗"
        case .falling: "↘"
        case .flat: "→"
        }
    }
}
