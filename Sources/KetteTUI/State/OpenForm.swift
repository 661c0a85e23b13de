import KetteCore

/// A form open over the navigator, and what it is for. While one is open it receives every key
/// and takes the place of the current screen.
public struct OpenForm: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        /// A new offer (from `n`, or a copy from `d`), built on `base` (the copied offer, or a blank one).
        case newOffer(base: Offer)
        /// An existing offer, as it was when the form was opened.
        case editOffer(original: Offer)
        /// A new case.
        case newCase(base: Case)
        /// An existing case, as it was read (or as saved by someone else after a conflict).
        case editCase(original: Case)
        /// The family's consent for the referral at this index of the open case, opened on (or
        /// last shown with) this revision of the case.
        case consent(referral: Int, revision: Int)

        public var isCase: Bool {
            switch self {
            case .newCase, .editCase, .consent: true
            default: false
            }
        }
    }

    public var form: Form
    public var purpose: Purpose

    public init(form: Form, purpose: Purpose) {
        self.form = form
        self.purpose = purpose
    }
}
