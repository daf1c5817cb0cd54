/// The waveform data the page embeds.
extension EpisodePage {
    /// `{"duration":…,"peaks":[…]}` with at most ``maximumPeaks`` values (each the loudest of the peaks it merges),
    /// safe inside a `<script>` element.
    static func peaksJSON(_ peaks: WaveformPeaks?, duration: Double) -> String {
        let values = peaks.map { reduce($0.peaks, to: maximumPeaks) } ?? []
        let list = values.map { value -> String in
            let milli = Int((min(max(Double(value), 0), 1) * 1000).rounded())
            return milli == 1000 ? "1" : milli == 0 ? "0" : "0." + String(String(milli + 1000).dropFirst())
        }
        let json = "{\"duration\":\(Timecode.decimal(duration)),\"peaks\":[\(list.joined(separator: ","))]}"
        return json.replacingScriptEnd
    }

    /// `values` merged into at most `count` buckets by maximum.
    static func reduce(_ values: [Float], to count: Int) -> [Float] {
        guard values.count > count, count > 0 else { return values }
        return (0..<count).map { bucket in
            let from = bucket * values.count / count
            let to = max(from + 1, (bucket + 1) * values.count / count)
            return values[from..<to].max() ?? 0
        }
    }
}

extension String {
    /// The text with `</` written as `<\/`, so it cannot close the `<script>` element that holds it.
    fileprivate var replacingScriptEnd: String {
        var out = ""
        var previous: Character?
        for character in self {
            if character == "/", previous == "<" { out.append("\\") }
            out.append(character)
            previous = character
        }
        return out
    }
}
