import Foundation
import PodwrightAudio
import PodwrightCore
import Synchronization

extension SessionSplitter {
    /// Hears the recording piece by piece on up to ``threads`` threads, each with its own decoder and its own
    /// reader, and returns every word heard in order, in windows from the recording's start.
    func decode(
        _ url: URL, file: String, chunks: [Range<Int>], levels: SessionLevels,
        script: [(id: String, keys: [String])], lexicon: Lexicon, progress: @Sendable (Int, Int) -> Void
    ) throws(SplitError) -> [HeardWord] {
        guard !chunks.isEmpty else { return [] }
        // The whole script in order as one sentence, and each segment alone: a reading in order follows the
        // bigrams across segment boundaries, a retake starts a segment afresh.
        let sentences = [script.flatMap(\.keys)] + script.map(\.keys)
        let languageModel: URL
        do { languageModel = try ScriptLanguageModel(sentences: sentences).write() } catch { throw .speech(error) }
        defer { try? FileManager.default.removeItem(at: languageModel) }
        let shared = Mutex<(done: Int, words: [Int: [HeardWord]], error: SplitError?)>((0, [:], nil))
        let model = self.model
        let workers = max(1, min(threads, chunks.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            guard var decoder = try? SpeechDecoder(model: model, general: false) else {
                shared.withLock { $0.error = .speech(.modelMissing(model.acousticModel.path)) }
                return
            }
            for (word, phones) in lexicon.entries { decoder.add(word, phones: phones) }
            do throws(SpeechError) {
                try decoder.useLanguageModel(script: languageModel, weight: 1)
            } catch {
                shared.withLock { $0.error = .speech(error) }
                return
            }
            // The level pass has read the whole file already, so opening it again fails only if it went away.
            guard var reader = Self.opening.withLock({ _ in try? AudioFileReader(url: url) }) else {
                shared.withLock {
                    $0.error = .unreadable(AudioError(.cannotOpen, path: url.path, reason: "can no longer be opened"))
                }
                return
            }
            // Each decoder hears a fixed share of the pieces, in order: its cepstral mean carries over from one piece
            // to the next, so pieces claimed as threads happen to finish made two runs hear a word differently.
            for index in stride(from: worker, to: chunks.count, by: workers) {
                guard shared.withLock({ $0.error == nil }) else { return }
                let chunk = chunks[index]
                let words: [HeardWord]
                do throws(AudioError) {
                    let audio = try Self.speech(
                        &reader,
                        frames: levels.frame(ofWindow: chunk.lowerBound)..<levels.frame(ofWindow: chunk.upperBound))
                    words = decoder.decode(audio, search: "free").filter { !$0.isFiller }.map {
                        HeardWord(
                            key: $0.word, start: chunk.lowerBound + $0.startFrame,
                            end: chunk.lowerBound + $0.endFrame + 1)
                    }
                } catch {
                    shared.withLock { $0.error = .unreadable(error) }
                    return
                }
                let done = shared.withLock { state in
                    state.words[index] = words
                    state.done += 1
                    return state.done
                }
                progress(done, chunks.count)
            }
        }
        let (words, error) = shared.withLock { ($0.words, $0.error) }
        if let error { throw error }
        return chunks.indices.flatMap { words[$0] ?? [] }
    }

    /// libsndfile keeps its last open error in global state: readers are opened one at a time.
    static let opening = Mutex(())

    /// The frames `frames` of the recording as the recogniser hears them: mono, 16 kHz.
    static func speech(_ reader: inout AudioFileReader, frames: Range<Int>) throws(AudioError) -> SpeechAudio {
        try reader.seek(toFrame: frames.lowerBound)
        let channels = reader.channels
        var resampler = try Resampler(
            inputRate: Double(reader.sampleRate), outputRate: Double(SpeechAudio.rate), channels: 1,
            veryHighQuality: false)
        let block = 32_768
        var input = [Float](repeating: 0, count: block * channels)
        var mono = [Float](repeating: 0, count: block)
        var output: [Float] = []
        var samples: [Int16] = []
        samples.reserveCapacity(frames.count * SpeechAudio.rate / max(1, reader.sampleRate) + 1024)
        var remaining = frames.count
        func append(_ values: [Float]) {
            for value in values { samples.append(Int16(max(-32_768, min(32_767, (value * 32_767).rounded())))) }
        }
        while remaining > 0 {
            let count = try reader.read(into: &input, frames: min(block, remaining))
            if count == 0 { break }
            remaining -= count
            let scale = 1 / Float(channels)
            for frame in 0..<count {
                var sum: Float = 0
                for channel in 0..<channels { sum += input[frame * channels + channel] }
                mono[frame] = sum * scale
            }
            mono.withUnsafeBufferPointer {
                resampler.process(UnsafeBufferPointer(rebasing: $0[0..<count]), into: &output)
            }
            append(output)
        }
        resampler.flush(into: &output)
        append(output)
        return SpeechAudio(samples: samples, takeRate: reader.sampleRate, takeFrames: frames.count - remaining)
    }
}
