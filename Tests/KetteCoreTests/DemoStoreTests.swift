import Testing
@testable import KetteCore
import KetteDemo

@Suite struct DemoStoreTests {
    let loaded = try! StoreLoader.load(from: DemoStore.source(), includeCases: true)

    @Test func demoStorePassesValidation() {
        #expect(loaded.errors.isEmpty, "\(loaded.lines.prefix(20))")
        #expect(loaded.warnings.isEmpty, "\(loaded.lines.prefix(20))")
    }

    @Test func demoCoversTheWholeChainAndTheCity() {
        let s = loaded.store
        #expect(s.stages.first?.title == "Schwangerschaft und Geburt")
        #expect(s.stages.last?.title.hasPrefix("Übergang Schule–Beruf") == true)
        #expect(s.transitions.count >= 5)
        #expect(s.districts.count >= 12)
        #expect(s.offers.count >= 250)
        let counts = s.chainCounts(OfferFilter())
        for stage in s.stages { #expect((counts[stage.id] ?? 0) >= 10, "stage \(stage.id)") }
        for t in s.transitions { #expect((counts[t.id] ?? 0) >= 2, "transition \(t.id)") }
        for f in Field.allCases { #expect(s.offers.filter { $0.field == f }.count >= 20, "field \(f)") }
        for d in s.districts { #expect(s.offers(matching: OfferFilter(district: d.id)).count >= 20, "district \(d.id)") }
        for lang in ["tr", "ar", "ru", "uk", "en"] {
            #expect(s.offers.filter { $0.languages.contains(lang) }.count >= 5, "language \(lang)")
        }
    }

    @Test func demoHasLeitbildMonitoringAndCases() {
        let s = loaded.store
        #expect(s.leitbild.goals.count >= 3 && s.leitbild.principles.count >= 3)
        #expect(s.indicators.count >= 8)
        for ind in s.indicators {
            for d in s.districts {
                let years = Set(s.values.filter { $0.indicator == ind.id && $0.district == d.id }.map(\.year))
                #expect(years.count >= 5, "\(ind.id) in \(d.id)")
            }
        }
        #expect((3...10).contains(s.cases.count))
        #expect(s.cases.allSatisfy { $0.owner == "demo" })
    }

    @Test func demoIsReadOnly() {
        #expect(!DemoStore.source().isWritable)
    }
}
