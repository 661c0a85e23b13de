/// Every piece of interface text, one instance per language (see `Strings+German.swift`,
/// `Strings+English.swift`). Adding a field makes the compiler ask for it in every language.
public struct Strings: Sendable {
    /// The language these strings are in.
    public var language: Language
    // Names of things
    public var fieldNames: [Field: String]
    public var offerStatusNames: [Offer.Status: String]
    public var referralStatusNames: [Referral.Status: String]
    /// Language names by ISO 639-1 code, in this interface language.
    public var languageNames: [String: String]

    // Labels of an offer's fields
    public var id: String
    public var title: String
    public var provider: String
    public var field: String
    public var stages: String
    public var transitions: String
    public var districts: String
    public var citywide: String
    public var languages: String
    public var cost: String
    public var free: String
    public var notFree: String
    public var accessible: String
    public var yes: String
    public var no: String
    public var address: String
    public var phone: String
    public var email: String
    public var web: String
    public var hours: String
    public var eligibility: String
    public var tags: String
    public var updated: String
    public var status: String
    public var description: String
    public var months: String

    // Messages
    public var offersCount: @Sendable (Int) -> String
    public var chainSummary: @Sendable (_ municipality: String, _ stages: Int, _ transitions: Int, _ offers: Int) -> String
    public var noOffers: String
    public var noMatches: @Sendable (String) -> String
    public var unknownOffer: @Sendable (String) -> String
    public var unknownReference: @Sendable (_ kind: String, _ id: String, _ known: String) -> String
    public var validationSummary: @Sendable (_ errors: Int, _ warnings: Int) -> String
    public var storeSummary: @Sendable (_ stages: Int, _ transitions: Int, _ districts: Int, _ offers: Int, _ indicators: Int, _ cases: Int) -> String
    public var freeBadge: String
    public var feeBadge: String
    public var storeHasProblems: @Sendable (Int) -> String
    public var initDone: @Sendable (_ path: String) -> String
    public var stale: String
    public var demoStoreName: String

