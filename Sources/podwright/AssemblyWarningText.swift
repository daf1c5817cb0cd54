import Foundation
import PodwrightAudio

/// The assembler's warnings as `assemble` prints them: the library's facts, with the advice in this tool's flags.
enum AssemblyWarningText {
    static func line(_ warning: AssemblyWarning) -> String {
        switch warning {
        case .targetOutOfReach(let target, let ceiling, let push, let predicted):
            String(
                format:
                    "the takes are too peaky to reach %.1f LUFS under a %.1f dBTP ceiling without more than %.0f dB "
                    + "of limiting; expect about %.1f LUFS (turn on --leveler, choose a lower --lufs or raise "
                    + "--true-peak)", target, ceiling, push, predicted)
        case .heavyLimiting(let percent, let reduction, let scratch, let levelerOn):
            "the true-peak limiter acted on \(percent)% of the episode, by up to \(reduction) dB: the takes' peaks stand "
                + "far above their loudness" + (scratch ? " (scratch voices do)" : "")
                + (levelerOn
                    ? "; --leveler was on: choose a lower target (--lufs) or raise the ceiling (--true-peak)"
                    : "; --leveler evens the voice and lowers its loudest syllables first, or choose a lower target (--lufs)")
        case .deadAir(let segment, let file, let seconds):
            String(
                format: "%@ (segment %@) still holds %.1f s of non-speech after trimming; --tighten 1.2s shortens "
                    + "its long pauses", file, segment, seconds)
        case .noRoomTone:
            "no quiet stretch of half a second was found in the takes for room tone; gaps stay silent "
                + "(record 5 s of the room and pass --room-tone FILE)"
        case .placeholder(let segment, let detail):
            "segment \(segment)\(detail.map { " (\($0))" } ?? "") has no take: holding silence of its estimated length "
                + "(--allow-missing silence)"
        default:
            warning.description
        }
    }
}
