/// Reading the Pronunciations table: `| word | say as |`, a row per word the producer says how to pronounce.
extension ScriptParser {
    /// The columns of the Pronunciations table.
    static let pronunciationColumns = ["word", "say as"]

    mutating func readPronunciationRow(_ text: String, line: Int) {
        if text.hasPrefix(">") { return }
        guard text.hasPrefix("|") else {
            problem(line, "the pronunciations section holds only its table: rows are “| word | say as |”")
            return
        }
        let cells = Self.tableCells(text)
        if pronunciationRows.count == 1, Self.isTableRule(cells) { return }
        pronunciationRows.append(TableRow(line: line, cells: cells))
    }

    /// The pronunciations in the table, with a problem for each bad row; `nil` when the script has no table rows.
    mutating func readPronunciations() -> [Pronunciation]? {
        guard let header = pronunciationRows.first else { return nil }
        guard header.cells.map({ $0.lowercased() }) == Self.pronunciationColumns else {
            problem(header.line, "the pronunciations table's columns are “| word | say as |”")
            return nil
        }
        var entries: [Pronunciation] = []
        var lines: [String: Int] = [:]
        for row in pronunciationRows.dropFirst() {
            guard row.cells.count == 2 else {
                problem(row.line, "this row has \(row.cells.count) cells but the table has 2: “| word | say as |”")
                continue
            }
            let word = ScriptText.unescape(row.cells[0])
            let sayAs = ScriptText.unescape(row.cells[1])
            guard !word.isEmpty else {
                problem(row.line, "a pronunciation with no word: write the word in the first column")
                continue
            }
            guard SpokenWords(word).words.count == 1 else {
                problem(
                    row.line,
                    "“\(word)” is not one word: give each word of a name its own row")
                continue
            }
            let key = SpokenWords.key(word)
            if let first = lines[key] {
                problem(row.line, "“\(word)” is given twice (also on line \(first)): keep one row")
                continue
            }
            lines[key] = row.line
            if !sayAs.isEmpty, Pronunciation.cmuPhones(sayAs) == nil, sayAs == sayAs.uppercased(),
                sayAs.contains(where: \.isLetter), sayAs.contains(" ")
            {
                // Capitals and spaces look like CMU phones; one that is not would be read out letter by letter.
                problem(
                    row.line,
                    "“\(sayAs)” looks like CMU phones but is not: use the 39 phones of the CMU dictionary "
                        + "(T S UW1 R UW0 OW1 K AH0), or write a respelling in lower case (tsoo-roo-OH-kah)")
                continue
            }
            entries.append(Pronunciation(word: word, sayAs: sayAs))
        }
        return entries
    }
}
