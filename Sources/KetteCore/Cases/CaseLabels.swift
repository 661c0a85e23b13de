/// Labels of the case screens and the `kette case` output, one instance per language.
public struct CaseLabels: Sendable {
    public var caseTitle: String
    public var pseudonym: String
    public var district: String
    public var children: String
    public var child: String
    public var expected: String
    public var needs: String
    public var languages: String
    public var referrals: String
    public var followUp: String
    public var notes: String
    public var entries: String
    public var entrusted: String
    public var owner: String
    public var status: String
    public var open: String
    public var closed: String
    public var created: String
    public var updated: String
    public var retention: String
    public var suggestions: String
    public var consent: String
    public var consentRevoked: String
    public var noConsent: String
    public var none: String
    public var overdue: @Sendable (Int) -> String
    public var dueToday: String
    public var openReferrals: String
    public var followUps: String
    public var count: @Sendable (Int) -> String
    // The navigator's case screens.
    public var screenCases: String
    public var screenCase: String
    public var contextBadge: @Sendable (String) -> String
    public var listFilterMine: String
    public var listFilterAll: String
    public var listFilterDue: String
    public var timeline: String
    public var furtherReferrals: String
    public var addedReferral: @Sendable (_ offer: String, _ caseName: String) -> String
    public var alreadyReferred: String
    /// `+` or `*` on an archived offer (listed with the filter „auch archivierte“).
    public var archivedNotReferred: String
    public var archivedNotPrinted: String
    public var noContext: String
    public var contextCleared: String
    public var statusChanged: @Sendable (String) -> String
    public var chooseStatus: String
    public var noCases: String
    /// Case files the list skipped because they cannot be read (the first is named with its place).
    public var unreadableCaseFiles: @Sendable (Int) -> String
    public var notInPresentation: String
    public var transient: String
    public var keyCases: String
    public var keyFollowUps: String
    public var keyAddToCase: String
    public var keyClearContext: String
    public var keyStatus: String
    public var keyMine: String
    public var keyDistrict: String
    public var keyDue: String
    public var keyNewCase: String
    public var keyEditCase: String
    public var barCases: String
    public var barAdd: String
    public var barStatus: String
    public var barNew: String
    public var barEdit: String
    public var noAccess: @Sendable (String) -> String
    // The case form.
    public var formNew: String
    public var formEdit: @Sendable (String) -> String
    public var fieldChildren: String
    public var hintChildren: String
    public var hintPseudonym: String
    public var fieldClosed: String
    public var fieldRule: String
    public var ruleCounselling: String
    public var ruleLongTerm: String
    public var fieldNewEntry: String
    public var fieldEntrusted: String
    public var childLineInvalid: @Sendable (Int) -> String
    public var saved: @Sendable (String) -> String
    public var draftRestored: String
    public var conflict: @Sendable (_ revision: Int, _ owner: String, _ fields: String) -> String
    public var noDifferences: String
    public var consentForm: @Sendable (String) -> String
    public var consentScope: String
    public var consentRecipient: String
    public var consentGiven: String
    public var consentRevokedOn: String
    public var hintConsentScope: String
    public var consentSaved: String
    public var keyConsent: String
    public var revokedBeforeGiven: String
    public var handoutMarked: @Sendable (Int) -> String
    public var handoutUnmarked: @Sendable (Int) -> String
    public var handoutNothing: String
    public var handoutSaved: @Sendable (String) -> String
    public var keyMarkHandout: String
    public var keyWriteHandout: String

    public static func forLanguage(_ l: Language) -> CaseLabels {
        switch l {
        case .de: .german
        case .en: .english
        }
    }

