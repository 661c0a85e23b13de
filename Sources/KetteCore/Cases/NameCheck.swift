/// Spots pseudonyms and aliases that look like a real full name ("Anna Schmidt"), so that the
/// form can warn before Sozialdaten end up in a record that is meant to be pseudonymous.
///
/// A heuristic, never an error: two or more capitalised words of letters (hyphens inside allowed),
/// unless the first is a generic word such as "Familie" or "Kind". "Familie Ahorn", "Kind 1" and
/// "F-17" pass; "Anna Schmidt", "Frau Yılmaz" and "Jean-Luc Meier" are flagged.
public enum NameCheck {
    static let generic: Set<String> = [
        "familie", "fam", "fam.", "kind", "baby", "geschwister", "fall", "family", "child", "case", "haushalt",
    ]

    public static func looksLikeFullName(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard words.count >= 2 else { return false }
        if generic.contains(words[0].lowercased()) { return false }
        return words.allSatisfy(isCapitalisedName)
    }

    static func isCapitalisedName(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            guard let first = part.first, part.count >= 2, first.isUppercase else { return false }
            return part.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase || $0 == "'" }
        }
    }
}
