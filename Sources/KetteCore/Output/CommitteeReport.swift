import Foundation

/// The report for the Kinder- und Jugendhilfeausschuss: the chain with its offer counts, the gap
/// analysis, the monitoring with charts and the Leitbild, as one self-contained file.
///
/// The HTML variant is well-formed XHTML5 (every element closed, only XML's own character
/// references), needs no external asset (styles inline, charts as inline SVG, no fonts, scripts or
/// images), and prints on A4. The Markdown variant has the same content as tables, with text bars
/// instead of charts. Store text is escaped in both; a suppressed value appears as "gesperrt",
/// never as a number.
public struct CommitteeReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case html, md
    }

    public let store: Store
    public let date: Day
    public let text: ReportText
    let monitoring: Monitoring
    let gaps: GapAnalysis

    public init(store: Store, date: Day, text: ReportText = .german) {
        self.store = store
        self.date = date
        self.text = text
        monitoring = Monitoring(store: store)
        gaps = GapAnalysis(store: store, monitoring: monitoring)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .html: html()
        case .md: markdown()
        }
    }

    // MARK: Shared content

    struct ChainEntry {
        var number: Int?
        var id: String
        var title: String
        var age: String
        var offers: Int
        var isTransition: Bool
    }

    var chainEntries: [ChainEntry] {
        let counts = store.chainCounts(OfferFilter())
        let strings = text.language.strings
        var n = 0
        return ChainText.rows(store).compactMap { row in
            if let s = row.stage {
                n += 1
                return ChainEntry(number: n, id: s.id, title: s.title, age: strings.ageRange(s.fromMonths, s.toMonths),
                                  offers: counts[s.id] ?? 0, isTransition: false)
            }
            if let t = row.transition {
                return ChainEntry(number: nil, id: t.id, title: t.title, age: "", offers: counts[t.id] ?? 0, isTransition: true)
            }
            return nil
        }
    }

    func decimals(_ indicator: String) -> Int {
        MonitoringFormat.decimals(store.values.filter { $0.indicator == indicator }.compactMap(\.value))
    }

    /// A value as the report shows it: the number, "gesperrt", or "–".
    func valueText(_ cell: Monitoring.Cell?, decimals: Int) -> String {
        guard let cell else { return text.missing }
        if cell.suppressed { return text.suppressed }
        guard let v = cell.value else { return text.missing }
        return text.number(v, decimals: decimals)
    }

    var strainedDistricts: [District] { store.districts.filter { monitoring.isStrained($0.id) } }

    var activeOffers: Int { store.offers.filter(\.isActive).count }

    func indicatorMeta(_ ind: Indicator) -> String {
        var parts: [String] = []
        if !ind.unit.isEmpty { parts.append(text.unitLabel + ": " + ind.unit) }
        parts.append(text.betterName(ind.better))
        parts.append(text.sourceLabel + ": " + ind.source)
        return parts.joined(separator: " · ")
    }

    func trendText(_ trend: Trend?) -> String {
        guard let trend else { return text.missing }
        return trend.arrow + " " + text.trendName(trend)
    }

    // MARK: HTML

    public func html() -> String {
        var h = HTMLBuilder()
        let t = text
        let title = t.reportTitle(store.info.municipality)
        h.raw("<!DOCTYPE html>\n<html lang=\"\(t.language.rawValue)\">\n<head>\n")
        h.raw("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        h.raw("<meta name=\"generator\" content=\"Kette\" />\n")
        h.element("title", title)
        h.raw("<style>\n\(Self.css)</style>\n</head>\n<body>\n")

        // Title page
        h.raw("<header class=\"cover\">\n")
        h.element("p", t.committee, class: "kicker")
        h.element("h1", title)
        h.element("p", t.reportSubtitle, class: "subtitle")
        h.element("p", t.asOf(t.longDate(date)), class: "date")
        h.raw("<ul class=\"facts\">\n")
        for fact in t.facts(store.stages.count, store.transitions.count, store.districts.count, activeOffers,
                            store.indicators.count) {
            h.element("li", fact)
        }
        h.raw("</ul>\n")
        h.raw("<nav class=\"toc\">\n")
        h.element("h2", t.contents)
        h.raw("<ol>\n")
        for (anchor, heading) in zip(["kette", "luecken", "monitoring", "leitbild", "methode"], t.sectionTitles) {
            h.raw("<li><a href=\"#\(anchor)\">\(HTMLBuilder.escape(heading))</a></li>\n")
        }
        h.raw("</ol>\n</nav>\n</header>\n")

        htmlChain(&h)
        htmlGaps(&h)
        htmlMonitoring(&h)
        htmlLeitbild(&h)
        htmlMethod(&h)

        h.raw("<footer>\n")
        h.element("p", t.footer(store.info.municipality, t.longDate(date)))
        h.raw("</footer>\n</body>\n</html>\n")
        return h.out
    }

    private func htmlChain(_ h: inout HTMLBuilder) {
        let t = text
        h.raw("<section id=\"kette\" class=\"chapter\">\n")
        h.element("h2", t.sectionTitles[0])
        h.element("p", t.chainIntro(store.info.municipality, activeOffers))
        let entries = chainEntries
        let maxCount = max(1, entries.map(\.offers).max() ?? 1)
        h.raw("<table class=\"chain\">\n<thead><tr>")
        h.raw("<th class=\"num\">\(HTMLBuilder.escape(t.numberColumn))</th>")
        h.raw("<th>\(HTMLBuilder.escape(t.chainColumn))</th><th>\(HTMLBuilder.escape(t.ageColumn))</th>")
        h.raw("<th class=\"num\">\(HTMLBuilder.escape(t.offersColumn))</th><th class=\"barcol\"></th></tr></thead>\n<tbody>\n")
        for e in entries {
            h.raw("<tr class=\"\(e.isTransition ? "transition" : "stage")\">")
            h.raw("<td class=\"num\">\(e.number.map(String.init) ?? "")</td>")
            h.raw("<td>\(e.isTransition ? "↳ " : "")\(HTMLBuilder.escape(e.title))</td>")
            h.raw("<td>\(HTMLBuilder.escape(e.age))</td><td class=\"num\">\(e.offers)</td>")
            let w = Double(e.offers) / Double(maxCount) * 120
            h.raw("<td class=\"barcol\"><svg class=\"cellbar\" width=\"124\" height=\"10\" viewBox=\"0 0 124 10\" aria-hidden=\"true\">")
            h.raw("<rect x=\"0\" y=\"1\" width=\"\(SVG.n(w))\" height=\"8\" class=\"\(e.isTransition ? "bar-transition" : "bar-stage")\" /></svg></td>")
            h.raw("</tr>\n")
        }
        h.raw("</tbody>\n</table>\n")
        h.element("p", t.chainNote, class: "note")
        h.raw("</section>\n")
    }

    private func htmlGaps(_ h: inout HTMLBuilder) {
        let t = text
        h.raw("<section id=\"luecken\" class=\"chapter\">\n")
        h.element("h2", t.sectionTitles[1])
        h.element("p", t.gapsIntro)
        h.raw("<div class=\"legend\">\n")
        h.raw("<p><span class=\"swatch flag\">0 !</span> \(HTMLBuilder.escape(t.legendFlag(GapAnalysis.fewThreshold)))</p>\n")
        h.raw("<p><span class=\"swatch strained\">*</span> \(HTMLBuilder.escape(t.legendStrained))</p>\n")
        h.raw("<p><span class=\"swatch few\">\(GapAnalysis.fewThreshold)</span> \(HTMLBuilder.escape(t.legendFew(GapAnalysis.fewThreshold)))</p>\n")
        h.raw("<p><span class=\"swatch none\">0</span> \(HTMLBuilder.escape(t.legendNone))</p>\n")
        h.raw("</div>\n")
        guard !gaps.districts.isEmpty, !gaps.items.isEmpty else {
            h.element("p", t.noGapData, class: "note")
            h.raw("</section>\n")
            return
        }
        h.element("p", t.gapsSummary(gaps.flagged.count, strainedDistricts.count), class: "summary")
        h.raw("<table class=\"gaps\">\n<thead><tr><th class=\"item\">\(HTMLBuilder.escape(t.chainColumn))</th>")
        h.raw("<th class=\"vert\"><span>\(HTMLBuilder.escape(t.citywideColumn))</span></th>")
        for d in gaps.districts {
            let strained = monitoring.isStrained(d.id)
            h.raw("<th class=\"vert\(strained ? " strained" : "")\"><span>\(HTMLBuilder.escape(d.name))\(strained ? " *" : "")</span></th>")
        }
        h.raw("</tr></thead>\n<tbody>\n")
        for item in gaps.items {
            h.raw("<tr class=\"\(item.isTransition ? "transition" : "stage")\">")
            h.raw("<th class=\"item\">\(item.isTransition ? "↳ " : "")\(HTMLBuilder.escape(item.title))</th>")
            let citywide = gaps.districts.first.flatMap { gaps.cell(item: item.id, district: $0.id)?.citywide } ?? 0
            h.raw("<td class=\"citywide\">\(citywide)</td>")
            for d in gaps.districts {
                guard let c = gaps.cell(item: item.id, district: d.id) else { h.raw("<td></td>"); continue }
                let cls = c.flagged ? "flag" : c.level.rawValue
                let label = HTMLBuilder.escape(t.cellTitle(item.title, d.name, c.local, c.citywide, c.flagged))
                h.raw("<td class=\"\(cls)\" title=\"\(label)\">\(c.local)\(c.flagged ? " !" : "")</td>")
            }
            h.raw("</tr>\n")
        }
        h.raw("</tbody>\n</table>\n")
        h.raw("</section>\n")
    }

    private func htmlMonitoring(_ h: inout HTMLBuilder) {
        let t = text
        h.raw("<section id=\"monitoring\" class=\"chapter\">\n")
        h.element("h2", t.sectionTitles[2])
        h.element("p", t.monitoringIntro)
        guard !store.indicators.isEmpty else {
            h.element("p", t.noIndicators, class: "note")
            h.raw("</section>\n")
            return
        }
        h.raw("<div class=\"legend\">\n")
        h.element("p", t.tableLegend)
        h.raw("</div>\n")

        // Small multiples: the municipal average of every indicator over the years.
        h.element("h3", t.overviewTrends)
        h.raw("<div class=\"multiples\">\n")
        for ind in store.indicators {
            h.raw("<figure class=\"multiple\">\n")
            h.raw(SVG.lineChart(series: monitoring.averageSeries(ind.id), title: ind.title, text: t,
                                decimals: max(1, decimals(ind.id)), width: 220, height: 120, compact: true))
            h.raw("<figcaption>\(HTMLBuilder.escape(ind.title))</figcaption>\n</figure>\n")
        }
        h.raw("</div>\n")

        // Districts × indicators: where each district stands, and its strain.
        h.element("h3", t.overviewDistricts)
        h.raw("<table class=\"matrix\">\n<thead><tr><th>\(HTMLBuilder.escape(t.columnDistrict))</th>")
        for (i, ind) in store.indicators.enumerated() {
            h.raw("<th class=\"num\" title=\"\(HTMLBuilder.escape(ind.title))\">[\(i + 1)]</th>")
        }
        h.raw("<th class=\"num\">\(HTMLBuilder.escape(t.worseColumn))</th><th>\(HTMLBuilder.escape(t.strainedColumn))</th></tr></thead>\n<tbody>\n")
        for d in store.districts {
            let strained = monitoring.isStrained(d.id)
            h.raw("<tr\(strained ? " class=\"strained\"" : "")><th>\(HTMLBuilder.escape(d.name))</th>")
            for ind in store.indicators {
                let cell = monitoring.cell(district: d.id, indicator: ind.id)
                if cell?.suppressed == true {
                    h.raw("<td class=\"suppressed\">\(HTMLBuilder.escape(t.suppressed))</td>")
                } else if let a = cell?.assessment {
                    h.raw("<td class=\"num a-\(a.rawValue)\" title=\"\(HTMLBuilder.escape(t.assessmentName(a)))\">\(a.symbol)</td>")
                } else {
                    h.raw("<td class=\"num\">\(HTMLBuilder.escape(t.missing))</td>")
                }
            }
            let s = monitoring.strain(of: d.id)
            let worse = Int((s.share * Double(s.assessed)).rounded())
            h.raw("<td class=\"num\">\(worse)/\(s.assessed)</td>")
            h.raw("<td>\(strained ? "* " + HTMLBuilder.escape(t.yes) : HTMLBuilder.escape(t.no))</td></tr>\n")
        }
        h.raw("</tbody>\n</table>\n")
        h.raw("<ol class=\"key\">\n")
        for ind in store.indicators { h.element("li", ind.title) }
        h.raw("</ol>\n")

        for (i, ind) in store.indicators.enumerated() {
            htmlIndicator(&h, ind, number: i + 1)
        }
        h.raw("</section>\n")
    }

    private func htmlIndicator(_ h: inout HTMLBuilder, _ ind: Indicator, number: Int) {
        let t = text
        let dec = decimals(ind.id)
        let avgDec = max(1, dec)
        h.raw("<section class=\"indicator\" id=\"indikator-\(HTMLBuilder.escape(ind.id))\">\n")
        h.element("h3", "[\(number)] " + ind.title)
        h.element("p", indicatorMeta(ind), class: "meta")
        if let d = ind.description { h.element("p", d, class: "description") }
        let latest = monitoring.latestAverage(ind.id)
        if let latest {
            h.element("p", t.averageSentence(t.number(latest.value, decimals: avgDec), ind.unit, latest.year,
                                             trendText(monitoring.averageTrend(ind.id))), class: "summary")
        }
        let order = monitoring.districts(sortedBy: ind.id)
        h.raw("<div class=\"charts\">\n")
        h.raw("<figure class=\"line\">\n")
        h.raw(SVG.lineChart(series: monitoring.averageSeries(ind.id), title: t.lineChartTitle(ind.title), text: t,
                            decimals: avgDec, width: 260, height: 170, compact: false))
        h.raw("<figcaption>\(HTMLBuilder.escape(t.lineChartCaption))</figcaption>\n</figure>\n")
        h.raw("<figure class=\"bars\">\n")
        let rows = order.map { d -> SVG.BarRow in
            let cell = monitoring.cell(district: d.id, indicator: ind.id)
            return SVG.BarRow(label: d.name, value: cell?.suppressed == true ? nil : cell?.value,
                              suppressed: cell?.suppressed == true, assessment: cell?.assessment)
        }
        h.raw(SVG.barChart(rows: rows, average: latest?.value, title: t.barChartTitle(ind.title, latest?.year), text: t,
                           decimals: dec, averageDecimals: avgDec))
        h.raw("<figcaption>\(HTMLBuilder.escape(t.barChartCaption))</figcaption>\n</figure>\n")
        h.raw("</div>\n")

        h.raw("<table class=\"values\">\n<thead><tr><th>\(HTMLBuilder.escape(t.columnDistrict))</th>")
        h.raw("<th class=\"num\">\(HTMLBuilder.escape(t.valueColumn))</th><th class=\"num\">\(HTMLBuilder.escape(t.yearColumn))</th>")
        h.raw("<th>\(HTMLBuilder.escape(t.assessmentColumn))</th><th>\(HTMLBuilder.escape(t.trendColumn))</th>")
        h.raw("<th class=\"num\">\(HTMLBuilder.escape(t.averageColumn))</th></tr></thead>\n<tbody>\n")
        for d in order {
            let cell = monitoring.cell(district: d.id, indicator: ind.id)
            h.raw("<tr><th>\(HTMLBuilder.escape(d.name))</th>")
            let value = valueText(cell, decimals: dec)
            h.raw("<td class=\"num\(cell?.suppressed == true ? " suppressed" : "")\">\(HTMLBuilder.escape(value))</td>")
            h.raw("<td class=\"num\">\(cell?.year.map(String.init) ?? "")</td>")
            if let a = cell?.assessment {
                h.raw("<td class=\"a-\(a.rawValue)\">\(a.symbol) \(HTMLBuilder.escape(t.assessmentName(a)))</td>")
            } else {
                h.raw("<td>\(HTMLBuilder.escape(t.missing))</td>")
            }
            let trend = cell?.trend
            let trendClass = trend?.improving.map { $0 ? " class=\"improving\"" : " class=\"worsening\"" } ?? ""
            h.raw("<td\(trendClass)>\(HTMLBuilder.escape(trendText(trend)))</td>")
            let avg = cell?.year.flatMap { monitoring.average(ind.id, year: $0) }
            h.raw("<td class=\"num\">\(HTMLBuilder.escape(avg.map { t.number($0, decimals: avgDec) } ?? t.missing))</td></tr>\n")
        }
        h.raw("</tbody>\n</table>\n</section>\n")
    }

    private func htmlLeitbild(_ h: inout HTMLBuilder) {
        let t = text
        let lb = store.leitbild
        h.raw("<section id=\"leitbild\" class=\"chapter\">\n")
        h.element("h2", t.sectionTitles[3])
        if !lb.title.isEmpty { h.element("p", lb.title, class: "lbtitle") }
        if !lb.preamble.isEmpty { h.element("p", lb.preamble, class: "preamble") }
        h.element("h3", t.goalsHeading)
        if lb.goals.isEmpty { h.element("p", t.noGoals, class: "note") }
        for goal in lb.goals {
            h.raw("<div class=\"goal\">\n")
            h.element("h4", goal.title)
            h.element("p", goal.text)
            if !goal.indicators.isEmpty {
                h.raw("<ul class=\"goal-indicators\">\n")
                for id in goal.indicators { h.element("li", goalIndicatorLine(id)) }
                h.raw("</ul>\n")
            }
            h.raw("</div>\n")
        }
        h.element("h3", t.principlesHeading)
        if lb.principles.isEmpty { h.element("p", t.noPrinciples, class: "note") }
        h.raw("<ul class=\"principles\">\n")
        for p in lb.principles { h.element("li", p.text) }
        h.raw("</ul>\n</section>\n")
    }

    func goalIndicatorLine(_ id: String) -> String {
        guard let ind = store.indicator(id: id) else { return text.unknownIndicator(id) }
        guard let latest = monitoring.latestAverage(id) else { return ind.title + ": " + text.noValues }
        let value = text.number(latest.value, decimals: max(1, decimals(id)))
        return text.goalIndicator(ind.title, value, ind.unit, latest.year, trendText(monitoring.averageTrend(id)))
    }

    private func htmlMethod(_ h: inout HTMLBuilder) {
        h.raw("<section id=\"methode\" class=\"chapter method\">\n")
        h.element("h2", text.sectionTitles[4])
        h.raw("<ul>\n")
        for line in text.methodNotes(Int((Assessment.tolerance * 100).rounded()), GapAnalysis.fewThreshold,
                                              Int((Trend.flatThreshold * 100).rounded())) {
            h.element("li", line)
        }
        h.raw("</ul>\n</section>\n")
    }

    static let css = """
        @page { size: A4; margin: 15mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Source Sans Pro", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
               font-size: 10.5pt; line-height: 1.4; color: #1a1a1a; background: #ffffff; max-width: 190mm;
               margin: 0 auto; padding: 8mm 0; }
        h1 { font-size: 22pt; margin: 0 0 4pt 0; }
        h2 { font-size: 15pt; border-bottom: 1.5pt solid #1f4e79; color: #1f4e79; padding-bottom: 2pt; margin-top: 18pt; }
        h3 { font-size: 12pt; color: #1f4e79; margin: 14pt 0 4pt 0; }
        h4 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }
        p { margin: 3pt 0 6pt 0; }
        a { color: inherit; text-decoration: none; }
        .kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #555555; font-size: 9pt; }
        .subtitle { font-size: 13pt; color: #333333; }
        .date { font-weight: bold; }
        .facts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 4pt 14pt; }
        .facts li { border-left: 3pt solid #1f4e79; padding-left: 5pt; }
        .toc ol { padding-left: 16pt; }
        .note { color: #555555; font-size: 9pt; }
        .summary { font-weight: bold; }
        table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; font-size: 9pt; }
        th, td { border: 0.5pt solid #b0b0b0; padding: 2pt 4pt; text-align: left; vertical-align: top; }
        thead th { background: #e8eef4; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.transition td, tr.transition th { color: #444444; font-style: italic; }
        .barcol { width: 130px; }
        .bar-stage { fill: #1f4e79; }
        .bar-transition { fill: #8fb3d9; }
        table.gaps { font-size: 8pt; table-layout: fixed; }
        table.gaps th.item { width: 46mm; font-weight: normal; }
        table.gaps td { text-align: center; padding: 1pt; }
        table.gaps th.vert { height: 30mm; vertical-align: bottom; padding: 2pt 0; }
        table.gaps th.vert span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; }
        th.strained { background: #f3d9a4; }
        td.citywide { background: #f2f2f2; color: #555555; }
        td.none { color: #777777; }
        td.few { background: #fff6d8; }
        td.flag, .swatch.flag { background: #f4b6a6; color: #7a1200; font-weight: bold; outline: 1pt solid #b3261e; }
        .swatch { display: inline-block; min-width: 22pt; text-align: center; border: 0.5pt solid #b0b0b0; margin-right: 4pt; }
        .swatch.strained { background: #f3d9a4; }
        .swatch.few { background: #fff6d8; }
        .swatch.none { color: #777777; }
        .legend { border: 0.5pt solid #c8c8c8; background: #fafafa; padding: 4pt 6pt; margin: 6pt 0; font-size: 9pt; }
        .legend p { margin: 2pt 0; }
        .a-better { color: #1b5e20; }
        .a-average { color: #424242; }
        .a-worse { color: #b3261e; font-weight: bold; }
        td.suppressed { color: #6d4c41; font-style: italic; }
        .improving { color: #1b5e20; }
        .worsening { color: #b3261e; }
        tr.strained th { background: #f3d9a4; }
        table.matrix td { text-align: center; }
        ol.key { font-size: 8.5pt; columns: 2; margin-top: 0; }
        .multiples { display: flex; flex-wrap: wrap; gap: 6pt; }
        figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
        figure.multiple { width: 58mm; }
        figcaption { font-size: 8pt; color: #555555; }
        .charts { display: flex; flex-wrap: wrap; gap: 8pt; align-items: flex-start; }
        svg { font-family: inherit; }
        svg text { font-size: 9px; fill: #1a1a1a; }
        svg .axis { stroke: #9e9e9e; stroke-width: 0.8; }
        svg .grid { stroke: #e0e0e0; stroke-width: 0.6; }
        svg .line { fill: none; stroke: #1f4e79; stroke-width: 2; }
        svg .dot { fill: #1f4e79; }
        svg .avg { stroke: #1a1a1a; stroke-width: 1.2; stroke-dasharray: 4 2; }
        svg .b-better { fill: #8cc28e; }
        svg .b-average { fill: #c9c9c9; }
        svg .b-worse { fill: #eb9486; }
        svg .b-none { fill: #c9c9c9; }
        svg text.muted { fill: #6d4c41; font-style: italic; }
        svg text.small { font-size: 8px; }
        svg text.v { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        section.indicator { break-inside: avoid; page-break-inside: avoid; border-top: 0.5pt solid #d0d0d0; margin-top: 10pt; }
        .meta, .description { font-size: 9pt; color: #444444; }
        .goal { break-inside: avoid; page-break-inside: avoid; border-left: 3pt solid #8fb3d9; padding-left: 6pt; margin: 6pt 0; }
        footer { margin-top: 16pt; border-top: 0.5pt solid #b0b0b0; font-size: 8pt; color: #555555; }
        @media print {
          body { padding: 0; max-width: none; }
          .chapter { break-before: page; page-break-before: always; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          .toc a { color: #1a1a1a; }
        }

        """

    // MARK: Markdown

    public func markdown() -> String {
        let t = text
        var m: [String] = []
        func p(_ s: String) { m.append(MD.escape(s)); m.append("") }
        m.append("# " + MD.escape(t.reportTitle(store.info.municipality)))
        m.append("")
        m.append("**" + MD.escape(t.committee) + "** · " + MD.escape(t.reportSubtitle) + "  ")
        m.append(MD.escape(t.asOf(t.longDate(date))))
        m.append("")
        for fact in t.facts(store.stages.count, store.transitions.count, store.districts.count, activeOffers,
                            store.indicators.count) {
            m.append("- " + MD.escape(fact))
        }
        m.append("")

        // Chain
        m.append("## " + MD.escape(t.sectionTitles[0]))
        m.append("")
        p(t.chainIntro(store.info.municipality, activeOffers))
        let entries = chainEntries
        let maxCount = max(1, entries.map(\.offers).max() ?? 1)
        m.append(MD.row([t.numberColumn, t.chainColumn, t.ageColumn, t.offersColumn, ""].map(MD.escape)))
        m.append(MD.separator(["r", "l", "l", "r", "l"]))
        for e in entries {
            let bar = String(repeating: "█", count: Int((Double(e.offers) / Double(maxCount) * 20).rounded()))
            m.append(MD.row([e.number.map(String.init) ?? "", (e.isTransition ? "↳ " : "") + MD.escape(e.title),
                             MD.escape(e.age), String(e.offers), bar]))
        }
        m.append("")
        p(t.chainNote)

        // Gaps
        m.append("## " + MD.escape(t.sectionTitles[1]))
        m.append("")
        p(t.gapsIntro)
        m.append("- **0 !** " + MD.escape(t.legendFlag(GapAnalysis.fewThreshold)))
        m.append("- **\\*** " + MD.escape(t.legendStrained))
        m.append("- " + MD.escape(t.legendFew(GapAnalysis.fewThreshold)))
        m.append("")
        if gaps.districts.isEmpty || gaps.items.isEmpty {
            p(t.noGapData)
        } else {
            m.append("**" + MD.escape(t.gapsSummary(gaps.flagged.count, strainedDistricts.count)) + "**")
            m.append("")
            m.append(MD.row([MD.escape(t.chainColumn), MD.escape(t.citywideColumn)] + gaps.districts.map {
                MD.escape($0.name) + (monitoring.isStrained($0.id) ? " \\*" : "")
            }))
            m.append(MD.separator(["l", "r"] + gaps.districts.map { _ in "r" }))
            for item in gaps.items {
                let citywide = gaps.districts.first.flatMap { gaps.cell(item: item.id, district: $0.id)?.citywide } ?? 0
                m.append(MD.row([(item.isTransition ? "↳ " : "") + MD.escape(item.title), String(citywide)]
                                + gaps.districts.map { d in
                                    guard let c = gaps.cell(item: item.id, district: d.id) else { return "" }
                                    return c.flagged ? "**\(c.local) !**" : String(c.local)
                                }))
            }
            m.append("")
        }

        // Monitoring
        m.append("## " + MD.escape(t.sectionTitles[2]))
        m.append("")
        p(t.monitoringIntro)
        if store.indicators.isEmpty {
            p(t.noIndicators)
        } else {
            p(t.tableLegend)
            m.append("### " + MD.escape(t.overviewDistricts))
            m.append("")
            m.append(MD.row([MD.escape(t.columnDistrict)] + store.indicators.indices.map { "[\($0 + 1)]" }
                            + [MD.escape(t.worseColumn), MD.escape(t.strainedColumn)]))
            m.append(MD.separator(["l"] + store.indicators.map { _ in "c" } + ["r", "l"]))
            for d in store.districts {
                let cells = store.indicators.map { ind -> String in
                    let cell = monitoring.cell(district: d.id, indicator: ind.id)
                    if cell?.suppressed == true { return MD.escape(t.suppressed) }
                    return cell?.assessment.map { MD.escape($0.symbol) } ?? MD.escape(t.missing)
                }
                let s = monitoring.strain(of: d.id)
                let worse = Int((s.share * Double(s.assessed)).rounded())
                m.append(MD.row([MD.escape(d.name)] + cells
                                + ["\(worse)/\(s.assessed)", monitoring.isStrained(d.id) ? "\\* " + MD.escape(t.yes) : MD.escape(t.no)]))
            }
            m.append("")
            for (i, ind) in store.indicators.enumerated() { m.append("\(i + 1). " + MD.escape(ind.title)) }
            m.append("")
            for (i, ind) in store.indicators.enumerated() { markdownIndicator(&m, ind, number: i + 1) }
        }

        // Leitbild
        let lb = store.leitbild
        m.append("## " + MD.escape(t.sectionTitles[3]))
        m.append("")
        if !lb.title.isEmpty { m.append("**" + MD.escape(lb.title) + "**"); m.append("") }
        if !lb.preamble.isEmpty { p(lb.preamble) }
        m.append("### " + MD.escape(t.goalsHeading))
        m.append("")
        if lb.goals.isEmpty { p(t.noGoals) }
        for goal in lb.goals {
            m.append("#### " + MD.escape(goal.title))
            m.append("")
            p(goal.text)
            for id in goal.indicators { m.append("- " + MD.escape(goalIndicatorLine(id))) }
            if !goal.indicators.isEmpty { m.append("") }
        }
        m.append("### " + MD.escape(t.principlesHeading))
        m.append("")
        if lb.principles.isEmpty { p(t.noPrinciples) }
        for pr in lb.principles { m.append("- " + MD.escape(pr.text)) }
        if !lb.principles.isEmpty { m.append("") }

        m.append("## " + MD.escape(t.sectionTitles[4]))
        m.append("")
        for line in t.methodNotes(Int((Assessment.tolerance * 100).rounded()), GapAnalysis.fewThreshold,
                                              Int((Trend.flatThreshold * 100).rounded())) {
            m.append("- " + MD.escape(line))
        }
        m.append("")
        m.append("---")
        m.append("")
        m.append(MD.escape(t.footer(store.info.municipality, t.longDate(date))))
        return m.joined(separator: "\n") + "\n"
    }

    private func markdownIndicator(_ m: inout [String], _ ind: Indicator, number: Int) {
        let t = text
        let dec = decimals(ind.id)
        let avgDec = max(1, dec)
        m.append("### [\(number)] " + MD.escape(ind.title))
        m.append("")
        m.append("*" + MD.escape(indicatorMeta(ind)) + "*")
        m.append("")
        if let d = ind.description { m.append(MD.escape(d)); m.append("") }
        let latest = monitoring.latestAverage(ind.id)
        if let latest {
            m.append("**" + MD.escape(t.averageSentence(t.number(latest.value, decimals: avgDec), ind.unit, latest.year,
                                                         trendText(monitoring.averageTrend(ind.id)))) + "**")
            m.append("")
            let series = monitoring.averageSeries(ind.id)
            if series.count > 1 {
                m.append(MD.escape(t.lineChartCaption) + ": "
                         + series.map { "\($0.year): \(t.number($0.value, decimals: avgDec))" }.joined(separator: " · "))
                m.append("")
            }
        }
        let order = monitoring.districts(sortedBy: ind.id)
        // A text bar per district (20 cells for the largest value), the city average marked with "┆".
        let shown = order.compactMap { d -> Double? in
            let c = monitoring.cell(district: d.id, indicator: ind.id)
            return c?.suppressed == true ? nil : c?.value
        }
        let top = max(shown.max() ?? 0, latest?.value ?? 0)
        let scale = top > 0 && (shown.min() ?? 0) >= 0 ? 20 / top : 0
        func bar(_ v: Double?) -> String {
            guard let v, scale > 0 else { return "" }
            var cells = Array(repeating: Character("█"), count: Int((v * scale).rounded()))
            if let avg = latest?.value {
                let at = min(20, Int((avg * scale).rounded()))
                while cells.count <= at { cells.append(" ") }
                cells[at] = "┆"
            }
            return String(cells).trimmingTrailingSpaces()
        }
        m.append(MD.row([t.columnDistrict, t.valueColumn, t.yearColumn, t.assessmentColumn, t.trendColumn, t.averageColumn].map(MD.escape) + [""]))
        m.append(MD.separator(["l", "r", "r", "l", "l", "r", "l"]))
        for d in order {
            let cell = monitoring.cell(district: d.id, indicator: ind.id)
            let avg = cell?.year.flatMap { monitoring.average(ind.id, year: $0) }
            m.append(MD.row([
                MD.escape(d.name), MD.escape(valueText(cell, decimals: dec)), cell?.year.map(String.init) ?? "",
                cell?.assessment.map { MD.escape($0.symbol + " " + t.assessmentName($0)) } ?? MD.escape(t.missing),
                MD.escape(trendText(cell?.trend)), MD.escape(avg.map { t.number($0, decimals: avgDec) } ?? t.missing),
                cell?.suppressed == true ? "" : bar(cell?.value),
            ]))
        }
        m.append("")
        if latest != nil, scale > 0 {
            m.append(MD.escape(t.textBarCaption))
            m.append("")
        }
    }
}

