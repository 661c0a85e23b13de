/// One problem (or, for ``OfferImportPlan/notes``, one remark) of an offer import, at a place in the
/// imported file: a 1-based line, and a column where it applies — the field number in a CSV file
/// (with the column's header), the character column in a JSON file.
public struct OfferImportProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        // The file as a whole
        case encoding(TextEncodingDetection.Failure.Reason)
        case empty
        case noDelimiter
        case unterminatedQuote
        case missingIDColumn
        case duplicateColumn(String)
        case unknownColumn(String)
        case jsonSyntax(String)
        /// The JSON value at this place is not of the type HSDS needs here.
        case hsdsShape(key: String, expected: JSONShape, found: JSONShape?)
        // A row or service
        case fieldCount(expected: Int, found: Int)
        case missingValue(String)
        case invalidID(String)
        case duplicateID(String, firstLine: Int)
        case unknownStage(String)
        case unknownTransition(String)
        case unknownDistrict(String)
        case ambiguous(String, candidates: [String])
        case invalidField(String)
        case invalidBool(String)
        case invalidDate(String)
        case invalidLanguage(String)
        case invalidStatus(String)
        case noStageOrTransition
        case noDistricts
        // Notes (HSDS): what was not imported or was assumed
        case notImported(key: String, count: Int)
        case assumed(key: String, value: String)
        case newID(String)
    }

    /// JSON types, for messages about HSDS values of the wrong type.
    public enum JSONShape: String, Sendable, Hashable {
        case string, number, boolean, null, array, object
        /// An array of service objects (the whole file).
        case services
        /// A service object (an element of the file's array).
        case service

        init(_ node: JSONNode) {
            switch node.kind {
            case .null: self = .null
            case .bool: self = .boolean
            case .number: self = .number
            case .string: self = .string
            case .array: self = .array
            case .object: self = .object
            }
        }
    }

    public var line: Int
    /// The line where the rejected row or service starts (a problem inside an HSDS service is
    /// reported where it is, but counts for the service).
    public var entryLine: Int
    /// 1-based column: field number (CSV) or character column (JSON); nil for the whole line.
    public var column: Int?
    /// The CSV header or HSDS key the problem is about, when it is about one.
    public var columnName: String?
    public var kind: Kind

    public init(line: Int, column: Int? = nil, columnName: String? = nil, kind: Kind, entryLine: Int? = nil) {
        self.line = line
        self.entryLine = entryLine ?? line
        self.column = column
        self.columnName = columnName
        self.kind = kind
    }
}
