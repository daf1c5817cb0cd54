public import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// How far Podwright goes to fetch an article URL.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds without progress before giving up (the whole download gets twice this).
    public var timeout: TimeInterval
    /// The largest download accepted, in bytes.
    public var maximumBytes: Int
    /// The most redirects followed.
    public var maximumRedirects: Int

    public init(timeout: TimeInterval, maximumBytes: Int, maximumRedirects: Int) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    /// 20 seconds, 10 MB, 5 redirects.
    public static let standard = FetchLimits(timeout: 20, maximumBytes: ArticleReader.maximumBytes, maximumRedirects: 5)
}

/// Downloads an article over http(s) within ``FetchLimits``.
struct ArticleFetcher {
    /// What came back: the bytes, the charset and format the server declared.
    struct Download {
        var data: Data
        var charset: String?
        var format: ArticleFormat?
    }

    var limits: FetchLimits

    /// Fetches `url`.
    /// - Throws: ``ArticleError`` naming `location`: network failure, HTTP error, too large, too many redirects.
    func fetch(_ url: URL, location: String) async throws(ArticleError) -> Download {
        let recorder = FetchRecorder(limits: limits, location: location)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = limits.timeout
        configuration.timeoutIntervalForResource = limits.timeout * 2
        let session = URLSession(configuration: configuration, delegate: recorder, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url, timeoutInterval: limits.timeout)
        request.setValue("Podwright/0.1 (article reader)", forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, text/markdown, text/plain;q=0.9, */*;q=0.5", forHTTPHeaderField: "Accept")
        let result = await recorder.run(session.dataTask(with: request))
        switch result {
        case .failure(let error): throw error
        case .success(let download): return download
        }
    }
}

/// Collects one download for ``ArticleFetcher``, enforcing its limits as bytes and redirects arrive.
private final class FetchRecorder: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let limits: FetchLimits
    private let location: String
    private let lock = NSLock()
    private var data = Data()
    private var redirects = 0
    private var failure: ArticleError?
    private var response: HTTPURLResponse?
    private var continuation: CheckedContinuation<Result<ArticleFetcher.Download, ArticleError>, Never>?

    init(limits: FetchLimits, location: String) {
        self.limits = limits
        self.location = location
    }

    func run(_ task: URLSessionDataTask) async -> Result<ArticleFetcher.Download, ArticleError> {
        await withCheckedContinuation { continuation in
            lock.withLock { self.continuation = continuation }
            task.resume()
        }
    }

    private func fail(_ reason: ArticleError.Reason) {
        lock.withLock { if failure == nil { failure = ArticleError(location: location, reason: reason) } }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        lock.withLock { self.response = http }
        if let status = http?.statusCode, status >= 400 {
            fail(.httpStatus(status))
            completionHandler(.cancel)
        } else if response.expectedContentLength > Int64(limits.maximumBytes) {
            fail(.tooLarge(limit: limits.maximumBytes))
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = lock.withLock {
            self.data.append(data)
            return self.data.count > limits.maximumBytes
        }
        if over {
            fail(.tooLarge(limit: limits.maximumBytes))
            dataTask.cancel()
        }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        let count = lock.withLock {
            redirects += 1
            return redirects
        }
        if count > limits.maximumRedirects {
            fail(.tooManyRedirects(limit: limits.maximumRedirects))
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error { fail(.network(Self.describe(error, timeout: limits.timeout))) }
        let (result, continuation) = lock.withLock { () -> (Result<ArticleFetcher.Download, ArticleError>, _) in
            let pending = self.continuation
            self.continuation = nil
            if let failure { return (.failure(failure), pending) }
            let type = response?.value(forHTTPHeaderField: "Content-Type")?.lowercased() ?? ""
            return (.success(Self.download(data, contentType: type)), pending)
        }
        continuation?.resume(returning: result)
    }

    private static func download(_ data: Data, contentType: String) -> ArticleFetcher.Download {
        var charset: String?
        if let range = contentType.range(of: "charset=") {
            charset = String(contentType[range.upperBound...].prefix(while: { $0 != ";" && $0 != " " }))
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }
        let format: ArticleFormat? =
            if contentType.contains("html") {
                .html
            } else if contentType.contains("markdown") {
                .markdown
            } else if contentType.contains("text/plain") {
                .text
            } else {
                nil
            }
        return ArticleFetcher.Download(data: data, charset: charset, format: format)
    }

    private static func describe(_ error: any Error, timeout: TimeInterval) -> String {
        guard let urlError = error as? URLError else { return error.localizedDescription }
        switch urlError.code {
        case .timedOut: return "no answer within \(Int(timeout)) seconds"
        case .cannotConnectToHost: return "connection refused"
        case .cannotFindHost: return "unknown host"
        case .notConnectedToInternet: return "no network connection"
        default: return urlError.localizedDescription
        }
    }
}
