import Foundation
import PodwrightCore
import Testing

/// Properties of hand edits over generated episodes: deleting a segment's block, and dropping a segment's id.
@Suite struct ScriptEditPropertyTests {
    /// The line range of a segment's block in a rendered script: its music cue (if any), cue line, text and
    /// directives, with the blank line before each.
    static func block(of id: String, in lines: [String]) -> Range<Int>? {
        guard let cue = lines.firstIndex(where: { $0.hasPrefix("**") && $0.contains(" · `\(id)` · ") }) else {
            return nil
        }
        var start = cue - 1
        if start >= 2, lines[start - 1].hasPrefix("[music ") { start -= 2 }
        var end = cue + 3
        while end + 1 < lines.count, lines[end].isEmpty,
            lines[end + 1].hasPrefix("[take ") || lines[end + 1].hasPrefix("[pause ")
        {
            end += 2
        }
        return start..<end
    }

    @Test(arguments: 0..<20)
    func deletingASegmentsBlockRemovesExactlyThatSegment(batch: Int) throws {
        for case_ in 0..<10 {
            let seed = UInt64(10_000 + batch * 10 + case_)
            var generator = EpisodeGenerator(seed: seed)
            var episode = generator.episode()
            guard !episode.segments.isEmpty else { continue }
            let victim = generator.pick(episode.segments)
            var lines = ScriptRenderer.render(episode).components(separatedBy: "\n")
            lines.removeSubrange(try #require(Self.block(of: victim.id, in: lines), "seed \(seed)"))
            let result = ScriptParser.parse(lines.joined(separator: "\n"), file: "script.md")
            episode.segments.removeAll { $0.id == victim.id }
            // A quote of the deleted segment follows its words when exactly one other segment holds them.
            episode.quotes = episode.quotes.compactMap { quote in
                guard quote.segment == victim.id else { return quote }
                let holders = episode.segments.filter { $0.text.contains(quote.text) }
                guard holders.count == 1 else { return nil }
                var moved = quote
                moved.segment = holders[0].id
                if holders[0].kind == .quote { moved.speaker = holders[0].speaker }
                return moved
            }
            episode.credits = episode.segments.filter { $0.kind == .credits }.map(\.text)
            #expect(!result.hasErrors, "seed \(seed): \(result.errors)")
            // The only warnings are for quote rows that named the deleted segment and could not follow their words.
            #expect(result.warnings.allSatisfy { $0.message.contains("`\(victim.id)`, which is no longer") })
            #expect(result.episode == episode, "seed \(seed): deleting \(victim.id)")
        }
    }

    @Test(arguments: 0..<20)
    func aCueWithoutAnIdGetsOneThatStampingKeeps(batch: Int) throws {
        for case_ in 0..<10 {
            let seed = UInt64(20_000 + batch * 10 + case_)
            var generator = EpisodeGenerator(seed: seed)
            let episode = generator.episode()
            // A quote row names its segment by id, so this edit is for segments no quote is listed under.
            let candidates = episode.segments.filter { segment in !episode.quotes.contains { $0.segment == segment.id }
            }
            guard !candidates.isEmpty else { continue }
            let target = generator.pick(candidates)
            var lines = ScriptRenderer.render(episode).components(separatedBy: "\n")
            let cue = try #require(lines.firstIndex { $0.hasPrefix("**") && $0.contains(" · `\(target.id)` · ") })
            lines[cue] = lines[cue].replacingOccurrences(of: " · `\(target.id)`", with: "")
            let edited = lines.joined(separator: "\n")
            let result = ScriptParser.parse(edited, file: "script.md")
            #expect(result.problems == [], "seed \(seed)")
            let fresh = try #require(result.assignedIDs.first, "seed \(seed)")
            #expect(result.assignedIDs.count == 1 && fresh.line == cue + 1)
            #expect(
                !episode.segments.contains { $0.id == fresh.id && $0.id != target.id },
                "seed \(seed): \(fresh.id) in use")
            #expect(fresh.id.hasPrefix(target.section + "-n"))
            let stamped = ScriptStamper.stamp(result.assignedIDs, into: edited)
            let again = ScriptParser.parse(stamped, file: "script.md")
            #expect(again.problems == [] && again.assignedIDs == [], "seed \(seed)")
            #expect(again.episode == result.episode, "seed \(seed)")
            #expect(again.episode.segments.map(\.text) == episode.segments.map(\.text))
        }
    }
}
