import Foundation
import PodwrightTestSupport
import Testing

/// Negative loudness and ceiling values are written the way the issue and every producer writes them:
/// `--lufs -23 --true-peak -2`, not only `--lufs=-23`.
@Suite struct AssembleTargetOptionTests {
    @Test func negativeTargetsAreReadAsValues() throws {
        let ids = ["s1-p1", "s1-p2"]
        let fixture = try AssembleFolder()
        defer { fixture.remove() }
        try fixture.writeEpisode(ids)
        for (index, id) in ids.enumerated() {
            try fixture.writeTake("\(id).wav", frequency: 400 + 200 * Double(index), level: -24)
        }
        let result = try fixture.assemble(["--lufs", "-23", "--true-peak", "-2"])
        #expect(result.status == 0, "\(result.standardError)")
        let timing = try fixture.timing()
        let assembly = try #require(timing["assembly"] as? [String: Any])
        #expect(assembly["targetLUFS"] as? Double == -23)
        #expect(assembly["truePeakCeilingDBTP"] as? Double == -2)
        let loudness = try #require(timing["loudness"] as? [String: Double])
        #expect(abs(loudness["integratedLUFS"]! + 23) <= 0.5, "\(loudness)")
        #expect(loudness["truePeakDBTP"]! <= -2)
    }
}
