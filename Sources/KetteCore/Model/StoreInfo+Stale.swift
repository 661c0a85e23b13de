extension StoreInfo {
    /// `staleAfterMonths` in store.json: after how many months without an update an offer counts as
    /// stale; nil when not set (or not a whole number ≥ 1).
    public var staleAfterMonths: Int? {
        guard let v = extras.first(where: { $0.key == "staleAfterMonths" })?.value.intValue, v >= 1 else { return nil }
        return v
    }
}