    // Terminal UI
    public var appName: String
    public var demoBadge: String
    public var readOnlyBadge: String
    public var filterLabel: String
    public var filterNone: String
    public var filterDistrict: String
    public var filterField: String
    public var filterLanguage: String
    public var filterFree: String
    public var filterAccessible: String
    /// The filter row that also lists archived offers, and the mark of such an offer in a list.
    public var filterArchived: String
    public var archivedMark: String
    public var filterAny: String
    public var chainHeading: String
    public var ageHeading: String
    public var offersHeading: String
    public var ageRange: @Sendable (_ fromMonths: Int, _ toMonths: Int) -> String
    public var previewHeading: @Sendable (_ title: String, _ count: Int) -> String
    public var listHeading: @Sendable (_ title: String, _ count: Int) -> String
    public var sortedBy: @Sendable (String) -> String
    public var sortNames: [String]
    public var columnDistrict: String
    public var fieldShortNames: [Field: String]
    public var position: @Sendable (_ index: Int, _ count: Int) -> String
    public var linesPosition: @Sendable (_ first: Int, _ last: Int, _ total: Int) -> String
    public var contactHeading: String
    public var detailsHeading: String
    public var searchPrompt: String
    public var searchHint: String
    public var searchResultsHeading: @Sendable (_ query: String, _ count: Int) -> String
    public var searchEmpty: String
    public var searchNoResults: String
    public var noOffersHere: String
    public var tooSmall: @Sendable (_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String
    public var helpTitle: @Sendable (String) -> String
    public var helpClose: String
    public var screenChain: String
    public var screenOffers: String
    public var screenDetail: String
    public var screenSearch: String
    public var screenFilter: String
    public var keyMove: String
    public var keyOpen: String
    public var keyBack: String
    public var keySearch: String
    public var keyNextMatch: String
    public var keyFilter: String
    public var keyClearFilters: String
    public var keySort: String
    public var keyHelp: String
    public var keyQuit: String
    public var keyJumpStage: String
    public var keyPage: String
    public var keyHomeEnd: String
    public var keyScroll: String
    public var keyToggle: String
    public var keyChoose: String
    public var keyClearRow: String
    public var keyFinishSearch: String
    public var keyCancelSearch: String
    public var keyEditSearch: String
    public var barMove: String
    public var barOpen: String
    public var barBack: String
    public var barSearch: String
    public var barFilter: String
    public var barHelp: String
    public var barQuit: String
    public var barSort: String
    public var barScroll: String
    public var barDone: String
    public var barNext: String
    public var filtersCleared: String
    public var stageOnChain: String
    // Monitoring, gaps, Leitbild, presentation
    public var decimalSeparator: String
    public var tabChain: String
    public var tabGaps: String
    public var tabMonitoring: String
    public var tabLeitbild: String
    public var monitoringHeading: @Sendable (_ indicators: Int, _ year: Int?) -> String
    public var sortedByIndicator: @Sendable (String) -> String
    public var districtColumn: String
    public var municipalAverage: String
    public var suppressed: String
    public var noValue: String
    public var lowerIsBetter: String
    public var higherIsBetter: String
    public var source: String
    public var assessmentNames: [Assessment: String]
    public var trendNames: [Trend.Direction: String]
    public var improving: String
    public var worsening: String
    public var legendAssessment: String
    public var districtDetailHeading: @Sendable (String) -> String
    public var strainNote: @Sendable (_ worse: Int, _ assessed: Int) -> String
    public var gapsHeading: String
    public var gapsLegend: String
    public var gapCellHeading: @Sendable (_ item: String, _ district: String) -> String
    public var gapCellSummary: @Sendable (_ local: Int, _ citywide: Int) -> String
    public var strainedMark: String
    public var reloadedFromDisk: String
    public var reloadFailed: @Sendable (Int) -> String
    /// A change was seen but the store cannot be opened now; the reason in the interface language.
    public var reloadUnreadable: @Sendable (_ reason: String) -> String
    public var noDistricts: String
    public var noIndicators: String
    public var strainedLegend: String
    public var leitbildGoals: String
    public var leitbildPrinciples: String
    public var noLeitbild: String
    public var presentationTitle: @Sendable (_ step: Int, _ total: Int, _ name: String) -> String
    public var barNextSlide: String
    public var barPreviousSlide: String
    public var barEndPresentation: String
    public var keyViews: String
    public var keyMonitoring: String
    public var keyGaps: String
    public var keyLeitbild: String
    public var keyPresentation: String
    public var keyColumns: String
    public var keySortIndicator: String
    public var keyNextSlide: String
    public var keyPreviousSlide: String
    public var screenMonitoring: String
    public var screenDistrict: String
    public var screenGaps: String
    public var screenLeitbild: String
    public var screenPresentation: String
    public var barViews: String

    // MARK: Forms and offer editing
    public var formRequired: String
    public var formInvalidDate: String
    public var formInvalidMonth: String
    public var formDatePlaceholder: String
    public var formMonthPlaceholder: String
    public var formChoosePlaceholder: String
    public var formHint: String
    public var formErrorSummary: @Sendable (_ count: Int, _ labels: String) -> String
    public var formDiscardQuestion: String
    /// The navigator replaced an unknown `TERM` (from, to) / cannot run in this terminal.
    public var terminalFallback: @Sendable (_ from: String?, _ to: String) -> String
    public var terminalUnusable: @Sendable (_ term: String?) -> String
    /// Ctrl-C on an offer form with unsaved input.
    public var formQuitQuestion: String
    public var formFieldPosition: @Sendable (_ field: Int, _ count: Int) -> String
    public var formPickerFilter: String
    public var formPickerHintSingle: String
    public var formPickerHintMultiple: String
    public var formPickerEmpty: String
    public var screenForm: String
    public var screenFormPicker: String
    public var keyFormNextField: String
    public var keyFormSave: String
    public var keyFormCancel: String
    public var keyFormEditText: String
    public var keyFormToggle: String
    public var keyFormNewline: String
    public var keyPickerNarrow: String
    public var keyPickerToggle: String
    public var keyPickerClose: String
    public var barField: String
    public var barSave: String
    public var barCancel: String
    public var barToggle: String
    public var offerFormNew: String
    public var offerFormEdit: @Sendable (_ id: String) -> String
    public var offerFormDuplicate: @Sendable (_ id: String) -> String
    public var costNote: String
    public var tagsHint: String
    public var updatedOnSave: @Sendable (_ today: String) -> String
    public var offerSaved: @Sendable (_ title: String) -> String
    public var offerArchived: @Sendable (_ title: String) -> String
    public var archiveQuestion: @Sendable (_ title: String) -> String
    public var alreadyArchived: String
    public var editDemo: String
    public var editReadOnly: String
    public var saveConflict: String
    public var saveConflictSameOffer: String
    public var saveFailed: @Sendable (_ reason: String) -> String
    public var offerNeedsStage: String
    public var offerNeedsDistrict: String
    public var duplicateID: String
    public var invalidID: String
    public var unknownReferenceIn: @Sendable (_ id: String) -> String
    public var staleHeading: @Sendable (_ count: Int, _ months: Int) -> String
    public var staleNone: @Sendable (_ months: Int) -> String
    public var screenStale: String
    public var keyEditOffer: String
    public var keyNewOffer: String
    public var keyDuplicateOffer: String
    public var keyArchiveOffer: String
    public var keyStale: String
    public var barEdit: String
    public var barNew: String
    public var barStale: String

    /// The name of a language code, or the code itself in capitals when unknown.
    public func languageName(_ code: String) -> String { languageNames[code] ?? code.uppercased() }
    public func fieldName(_ f: Field) -> String { fieldNames[f] ?? f.rawValue }

    /// A number with one decimal, in this language's notation ("12,5" in German).
    public func number(_ value: Double, decimals: Int = 1) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        let whole = Int(scaled / factor)
        let fraction = Int(scaled) - whole * Int(factor)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: max(0, decimals - digits.count)) + digits
        }
        return text
    }
}
