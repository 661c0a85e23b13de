/// One value of an indicator for one district and year. A suppressed value (too few children,
/// it could identify a family) carries no number and is never shown as one.
public struct IndicatorValue: Sendable, Hashable {
    public var indicator: String
    public var district: String
    public var year: Int
    public var value: Double?
    public var suppressed: Bool
    public var extras: [JSONMember] = []
    public var position: SourcePosition = .none

    public init(indicator: String, district: String, year: Int, value: Double?, suppressed: Bool = false) {
        self.indicator = indicator
        self.district = district
        self.year = year
        self.value = suppressed ? nil : value
        self.suppressed = suppressed
    }

    public static func == (a: IndicatorValue, b: IndicatorValue) -> Bool {
        a.indicator == b.indicator && a.district == b.district && a.year == b.year && a.value == b.value
            && a.suppressed == b.suppressed && a.extras == b.extras
    }
    public func hash(into h: inout Hasher) { h.combine(indicator); h.combine(district); h.combine(year) }
}

extension IndicatorValue {
    init?(json node: JSONNode, path: String, file: String, sink: DiagnosticSink) {
        guard var r = ObjectReader(node, path: path, file: file, sink: sink) else { return nil }
        let indicator = r.string("indicator"), district = r.string("district"), year = r.int("year")
        let suppressed = r.bool("suppressed", required: false) ?? false
        let value = r.number("value", required: !suppressed)
        guard let indicator, let district, let year else { return nil }
        if suppressed, value != nil {
            r.report("a suppressed value must not carry a number (remove \"value\")", key: "value")
        }
        if !(1900...2200).contains(year) {
            r.report("year \(year) is out of range", key: "year")
        }
        if !suppressed, value == nil { return nil }
        self.init(indicator: indicator, district: district, year: year, value: value, suppressed: suppressed)
        extras = r.extras()
        position = r.position
    }

    var json: JSONNode {
        var b = JSONObjectBuilder()
        b.add("indicator", indicator)
        b.add("district", district)
        b.add("year", year)
        if suppressed {
            b.add("suppressed", true)
        } else if let value {
            b.add("value", .double(value))
        }
        return b.build(extras: extras)
    }
}