/// Builds escaped XHTML text.
struct HTMLBuilder {
    var out = ""

    init() { out.reserveCapacity(64 * 1024) }

    mutating func raw(_ s: String) { out += s }

    mutating func element(_ name: String, _ content: String, class cls: String? = nil) {
        out += "<\(name)" + (cls.map { " class=\"\($0)\"" } ?? "") + ">" + Self.escape(content) + "</\(name)>\n"
    }

    /// Text for XHTML content and attribute values: markup characters as XML's own references,
    /// control characters as visible escapes (they are not allowed in XML at all).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in TerminalText.escaped(text, keepNewlines: true).unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{FFFE}", "\u{FFFF}": out += "\\u{\(String(s.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }
}

/// Markdown text helpers.
enum MD {
    /// Store text for Markdown: markup characters escaped, HTML as text, one line. A leading
    /// `+`, `-`, `=` or `1.` is escaped too, so that text never turns into a list or a heading.
    static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(TerminalText.escaped(text, keepNewlines: true).replacingAll("\n", with: " ").unicodeScalars)
        if let first = scalars.first, first == "+" || first == "-" || first == "=" { out += "\\" }
        let leadingDigits = scalars.prefix { $0.properties.numericType != nil && $0.isASCII }.count
        for (i, s) in scalars.enumerated() {
            if i == leadingDigits, leadingDigits > 0, s == "." || s == ")" {
                out += "\\" + String(s)
                continue
            }
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\" + String(s)
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    static func separator(_ aligns: [String]) -> String {
        "|" + aligns.map { a in a == "r" ? "---:|" : a == "c" ? ":---:|" : "---|" }.joined()
    }
}

/// Inline SVG charts for the HTML report: no scripts, no external references.
enum SVG {
    struct BarRow {
        var label: String
        var value: Double?
        var suppressed: Bool
        var assessment: Assessment?
    }

