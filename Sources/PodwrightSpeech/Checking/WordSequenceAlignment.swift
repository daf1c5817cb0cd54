/// The edit alignment of two word sequences (what the script says, what was heard): which words match, which were
/// substituted, skipped or added. A weighted Levenshtein alignment (a substitution costs 3, a skip or an addition
/// 2, so a skipped phrase reads as a skip rather than as a run of substitutions); the sequences are a segment
/// long, so quadratic is fine.
struct WordSequenceAlignment: Equatable {
    /// One step of the alignment.
    enum Step: Equatable {
        /// Expected word `expected` heard as heard word `heard`.
        case match(expected: Int, heard: Int)
        /// Expected word said as another.
        case substitute(expected: Int, heard: Int)
        /// Expected word not said.
        case skip(expected: Int)
        /// A word said that is not expected.
        case add(heard: Int)
    }

    /// The steps in order.
    var steps: [Step]

    /// Aligns `expected` against `heard`.
    init(expected: [String], heard: [String]) {
        let rows = expected.count
        let columns = heard.count
        var cost = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        let substitution = 3
        let gap = 2
        for row in 0...rows { cost[row][0] = row * gap }
        for column in 0...columns { cost[0][column] = column * gap }
        if rows > 0 && columns > 0 {
            for row in 1...rows {
                for column in 1...columns {
                    let same = expected[row - 1] == heard[column - 1]
                    cost[row][column] = min(
                        cost[row - 1][column - 1] + (same ? 0 : substitution), cost[row - 1][column] + gap,
                        cost[row][column - 1] + gap)
                }
            }
        }
        var steps: [Step] = []
        var row = rows
        var column = columns
        while row > 0 || column > 0 {
            if row > 0, column > 0 {
                let same = expected[row - 1] == heard[column - 1]
                if cost[row][column] == cost[row - 1][column - 1] + (same ? 0 : substitution) {
                    steps.append(
                        same
                            ? .match(expected: row - 1, heard: column - 1)
                            : .substitute(expected: row - 1, heard: column - 1))
                    row -= 1
                    column -= 1
                    continue
                }
            }
            if row > 0, cost[row][column] == cost[row - 1][column] + gap {
                steps.append(.skip(expected: row - 1))
                row -= 1
            } else {
                steps.append(.add(heard: column - 1))
                column -= 1
            }
        }
        self.steps = steps.reversed()
    }

    /// Expected words heard as themselves.
    var matches: Int {
        steps.reduce(0) {
            if case .match = $1 { return $0 + 1 }
            return $0
        }
    }

    /// The harmonic mean of the share of expected words heard and the share of heard words expected: 1 for the
    /// same words, 0 for nothing in common.
    static func fit(expected: [String], heard: [String]) -> Double {
        guard !expected.isEmpty, !heard.isEmpty else { return 0 }
        let matches = Double(WordSequenceAlignment(expected: expected, heard: heard).matches)
        return 2 * matches / Double(expected.count + heard.count)
    }
}
