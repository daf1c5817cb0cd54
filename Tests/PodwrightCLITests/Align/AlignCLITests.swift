import Foundation
import PodwrightCore
import PodwrightTestSupport
import Testing

/// `podwright align` and the check inside `assemble`, end to end on speech from flite and festival.
@Suite(.enabled(if: SpeechFolder.toolsInstalled, "needs flite, festival, sox and pocketsphinx-en-us (Scripts/setup)"))
struct AlignCLITests {
    /// Clean readings in four voices and five kinds of file: every take ok, words in order inside the take.
    @Test func cleanTakesInManyVoicesAndFormatsAreOK() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        let voices = ["slt", "rms", "awb", "festival", "slt"]
        for ((id, text), voice) in zip(SpeechFolder.segments, voices) {
            try fixture.speak(text, voice: voice, into: "\(id).wav")
        }
        // 44.1 kHz stereo with room noise; quieter by 12 dB; an MP3.
        try fixture.convert("s1-p1.wav", to: "s1-p1.flac", options: [], effects: ["rate", "44100", "channels", "2"])
        try fixture.convert("s2-p1.wav", to: "s2-p1.aiff", effects: ["gain", "-12"])
        try fixture.encodeMP3("s2-p2.wav", to: "s2-p2.mp3")
        let result = try fixture.align()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("5 takes checked: 5 ok"), "\(result.standardOutput)")
        let report = try fixture.report()
        let pronunciations = try #require(report["pronunciations"] as? [String: Any])
        let guessed = try #require(pronunciations["guessed"] as? [String])
        #expect(guessed.contains("tsuruoka") && guessed.contains("natarajan"), "\(guessed)")
        for (id, text) in SpeechFolder.segments {
            let take = try #require(try fixture.take(id))
            #expect(take["verdict"] as? String == "ok", "\(id): \(take)")
            for key in ["segment", "file", "verdict", "words", "differences"] { #expect(take[key] != nil) }
            let words = try #require(take["words"] as? [[String: Any]])
            #expect(words.map { $0["word"] as? String ?? "" } == SpokenWords(text).words.map(\.text))
            var previousEnd = 0
            for word in words {
                let start = try #require(word["start"] as? Int)
                let end = try #require(word["end"] as? Int)
                #expect(start >= previousEnd && end > start, "\(id): \(word)")
                previousEnd = end
            }
            let confident = words.filter { ($0["confidence"] as? Double ?? 0) >= 0.5 }
            #expect(confident.count * 2 >= words.count, "\(id): most words should be heard confidently")
        }
        // The second run comes from the cache and says the same.
        let again = try fixture.align()
        #expect(again.status == 0 && again.standardOutput.contains("from cache"), "\(again.standardOutput)")
    }

    /// Pronunciations from the script's table and from show.json reach the aligner: those words are no longer
    /// guessed, they count as the producer's, and the takes still check out.
    @Test func theProducersPronunciationsAreUsedInsteadOfGuesses() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        for ((id, text), voice) in zip(SpeechFolder.segments, ["slt", "rms", "awb", "slt", "rms"]) {
            try fixture.speak(text, voice: voice, into: "\(id).wav")
        }
        var script = try String(contentsOf: fixture.folder.script, encoding: .utf8)
        let table =
            "## Pronunciations <!-- pronunciations -->\n\n| word | say as |\n| --- | --- |\n"
            + "| Tsuruoka | T S UW0 R UW0 OW1 K AH0 |\n| Halvorsen |  |\n\n"
        script = script.replacingOccurrences(of: "## The crossing", with: table + "## The crossing")
        try Data(script.utf8).write(to: fixture.folder.script)
        try Data(#"{"pronunciations": {"Natarajan": "N AA2 T AH0 R AA1 JH AH0 N"}}"#.utf8).write(
            to: fixture.folder.showConfiguration)
        let checked = try PodwrightProcess.run(["check", fixture.url.path])
        #expect(checked.status == 0, "\(checked.standardError)")
        let result = try fixture.align()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("5 takes checked: 5 ok"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("2 from your overrides"), "\(result.standardOutput)")
        let pronunciations = try #require(try fixture.report()["pronunciations"] as? [String: Any])
        #expect(pronunciations["overridden"] as? Int == 2)
        let guessed = try #require(pronunciations["guessed"] as? [String])
        #expect(
            !guessed.contains("tsuruoka") && !guessed.contains("natarajan") && guessed.contains("priya"), "\(guessed)")
        let sheet = try String(contentsOf: fixture.folder.recordingSheet, encoding: .utf8)
        #expect(sheet.contains("Tsuruoka: T S UW0 R UW0 OW1 K AH0"), "\(sheet)")
        #expect(sheet.contains("Natarajan: N AA2 T AH0 R AA1 JH AH0 N"), "\(sheet)")
    }

    /// Numbers in figures read as people read them (a year as “nineteen eighty six”, a day of the month as
    /// “first”) are not misreadings; a wrong number still is, named as the script writes it.
    @Test func numbersReadAsPeopleReadThemAreNotMisreadings() throws {
        let fixture = try SpeechFolder(segments: [
            ("s1-p1", "The ferry first sailed in 1986 and was rebuilt in 2026 by the town."),
            ("s1-p2", "The new timetable starts on March 1 with 3 crossings a day."),
            ("s2-p1", "Ticket prices rose by 12% last winter, the council said."),
        ])
        defer { fixture.remove() }
        try fixture.speak(
            "The ferry first sailed in nineteen eighty six and was rebuilt in twenty twenty six by the town.",
            voice: "slt", into: "s1-p1.wav")
        try fixture.speak(
            "The new timetable starts on March first with three crossings a day.", voice: "rms", into: "s1-p2.wav")
        try fixture.speak(
            "Ticket prices rose by forty percent last winter, the council said.", voice: "awb", into: "s2-p1.wav")
        let result = try fixture.align()
        #expect(result.status == 1, "\(result.standardOutput)")
        for id in ["s1-p1", "s1-p2"] {
            let take = try #require(try fixture.take(id))
            #expect(take["verdict"] as? String == "ok", "\(id): \(take)")
        }
        let misread = try #require(try fixture.take("s2-p1"))
        #expect(misread["verdict"] as? String == "misread", "\(misread)")
        let differences = misread["differences"] as? [[String: Any]] ?? []
        #expect(
            differences.contains { ($0["expected"] as? [String])?.contains("12%") == true }, "\(differences)")
    }

    /// A skipped phrase, a substituted word and another segment's text are each found and named.
    @Test func findsSkipsSubstitutionsAndWrongSegments() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        let texts = Dictionary(uniqueKeysWithValues: SpeechFolder.segments.map { ($0.id, $0.text) })
        try fixture.speak(texts["s1-p1"]!, voice: "slt", into: "s1-p1.wav")
        try fixture.speak("It is not a boring job. The sea is different every day.", voice: "rms", into: "s1-p3.wav")
        try fixture.speak(
            "The regional council wants to cut the summer timetable to two crossings a day.", voice: "awb",
            into: "s2-p1.wav")
        try fixture.speak(texts["s2-p2"]!, voice: "slt", into: "s1-p2.wav")
        try fixture.speak(texts["s2-p2"]!, voice: "festival", into: "s2-p2.wav")
        let result = try fixture.align()
        #expect(result.status == 1)
        let errors = result.standardError
        #expect(errors.contains("takes/s1-p3.wav (s1-p3, script.md:"), "\(errors)")
        #expect(errors.contains("“in itself”") && errors.contains("after “not”"), "\(errors)")
        #expect(errors.contains("takes/s2-p1.wav") && errors.contains("“winter”"), "\(errors)")
        #expect(errors.contains("takes/s1-p2.wav (s1-p2, script.md:") && errors.contains("segment s2-p2"), "\(errors)")
        #expect(try fixture.take("s1-p2")?["verdict"] as? String == "wrong-segment")
        #expect(try fixture.take("s1-p2")?["matchedSegment"] as? String == "s2-p2")
        #expect(try fixture.take("s1-p1")?["verdict"] as? String == "ok")
        #expect(try fixture.take("s2-p2")?["verdict"] as? String == "ok")
        // The tolerance lets two misread words pass, but never a wrong segment.
        try FileManager.default.removeItem(at: fixture.takes.appendingPathComponent("s1-p2.wav"))
        try fixture.speak(texts["s1-p2"]!, voice: "slt", into: "s1-p2.wav")
        #expect(try fixture.align(["--tolerance", "2"]).status == 0)
        #expect(try fixture.align().status == 1)
    }

    /// Silence and music are unintelligible, a corrupt file is an error naming it; `assemble` refuses a take of
    /// another segment and `--no-align` skips the check.
    @Test func ctrlCDuringTheSpeechCheckStopsTheRun() throws {
        // Minutes of room noise: the speech check, which `assemble` runs first, takes far longer than the wait.
        let speech = try SpeechFolder()
        defer { speech.remove() }
        for segment in SpeechFolder.segments {
            let sox = Process()
            sox.executableURL = URL(fileURLWithPath: "/usr/bin/sox")
            sox.arguments = [
                "-R", "-n", "-r", "16000", "-b", "16", "-c", "1",
                speech.takes.appendingPathComponent("\(segment.id).wav").path,
                "synth", "150", "pinknoise", "gain", "-n", "-30",
            ]
            try sox.run()
            sox.waitUntilExit()
        }
        let process = try KilledRunTests.start(["assemble", speech.url.path, "-q"])
        sleep(4)
        #expect(process.isRunning, "the speech check ended before the interrupt")
        kill(process.processIdentifier, SIGINT)
        let sent = Date()
        while process.isRunning, Date().timeIntervalSince(sent) < 30 { usleep(50_000) }
        let running = process.isRunning
        if running { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(!running, "assemble went on for 30 s after Ctrl-C")
        #expect(process.terminationStatus == 130)
        #expect(KilledRunTests.leftovers(speech.url).isEmpty, "\(KilledRunTests.leftovers(speech.url))")
    }

    @Test func badTakesGetAVerdictOrAnErrorAndAssembleRefusesWrongSegments() throws {
        let fixture = try SpeechFolder()
        defer { fixture.remove() }
        let texts = Dictionary(uniqueKeysWithValues: SpeechFolder.segments.map { ($0.id, $0.text) })
        try fixture.speak(texts["s1-p1"]!, voice: "slt", into: "s1-p1.wav")
        try fixture.speak(texts["s1-p1"]!, voice: "rms", into: "s1-p2.wav")
        try fixture.speak(texts["s1-p3"]!, voice: "awb", into: "s1-p3.wav")
        try fixture.synthesise("s2-p1.wav", effects: ["trim", "0", "3"])
        try fixture.synthesise(
            "s2-p2.wav", effects: ["synth", "0.5", "pluck", "C3", "pluck", "E3", "pluck", "G3", "repeat", "8"])
        var result = try fixture.align()
        #expect(try fixture.take("s2-p1")?["verdict"] as? String == "unintelligible")
        #expect(try fixture.take("s2-p2")?["verdict"] as? String == "unintelligible")
        #expect(result.standardError.contains("takes/s2-p1.wav (s2-p1, script.md:"), "\(result.standardError)")
        let assembled = try PodwrightProcess.run(["assemble", fixture.url.path, "--allow-missing", "silence"])
        #expect(assembled.status != 0)
        #expect(assembled.standardError.contains("holds the text of segment s1-p1"), "\(assembled.standardError)")
        #expect(
            !FileManager.default.fileExists(atPath: fixture.folder.build.appendingPathComponent("episode.wav").path))
        let unchecked = try PodwrightProcess.run([
            "assemble", fixture.url.path, "--no-align", "--allow-missing", "silence",
        ])
        #expect(unchecked.status == 0, "\(unchecked.standardError)")
        try Data("RIFF\u{0}\u{0}\u{0}\u{0}WAVEfmt junk".utf8).write(
            to: fixture.takes.appendingPathComponent("s2-p1.wav"))
        result = try fixture.align()
        #expect(result.status == 1)
        #expect(result.standardError.contains("s2-p1.wav"), "\(result.standardError)")
    }
}
