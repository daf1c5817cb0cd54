public import Foundation

extension AudioMeasurement {
    /// Measures several files, as many at once as there are cores, and returns the results in the order given.
    /// - Parameters:
    ///   - files: The audio files with the names to report them under.
    ///   - meters: Which meters run.
    /// - Returns: One measurement per file, in order.
    /// - Throws: ``AudioError`` for the first file (in the order given) that cannot be measured.
    public static func measure(
        _ files: [(url: URL, name: String)], meters: Meters = .all
    ) async throws(AudioError)
        -> [AudioMeasurement]
    {
        let width = max(1, min(files.count, ProcessInfo.processInfo.activeProcessorCount))
        let jobs = files.enumerated().map { (index: $0.offset, url: $0.element.url, name: $0.element.name) }
        let outcomes = await withTaskGroup(of: (Int, Result<AudioMeasurement, AudioError>).self) { group in
            var outcomes = [Result<AudioMeasurement, AudioError>?](repeating: nil, count: jobs.count)
            var next = 0
            func start() {
                guard next < jobs.count else { return }
                let job = jobs[next]
                next += 1
                group.addTask {
                    do throws(AudioError) {
                        return (job.index, .success(try measure(job.url, name: job.name, meters: meters)))
                    } catch {
                        return (job.index, .failure(error))
                    }
                }
            }
            for _ in 0..<width { start() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                start()
            }
            return outcomes
        }
        var results: [AudioMeasurement] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let measurement)?: results.append(measurement)
            case .failure(let error)?: throw error
            case nil: break
            }
        }
        return results
    }
}
