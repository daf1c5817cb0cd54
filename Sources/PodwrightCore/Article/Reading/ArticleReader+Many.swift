import Foundation

extension ArticleReader {
    /// Reads several articles, a few at a time on the machine's cores, and returns them in the order given.
    /// - Parameters:
    ///   - locations: File paths or http(s) URLs.
    ///   - format: The format to read them all as; `nil` detects each one's.
    /// - Returns: The articles, in the order of `locations`.
    /// - Throws: The ``ArticleError`` of the first location (in the order given) that could not be read.
    public static func read(all locations: [String], format: ArticleFormat? = nil) async throws -> [Article] {
        try await read(each: locations, format: format).map { try $0.get() }
    }

    /// Reads several articles like ``read(all:format:)``, but one that cannot be read does not stop the others.
    /// - Parameters:
    ///   - locations: File paths or http(s) URLs.
    ///   - format: The format to read them all as; `nil` detects each one's.
    /// - Returns: Each location's article or the ``ArticleError`` saying why it could not be read, in the order of
    ///   `locations`.
    public static func read(
        each locations: [String], format: ArticleFormat? = nil
    ) async
        -> [Result<Article, ArticleError>]
    {
        let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let finished = await withTaskGroup(of: Outcome.self, returning: [Outcome].self) { group in
            var finished: [Outcome] = []
            finished.reserveCapacity(locations.count)
            for index in locations.indices {
                if index >= width, let done = await group.next() { finished.append(done) }
                let location = locations[index]
                group.addTask { await Outcome(index: index, location: location, format: format) }
            }
            for await done in group { finished.append(done) }
            return finished
        }
        var ordered = [Outcome?](repeating: nil, count: locations.count)
        for outcome in finished { ordered[outcome.index] = outcome }
        return ordered.map { outcome in
            guard let outcome else { preconditionFailure("every location is read once") }
            return outcome.result
        }
    }

    /// One location's article or error, with its place in the list.
    private struct Outcome: Sendable {
        var index: Int
        var result: Result<Article, ArticleError>

        init(index: Int, location: String, format: ArticleFormat?) async {
            self.index = index
            do {
                result = .success(try await ArticleReader.read(contentsOf: location, format: format))
            } catch let error as ArticleError {
                result = .failure(error)
            } catch {
                result = .failure(ArticleError(location: location, reason: .unreadable("\(error)")))
            }
        }
    }
}
