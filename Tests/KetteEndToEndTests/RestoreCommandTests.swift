import Foundation
import Testing
import KetteCore

@Suite struct RestoreCommandTests {
    @Test func restoreBringsBackAnEarlierVersion() throws {
        let dir = KetteBinary.temporaryDirectory() + "/s"
        #expect(try KetteBinary.run(["init", dir]).status == 0)
        let csv = dir + "/../werte.csv"
        for value in ["11,5", "22,5"] {
            try "Stadtteil;Jahr;Indikator;Wert\nAltstadt;2031;sgb2-u15;\(value)\n".write(toFile: csv, atomically: true, encoding: .utf8)
            let r = try KetteBinary.run(["indicators", "import", csv, "--store", dir])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let list = try KetteBinary.run(["restore", "indicators.json", "--store", dir])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: " ").first.map(String.init) } == ["1", "0"])
        // Revision 1 holds the first import (11.5); bring it back.
        let r = try KetteBinary.run(["restore", "indicators.json", "--revision", "1", "--store", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("indicators.json: Revision 1 als Revision 3 wiederhergestellt"), "\(r.stdout)")
        let text = try String(contentsOfFile: dir + "/indicators.json", encoding: .utf8)
        #expect(text.contains("11.5") && !text.contains("22.5"))
        #expect(try KetteBinary.run(["validate", "--store", dir]).status == 0)
        // The replaced version is kept too: the restore can be undone.
        let after = try KetteBinary.run(["restore", "indicators.json", "--store", dir])
        #expect(after.stdout.contains("\n2 "))
        let missing = try KetteBinary.run(["restore", "indicators.json", "--revision", "99", "--store", dir])
        #expect(missing.status != 0 && missing.stderr.contains("Revision 99 ist nicht aufbewahrt (vorhanden: 2, 1, 0)"), "\(missing.stderr)")
        let missingEnglish = try KetteBinary.run(["restore", "indicators.json", "--revision", "99", "--store", dir, "--lang", "en"])
        #expect(missingEnglish.status != 0 && missingEnglish.stderr.contains("revision 99 is not kept (kept: 2, 1, 0)"), "\(missingEnglish.stderr)")
        let demo = try KetteBinary.run(["restore", "offers.json"])
        #expect(demo.status != 0 && demo.stderr.contains("Der Demo-Datenbestand hat keine früheren Versionen"), "\(demo.stderr)")
        let demoEnglish = try KetteBinary.run(["restore", "offers.json", "--lang", "en"])
        #expect(demoEnglish.status != 0 && demoEnglish.stderr.contains("demo store has no history"))
    }
}
