import Foundation
import PodwrightCore

/// Prints what the analysis found in a fixture, for looking into a miss: `QUOTES_DUMP=name swift test …`.
enum QuoteDump {
    static func print(_ fixture: QuoteFixture, _ analysis: QuoteAnalysis) {
        guard let wanted = ProcessInfo.processInfo.environment["QUOTES_DUMP"], fixture.name.hasPrefix(wanted) else {
            return
        }
        let scalars = Array(fixture.article.body.unicodeScalars)
        for span in analysis.spans {
            let text = String(String.UnicodeScalarView(scalars[span.inner.start..<span.inner.end]))
            Swift.print(
                "[\(span.section).\(span.paragraph)] \(span.speaker ?? "—") \(span.confidence)"
                    + "\(span.isPartial ? " partial" : "") «\(text.prefix(60))»")
        }
        for speaker in analysis.speakers {
            Swift.print("  \(speaker.id): \(speaker.name) | \(speaker.aliases) | \(speaker.title ?? "")")
        }
    }
}
