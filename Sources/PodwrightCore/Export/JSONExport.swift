import Foundation

/// Encodes export values as stable, readable JSON: sorted keys, two-space indent, slashes unescaped, a final newline.
enum JSONExport {
    static func render(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Export values hold only strings, numbers and arrays: encoding cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Seconds rounded to the millisecond, so JSON shows `12.345` rather than binary noise.
    static func seconds(_ value: Double) -> Double { Double(Timecode.milliseconds(value)) / 1000 }
}
