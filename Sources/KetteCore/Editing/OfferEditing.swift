/// Changing offers in a store: apply one changed or new offer, check it with the rules of
/// `kette validate`, and save `offers.json` (atomically, under the lock, revision-checked).
/// Offers are never deleted here: archiving sets their status.
public enum OfferEditing {
    /// The store with `offer` in place of the offer `replacing` (or appended when that is nil or
    /// not found). The edited offer keeps its place, so its diagnostics can be found again.
    public static func applying(_ offer: Offer, replacing id: String?, to store: Store) -> Store {
        var next = store
        var changed = offer
        if let id, let i = next.offers.firstIndex(where: { $0.id == id }) {
            changed.position = SourcePosition(line: next.offers[i].position.line, column: next.offers[i].position.column, index: i)
            next.offers[i] = changed
        } else {
            changed.position = SourcePosition(line: 0, column: 0, index: next.offers.count)
            next.offers.append(changed)
        }
        return next
    }

    /// Problems of one changed or new offer, each on a field. Field names are the offer's keys
    /// in the store format, with `phone`, `email`, `web` for the contact and `free`, `costNote`
    /// for the cost. Uses the rules of `kette validate`: the offer's own (required values, ids,
    /// language codes, stages or transitions, districts or city-wide) and the store's (unique ids,
    /// known stages, transitions and districts).
    public static func issues(of offer: Offer, replacing id: String?, in store: Store) -> [OfferIssue] {
        var out: [OfferIssue] = []
        func add(_ issue: OfferIssue) {
            if !out.contains(where: { $0.field == issue.field }) { out.append(issue) }
        }
        if !Identifier.isValid(offer.id) {
            add(OfferIssue(field: "id", kind: offer.id.isEmpty ? .required : .invalidID))
        } else if store.offers.contains(where: { $0.id == offer.id && $0.id != id }) {
            add(OfferIssue(field: "id", kind: .duplicateID))
        }
        let next = applying(offer, replacing: id, to: store)
        let index = id.flatMap { old in store.offers.firstIndex { $0.id == old } } ?? store.offers.count
        let prefix = "offers[\(index)]"

        // The offer's own rules, as the loader applies them to offers.json.
        let sink = DiagnosticSink()
        _ = Offer(json: offer.json, path: prefix, file: "offers.json", sink: sink)
        // The store's rules, on the store with the offer in place.
        StoreValidator.check(next, source: MemoryStoreSource(name: "", files: [:]), sink: sink)
        for d in sink.diagnostics where d.severity == .error {
            guard d.path == prefix || d.path.hasPrefix(prefix + ".") || d.path.hasPrefix(prefix + "[") else { continue }
            add(issue(for: d, relativePath: String(d.path.dropFirst(prefix.count)).drop { $0 == "." }))
        }
        return out
    }

    static func issue(for d: Diagnostic, relativePath path: Substring) -> OfferIssue {
        var key = String(path.prefix { $0 != "[" && $0 != "." })
        if key == "contact" || key == "cost" {
            let sub = path.dropFirst(key.count + 1).prefix { $0 != "[" && $0 != "." }
            key = key == "cost" ? (sub == "free" ? "free" : "costNote") : String(sub)
        }
        let m = d.message
        if m.hasPrefix("an offer must serve") { return OfferIssue(field: "stages", kind: .needsStageOrTransition) }
        if m.hasPrefix("districts is empty") { return OfferIssue(field: "districts", kind: .needsDistrictOrCitywide) }
        if m.hasPrefix("missing required key") || m.hasPrefix("must not be empty") {
            return OfferIssue(field: key.isEmpty ? "id" : key, kind: .required)
        }
        if m.hasPrefix("duplicate id") { return OfferIssue(field: "id", kind: .duplicateID) }
        if m.hasPrefix("invalid id") { return OfferIssue(field: "id", kind: .invalidID) }
        if m.hasPrefix("unknown "), let open = m.firstIndex(of: "\""), let close = m[m.index(after: open)...].firstIndex(of: "\"") {
            return OfferIssue(field: key, kind: .unknownReference(String(m[m.index(after: open)..<close])))
        }
        return OfferIssue(field: key, kind: .other(m))
    }

    /// Saves the store's offers with `offer` applied: `offers.json` is replaced atomically under
    /// the store's lock, its revision increased by one. Throws ``StoreWriteError/conflict(path:expected:found:)``
    /// when someone else saved the offers since `store` was loaded (then nothing is written).
    /// Returns the store as saved, with the new revision.
    public static func save(_ offer: Offer, replacing id: String?, in store: Store, directory: String) throws(StoreWriteError) -> Store {
        var next = applying(offer, replacing: id, to: store)
        let revision = try StoreWriter.save(.offers, of: next, in: directory)
        var meta = next.meta[.offers] ?? FileMeta()
        meta.revision = revision
        next.meta[.offers] = meta
        return next
    }

    /// An id for a new offer: `base` when it is free and valid, else `base-2`, `base-3` …
    public static func freeID(_ base: String, in store: Store) -> String {
        let root = Identifier.isValid(base) ? String(base.prefix(58)) : "angebot"
        if store.offer(id: root) == nil { return root }
        var n = 2
        while store.offer(id: "\(root)-\(n)") != nil { n += 1 }
        return "\(root)-\(n)"
    }

    /// A new offer id in the style of the store's ids (`o-123` after the highest number in use).
    public static func nextID(in store: Store, prefix: String = "o-") -> String {
        let highest = store.offers.compactMap { o -> Int? in
            o.id.hasPrefix(prefix) ? Int(o.id.dropFirst(prefix.count)) : nil
        }.max() ?? 0
        return freeID("\(prefix)\(highest + 1)", in: store)
    }
}