    /// A number for an SVG attribute.
    static func n(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    /// A line chart of a series over the years, with its first and last values labelled.
    static func lineChart(series: [(year: Int, value: Double)], title: String, text: ReportText, decimals: Int,
                          width: Int, height: Int, compact: Bool) -> String {
        let esc = HTMLBuilder.escape
        var s = "<svg class=\"chart\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(esc(title))\">"
        s += "<title>\(esc(title))</title>"
        guard !series.isEmpty else {
            s += "<text x=\"\(width / 2)\" y=\"\(height / 2)\" text-anchor=\"middle\" class=\"muted\">\(esc(text.noValues))</text></svg>\n"
            return s
        }
        let left = 34.0, right = 14.0, top = 14.0, bottom = 20.0
        let w = Double(width) - left - right, h = Double(height) - top - bottom
        var lo = series.map(\.value).min()!, hi = series.map(\.value).max()!
        let pad = hi > lo ? (hi - lo) * 0.15 : max(abs(hi) * 0.1, 1)
        lo -= pad
        hi += pad
        if lo < 0, series.allSatisfy({ $0.value >= 0 }) { lo = 0 }
        let firstYear = series.first!.year, lastYear = series.last!.year
        func x(_ year: Int) -> Double {
            lastYear == firstYear ? left + w / 2 : left + w * Double(year - firstYear) / Double(lastYear - firstYear)
        }
        func y(_ v: Double) -> Double { top + h * (1 - (v - lo) / (hi - lo)) }
        // Axes and grid.
        s += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top + h))\" x2=\"\(n(left + w))\" y2=\"\(n(top + h))\" />"
        s += "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top))\" x2=\"\(n(left))\" y2=\"\(n(top + h))\" />"
        for v in [lo, (lo + hi) / 2, hi] {
            s += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(y(v)))\" x2=\"\(n(left + w))\" y2=\"\(n(y(v)))\" />"
            s += "<text x=\"\(n(left - 3))\" y=\"\(n(y(v) + 3))\" text-anchor=\"end\" class=\"small\">\(esc(text.number(v, decimals: max(0, decimals - 1))))</text>"
        }
        let labelled: [Int] = compact || series.count > 8 ? [firstYear, lastYear] : series.map(\.year)
        for year in Set(labelled).sorted() {
            s += "<text x=\"\(n(x(year)))\" y=\"\(n(top + h + 13))\" text-anchor=\"middle\" class=\"small\">\(year)</text>"
        }
        if series.count > 1 {
            s += "<polyline class=\"line\" points=\"" + series.map { "\(n(x($0.year))),\(n(y($0.value)))" }.joined(separator: " ") + "\" />"
        }
        for p in series { s += "<circle class=\"dot\" cx=\"\(n(x(p.year)))\" cy=\"\(n(y(p.value)))\" r=\"2.5\" />" }
        let first = series.first!, last = series.last!
        s += "<text x=\"\(n(x(first.year) + 2))\" y=\"\(n(y(first.value) - 5))\" class=\"v\">\(esc(text.number(first.value, decimals: decimals)))</text>"
        if series.count > 1 {
            s += "<text x=\"\(n(x(last.year)))\" y=\"\(n(y(last.value) - 5))\" text-anchor=\"end\" class=\"v\">\(esc(text.number(last.value, decimals: decimals)))</text>"
        }
        return s + "</svg>\n"
    }

    /// Horizontal bars of the latest value per district, coloured and marked by assessment, the
    /// municipal average as a dashed line. Suppressed values get no bar, only the word.
    static func barChart(rows: [BarRow], average: Double?, title: String, text: ReportText, decimals: Int,
                         averageDecimals: Int) -> String {
        let esc = HTMLBuilder.escape
        let width = 400.0, labelWidth = 120.0, valueWidth = 58.0, rowHeight = 15.0, top = 18.0
        let height = top + rowHeight * Double(max(rows.count, 1)) + 6
        var s = "<svg class=\"chart\" width=\"\(n(width))\" height=\"\(n(height))\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-label=\"\(esc(title))\">"
        s += "<title>\(esc(title))</title>"
        let values = rows.compactMap(\.value) + (average.map { [$0] } ?? [])
        var lo = min(0, values.min() ?? 0), hi = max(0, values.max() ?? 1)
        if hi == lo { hi = lo + 1 }
        hi += (hi - lo) * 0.05
        lo -= lo < 0 ? (hi - lo) * 0.05 : 0
        let x0 = labelWidth + 4, plot = width - x0 - valueWidth
        func x(_ v: Double) -> Double { x0 + plot * (v - lo) / (hi - lo) }
        s += "<line class=\"axis\" x1=\"\(n(x(0)))\" y1=\"\(n(top - 4))\" x2=\"\(n(x(0)))\" y2=\"\(n(height - 4))\" />"
        // The average first, so that bars and their labels lie on top of it.
        if let average {
            s += "<line class=\"avg\" x1=\"\(n(x(average)))\" y1=\"\(n(top - 2))\" x2=\"\(n(x(average)))\" y2=\"\(n(height - 4))\" />"
            s += "<text x=\"\(n(x(average)))\" y=\"\(n(top - 6))\" text-anchor=\"middle\" class=\"small\">\(esc(text.averageMarker(text.number(average, decimals: averageDecimals))))</text>"
        }
        for (i, r) in rows.enumerated() {
            let y = top + rowHeight * Double(i)
            let label = TerminalText.truncate(r.label, to: 24)
            s += "<text x=\"\(n(labelWidth))\" y=\"\(n(y + 10))\" text-anchor=\"end\">\(esc(label))</text>"
            if r.suppressed {
                s += "<text x=\"\(n(x0 + 2))\" y=\"\(n(y + 10))\" class=\"muted\">\(esc(text.suppressed))</text>"
            } else if let v = r.value {
                let a = min(x(0), x(v)), b = max(x(0), x(v))
                s += "<rect x=\"\(n(a))\" y=\"\(n(y + 2))\" width=\"\(n(max(b - a, 0.5)))\" height=\"\(n(rowHeight - 4))\" class=\"b-\(r.assessment?.rawValue ?? "none")\" />"
                s += "<text x=\"\(n(max(x(v), x(0)) + 3))\" y=\"\(n(y + 10))\" class=\"v\">\(esc(text.number(v, decimals: decimals) + " " + (r.assessment?.symbol ?? "")))</text>"
            } else {
                s += "<text x=\"\(n(x0 + 2))\" y=\"\(n(y + 10))\" class=\"muted\">\(esc(text.missing))</text>"
            }
        }
        return s + "</svg>\n"
    }
}
