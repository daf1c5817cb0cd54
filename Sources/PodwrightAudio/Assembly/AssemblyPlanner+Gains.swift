import Foundation
import PodwrightCore

extension AssemblyPlanner {
    /// Level-matching gains per segment id, dB, and the gains that were wanted where the range capped them.
    struct MatchGains {
        var applied: [String: Double] = [:]
        var needed: [String: Double] = [:]

        subscript(id: String) -> Double? { applied[id] }
    }

    /// Level-matching gains per segment id, dB: per take, per speaker, or none; bounded so that a deliberately soft
    /// take is not turned into a loud one — and every segment the bound held back is named in a warning.
    func takeGains(
        _ episode: Episode, inputs: Inputs, reference: Double, warnings: inout [AssemblyWarning]
    ) -> MatchGains {
        let limit = options.maximumMatchingGain
        var result = MatchGains()
        func set(_ id: String, _ wanted: Double) {
            let bounded = min(limit, max(-limit, wanted))
            result.applied[id] = bounded
            if abs(wanted - bounded) > 0.05 { result.needed[id] = wanted }
        }
        switch options.levelMatching {
        case .off:
            break
        case .take:
            for (id, (_, analysis)) in inputs.takes {
                if let lufs = analysis.integratedLUFS { set(id, reference - lufs) }
            }
        case .speaker:
            var energies: [String: [Float]] = [:]
            for segment in episode.segments {
                if let (_, analysis) = inputs.takes[segment.id] {
                    energies[segment.speaker, default: []] += analysis.blockEnergies
                }
            }
            let speakerGains = energies.compactMapValues { blocks in
                AssemblyGating.integrated(blocks).map { reference - $0 }
            }
            for segment in episode.segments where inputs.takes[segment.id] != nil {
                set(segment.id, speakerGains[segment.speaker] ?? 0)
            }
        }
        for segment in episode.segments {
            guard let needed = result.needed[segment.id], let (take, _) = inputs.takes[segment.id] else { continue }
            warnings.append(
                .levelMatchingCapped(
                    segment: segment.id, file: "takes/\(take.name)", neededDB: needed,
                    appliedDB: result.applied[segment.id] ?? 0))
        }
        return result
    }
}
