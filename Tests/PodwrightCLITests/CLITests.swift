import Foundation
import PodwrightTestSupport
import Testing

@Suite struct CLITests {
    @Test func versionPrints() throws {
        let result = try PodwrightProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("0.1.0"))
    }
}
