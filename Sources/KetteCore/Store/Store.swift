/// Everything a municipality keeps in its store: Leitbild, chain, districts, offers, monitoring
/// and case records. A value type; the loader builds it and the writer saves it.
public struct Store: Sendable {
    public var info: StoreInfo
    public var leitbild: Leitbild
    /// Stages in life order.
    public var stages: [Stage]
    public var transitions: [Transition]
    public var districts: [District]
    public var needs: [Need]
    public var offers: [Offer] { didSet { offerIndex = Self.index(offers) } }
    public var indicators: [Indicator]
    public var values: [IndicatorValue]
    public var cases: [Case]
    /// Revision and unknown top-level keys of each file, kept for the next save.
    public var meta: [StoreFile: FileMeta] = [:]

    private var offerIndex: [String: Int] = [:]

    public init(info: StoreInfo, leitbild: Leitbild = Leitbild(title: "Leitbild"), stages: [Stage] = [],
                transitions: [Transition] = [], districts: [District] = [], needs: [Need] = [],
                offers: [Offer] = [], indicators: [Indicator] = [], values: [IndicatorValue] = [],
                cases: [Case] = []) {
        self.info = info
        self.leitbild = leitbild
        self.stages = stages
        self.transitions = transitions
        self.districts = districts
        self.needs = needs
        self.offers = offers
        self.indicators = indicators
        self.values = values
        self.cases = cases
        self.offerIndex = Self.index(offers)
    }

    private static func index(_ offers: [Offer]) -> [String: Int] {
        var d: [String: Int] = [:]
        d.reserveCapacity(offers.count)
        for (i, o) in offers.enumerated() where d[o.id] == nil { d[o.id] = i }
        return d
    }

    public func offer(id: String) -> Offer? { offerIndex[id].map { offers[$0] } }
    /// The index of the first offer with this id.
    func firstOfferIndex(id: String) -> Int? { offerIndex[id] }
    public func stage(id: String) -> Stage? { stages.first { $0.id == id } }
    public func transition(id: String) -> Transition? { transitions.first { $0.id == id } }
    public func district(id: String) -> District? { districts.first { $0.id == id } }
    public func indicator(id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func need(id: String) -> Need? { needs.first { $0.id == id } }

    /// The stage a child of this age in months is in (pregnancy negative).
    public func stage(forAgeInMonths age: Int) -> Stage? { stages.first { $0.contains(ageInMonths: age) } }

    /// Transitions leaving a stage, in file order.
    public func transitions(from stageID: String) -> [Transition] { transitions.filter { $0.from == stageID } }
}
