import KetteCore

/// The bundled demo municipality "Musterstadt": fictional, realistic, read-only.
///
/// Its JSON files are compiled into the binary (the `DemoStore+*.swift` files hold them verbatim),
/// so `kette` shows it wherever the binary is copied. `kette init DIR` writes it out for real use.
public enum DemoStore {
    /// Every file of the store by its path inside the store directory.
    public static var files: [String: String] {
        var files = [
            "store.json": storeJSON,
            "leitbild.json": leitbildJSON,
            "stages.json": stagesJSON,
            "districts.json": districtsJSON,
            "needs.json": needsJSON,
            "offers.json": offersJSON,
            "indicators.json": indicatorsJSON,
        ]
        for (name, json) in caseFiles { files["cases/\(name)"] = json }
        return files
    }

    /// The demo as a read-only store source.
    public static func source(name: String = "demo") -> MemoryStoreSource {
        MemoryStoreSource(name: name, files: files)
    }
}