    public static let german = CaseLabels(
        caseTitle: "Fall", pseudonym: "Pseudonym", district: "Stadtteil", children: "Kinder", child: "Kind",
        expected: "erwartet", needs: "Bedarfe", languages: "Sprachen", referrals: "Vermittlungen",
        followUp: "Wiedervorlage", notes: "Notizen", entries: "Verlauf", entrusted: "anvertraut (§ 65 SGB VIII)",
        owner: "Zuständig", status: "Status", open: "offen", closed: "abgeschlossen", created: "angelegt",
        updated: "geändert", retention: "Aufbewahrung bis", suggestions: "Passende Angebote",
        consent: "Einwilligung", consentRevoked: "widerrufen", noConsent: "keine Einwilligung erfasst", none: "–",
        overdue: { $0 == 1 ? "1 Tag überfällig" : "\($0) Tage überfällig" }, dueToday: "heute fällig",
        openReferrals: "Offene Vermittlungen", followUps: "Wiedervorlagen",
        count: { $0 == 1 ? "1 Fall" : "\($0) Fälle" },
        screenCases: "Fälle", screenCase: "Fall", contextBadge: { "Fall: \($0)" },
        listFilterMine: "meine", listFilterAll: "alle", listFilterDue: "nur fällige",
        timeline: "Entlang der Kette", furtherReferrals: "weitere Vermittlungen",
        addedReferral: { "„\($0)“ als Vorschlag zu \($1) hinzugefügt" },
        alreadyReferred: "Dieses Angebot ist dem Fall schon zugeordnet.",
        archivedNotReferred: "Das Angebot ist archiviert und wird nicht mehr vermittelt.",
        archivedNotPrinted: "Das Angebot ist archiviert und kommt nicht auf einen Ausdruck.",
        noContext: "Kein Fall geöffnet – mit F die Fallliste öffnen.",
        contextCleared: "Fallkontext geschlossen; Filter zurückgesetzt.",
        statusChanged: { "Status: \($0)" }, chooseStatus: "Neuer Status",
        noCases: "Keine Fälle für diese Auswahl.",
        unreadableCaseFiles: { $0 == 1 ? "1 Falldatei nicht lesbar" : "\($0) Falldateien nicht lesbar" },
        notInPresentation: "Fälle werden im Präsentationsmodus nicht gezeigt.",
        transient: "Demo: Änderungen werden nicht gespeichert.",
        keyCases: "Fälle (Liste)", keyFollowUps: "Wiedervorlagen und offene Vermittlungen",
        keyAddToCase: "Angebot dem geöffneten Fall vorschlagen", keyClearContext: "Fallkontext schließen",
        keyStatus: "Status der Vermittlung ändern", keyMine: "meine / alle Fälle",
        keyDistrict: "nach Stadtteil filtern (wechselt)", keyDue: "nur fällige Wiedervorlagen",
        keyNewCase: "neuer Fall", keyEditCase: "Fall bearbeiten",
        barCases: "Fälle", barAdd: "zum Fall", barStatus: "Status", barNew: "Neu", barEdit: "Bearbeiten",
        noAccess: { "Fälle sind für \($0) nicht freigegeben (store.json, „cases“) – Angebote, Leitbild und Monitoring bleiben sichtbar." },
        formNew: "Neuer Fall", formEdit: { "Fall \($0) bearbeiten" },
        fieldChildren: "Kinder",
        hintChildren: "je Zeile: Alias, JJJJ-MM (Geburtsmonat), bei Schwangerschaft „, erwartet“",
        hintPseudonym: "kein echter Name, z. B. „Familie Ahorn“",
        fieldClosed: "Fall abgeschlossen", fieldRule: "Aufbewahrung",
        ruleCounselling: "Beratung (kurze Frist)", ruleLongTerm: "§ 9b SGB VIII (bis 100. Geburtstag)",
        fieldNewEntry: "Neuer Verlaufseintrag", fieldEntrusted: "Eintrag anvertraut (§ 65 SGB VIII)",
        childLineInvalid: { "Zeile \($0): „Alias, JJJJ-MM“ oder „Alias, JJJJ-MM, erwartet“ erwartet" },
        saved: { "Fall \($0) gespeichert." },
        draftRestored: "Entwurf wiederhergestellt – nichts Getipptes geht verloren.",
        conflict: { rev, owner, fields in
            "Konflikt: inzwischen als r\(rev) gespeichert (\(owner)). Dort steht: \(fields). Ihre Eingabe ist erhalten; Strg-S speichert sie darüber." },
        noDifferences: "keine Abweichung in den Feldern",
        consentForm: { "Einwilligung zur Datenweitergabe – \($0)" },
        consentScope: "Umfang", consentRecipient: "Empfänger", consentGiven: "erteilt am", consentRevokedOn: "widerrufen am",
        hintConsentScope: "was weitergegeben werden darf, z. B. Kontaktdaten und Anliegen",
        consentSaved: "Einwilligung gespeichert.", keyConsent: "Einwilligung erfassen oder widerrufen",
        revokedBeforeGiven: "Widerruf liegt vor der Erteilung",
        handoutMarked: { "Für den Ausdruck vorgemerkt (\($0) Angebote) – P speichert das Blatt." },
        handoutUnmarked: { "Nicht mehr vorgemerkt (\($0) Angebote)." },
        handoutNothing: "Nichts vorgemerkt: * merkt ein Angebot für den Ausdruck vor (im Fall: seine Vermittlungen).",
        handoutSaved: { "Ausdruck gespeichert: \($0)" },
        keyMarkHandout: "Angebot für den Ausdruck vormerken / nicht mehr", keyWriteHandout: "Ausdruck für die Familie speichern (HTML und Text)")

