/// Why a change planned on an earlier read of the store (an import of offers or indicator values)
/// was not written by ``StoreWriter/merge(_:into:isCancelled:_:)``. Nothing was changed when one of
/// these is thrown.
public enum StoreMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bundled demo store, which is never written.
    case demo(store: String)
    case readOnly(store: String)
    /// The store has validation errors; a store that fails to load is never written to.
    case invalidStore(store: String, errors: Int)
    /// The plan has rejected entries (rows of a CSV file, services of an HSDS file): a file is
    /// imported completely or not at all.
    case rejected(entries: Int)
    /// The file changed between the read the plan was made from and the write.
    case changedMeanwhile(path: String)
    /// Stopped (Ctrl-C) before the new file replaced the old one.
    case cancelled
    case load(StoreLoadError)
    case write(StoreWriteError)

    public var description: String { message(.en) }
}
