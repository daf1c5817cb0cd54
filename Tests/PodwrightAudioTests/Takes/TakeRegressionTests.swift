import Foundation
import PodwrightAudio
import PodwrightTestSupport
import Testing

/// Every take in `Fuzz/Regressions/take/` (inputs that once crashed or ran away) is analysed as `assemble` does:
/// an analysis or an AudioError naming the file.
@Suite struct TakeRegressionTests {
    @Test func regressionTakesGiveAnAnalysisOrAnError() throws {
        let folder = Repository.root.appendingPathComponent("Fuzz/Regressions/take")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let url = folder.appendingPathComponent(name)
            do {
                let analysis = try TakeAnalyzer(outputChannels: 1).analyse(url)
                #expect(analysis.frames > 0, "\(name)")
            } catch {
                #expect(error.path == url.path, "\(name): \(error)")
                if name.hasPrefix("probe-") { #expect(!error.reason.isEmpty) }
            }
        }
    }

    /// A header that gives 1 Hz once made `assemble` resample a few samples into billions: it is refused as damaged.
    @Test func aTakeWithAnImpossibleSampleRateIsRefusedAsDamaged() throws {
        let url = Repository.root.appendingPathComponent("Fuzz/Regressions/take/probe-rate-1hz.wav")
        #expect {
            try TakeAnalyzer(outputChannels: 1).analyse(url)
        } throws: { error in
            guard let error = error as? AudioError else { return false }
            return error.path == url.path && error.reason.contains("sample rate of 1 Hz")
        }
    }
}
