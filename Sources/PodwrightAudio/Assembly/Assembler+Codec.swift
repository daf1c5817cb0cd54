import Foundation
import PodwrightCore

extension Assembler {
    /// What the codec does to this episode's loudness and true peak (decoded minus rendered), measured on the
    /// loudest ``DeliveryPolicy/excerptSeconds`` of the plan rendered, encoded and decoded — a few seconds of work
    /// for an hour, so that the one full render lands. `nil` for lossless formats, and for an episode too short for an
    /// excerpt of three seconds (the policy's table, and the delivered file's own check, cover those).
    func codecShift(
        _ plan: AssemblyPlan, ceilingDB: Double, in staging: URL
    ) -> (loudnessLU: Double, peakDB: Double)? {
        // A quarter of a short episode at most, so the excerpt stays cheap beside the render it saves.
        let frames = min(Int(options.delivery.excerptSeconds * Double(plan.sampleRate)), plan.durationSamples / 4)
        guard options.format.isLossy, frames >= 3 * plan.sampleRate else { return nil }
        let excerpt = plan.excerpt(plan.loudestWindow(frames: frames))
        // In the staging folder of the new build/, which a failed or killed run's cleanup removes whole.
        let url = staging.appendingPathComponent(
            ".codec-probe-\(UUID().uuidString.prefix(8)).\(options.format.rawValue)")
        TemporaryFiles.register(url)
        defer {
            try? FileManager.default.removeItem(at: url)
            TemporaryFiles.unregister(url)
        }
        let settings = AudioFileSettings(
            format: options.format, sampleRate: plan.sampleRate, channels: plan.channels, bitDepth: options.bitDepth,
            mp3Bitrate: options.resolvedMP3Bitrate.map { .constant(kbps: $0) } ?? .variable(quality: 0.6),
            opusBitrateKbps: options.opusBitrate)
        do {
            var writer = try AudioFileWriter(url: url, settings: settings)
            let rendered = try EpisodeRenderer(plan: excerpt, ceilingDB: ceilingDB, meterWhileWriting: true)
                .render(into: &writer) { _ in }
            try writer.close()
            guard let before = rendered.loudness, before.integratedLUFS > options.delivery.silentLUFS else {
                return nil
            }
            let after = try DeliveredMeasurement.measure(url)
            return (after.integratedLUFS - before.integratedLUFS, after.truePeakDBTP - before.truePeakDBTP)
        } catch {
            return nil
        }
    }
}