    public static let english = CaseLabels(
        caseTitle: "Case", pseudonym: "Pseudonym", district: "District", children: "Children", child: "Child",
        expected: "expected", needs: "Needs", languages: "Languages", referrals: "Referrals",
        followUp: "Follow-up", notes: "Notes", entries: "Journal", entrusted: "entrusted (§ 65 SGB VIII)",
        owner: "Owner", status: "Status", open: "open", closed: "closed", created: "created",
        updated: "updated", retention: "Kept until", suggestions: "Fitting offers",
        consent: "Consent", consentRevoked: "revoked", noConsent: "no consent recorded", none: "–",
        overdue: { $0 == 1 ? "1 day overdue" : "\($0) days overdue" }, dueToday: "due today",
        openReferrals: "Open referrals", followUps: "Follow-ups",
        count: { $0 == 1 ? "1 case" : "\($0) cases" },
        screenCases: "Cases", screenCase: "Case", contextBadge: { "Case: \($0)" },
        listFilterMine: "mine", listFilterAll: "all", listFilterDue: "due only",
        timeline: "Along the chain", furtherReferrals: "further referrals",
        addedReferral: { "\"\($0)\" suggested to \($1)" },
        alreadyReferred: "This offer is already part of the case.",
        archivedNotReferred: "This offer is archived and is no longer referred to.",
        archivedNotPrinted: "This offer is archived and does not go on a handout.",
        noContext: "No case open — press F for the case list.",
        contextCleared: "Case context closed; filters reset.",
        statusChanged: { "Status: \($0)" }, chooseStatus: "New status",
        noCases: "No cases for this selection.",
        unreadableCaseFiles: { $0 == 1 ? "1 case file cannot be read" : "\($0) case files cannot be read" },
        notInPresentation: "Cases are not shown in presentation mode.",
        transient: "Demo: changes are not saved.",
        keyCases: "cases (list)", keyFollowUps: "follow-ups and open referrals",
        keyAddToCase: "suggest the offer to the open case", keyClearContext: "close the case context",
        keyStatus: "change the referral's status", keyMine: "my / all cases",
        keyDistrict: "filter by district (cycles)", keyDue: "due follow-ups only",
        keyNewCase: "new case", keyEditCase: "edit the case",
        barCases: "Cases", barAdd: "to case", barStatus: "Status", barNew: "New", barEdit: "Edit",
        noAccess: { "Cases are not open to \($0) (store.json, \"cases\") — offers, Leitbild and monitoring stay visible." },
        formNew: "New case", formEdit: { "Edit case \($0)" },
        fieldChildren: "Children",
        hintChildren: "one per line: alias, YYYY-MM (birth month), add \", expected\" for a pregnancy",
        hintPseudonym: "no real name, e.g. \"Familie Ahorn\"",
        fieldClosed: "Case closed", fieldRule: "Retention",
        ruleCounselling: "counselling (short period)", ruleLongTerm: "§ 9b SGB VIII (to the 100th birthday)",
        fieldNewEntry: "New journal entry", fieldEntrusted: "Entry entrusted (§ 65 SGB VIII)",
        childLineInvalid: { "line \($0): expected \"alias, YYYY-MM\" or \"alias, YYYY-MM, expected\"" },
        saved: { "Case \($0) saved." },
        draftRestored: "Draft restored — nothing typed is lost.",
        conflict: { rev, owner, fields in
            "Conflict: saved meanwhile as r\(rev) (\(owner)). It says: \(fields). Your input is kept; Ctrl-S saves it over that." },
        noDifferences: "no field differs",
        consentForm: { "Consent to pass data on — \($0)" },
        consentScope: "Scope", consentRecipient: "Recipient", consentGiven: "given on", consentRevokedOn: "revoked on",
        hintConsentScope: "what may be passed on, e.g. contact data and concern",
        consentSaved: "Consent saved.", keyConsent: "record or revoke consent",
        revokedBeforeGiven: "revocation is before consent was given",
        handoutMarked: { "Marked for the handout (\($0) offers) — P saves the page." },
        handoutUnmarked: { "No longer marked (\($0) offers)." },
        handoutNothing: "Nothing marked: * marks an offer for the handout (in a case: its referrals).",
        handoutSaved: { "Handout saved: \($0)" },
        keyMarkHandout: "mark / unmark the offer for the handout", keyWriteHandout: "save the family handout (HTML and text)")
}
