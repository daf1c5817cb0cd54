import CCurl
public import Foundation

/// How far Podwright goes to fetch an article URL.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds for the whole fetch — connecting, redirects, headers and body together. A server that sends a
    /// byte a second cannot stretch it.
    public var timeout: TimeInterval
    /// The largest download accepted, in bytes, counted after decompression.
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

/// Downloads an article over http(s) within ``FetchLimits``, with libcurl.
///
/// libcurl rather than FoundationNetworking's URLSession (itself a wrapper around libcurl): URLSession on Linux traps
/// ("Transfer completed, but there's no response") when a server closes inside the headers, keeps appending a
/// cancelled transfer's body, and has no deadline for the whole transfer. libcurl gives each limit directly: a total
/// deadline (`CURLOPT_TIMEOUT_MS`), a redirect cap and http(s)-only redirects, decompression in 16 KB pieces that the
/// write callback counts and stops at the cap.
struct ArticleFetcher {
    /// What came back: the bytes, the charset and format the server declared.
    struct Download {
        var data: Data
        var charset: String?
        var format: ArticleFormat?
    }

    var limits: FetchLimits

    /// Fetches `url` (the text as the user typed it; schemes in any case).
    /// - Throws: ``ArticleError`` naming `location`: network failure, HTTP error, too large, too many redirects.
    func fetch(_ url: String, location: String) throws(ArticleError) -> Download {
        guard let handle = curl_easy_init() else {
            throw ArticleError(location: location, reason: .network("the network library cannot start"))
        }
        defer { curl_easy_cleanup(handle) }
        let sink = BodySink(limit: limits.maximumBytes)
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }
        let headers = curl_slist_append(
            nil, "Accept: text/html, text/markdown, text/plain;q=0.9, */*;q=0.5")
        defer { curl_slist_free_all(headers) }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer -> CURLcode in
            podwright_curl_set_string(handle, CURLOPT_URL, url)
            podwright_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            podwright_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            podwright_curl_set_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
            podwright_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 1)
            podwright_curl_set_long(handle, CURLOPT_MAXREDIRS, limits.maximumRedirects)
            podwright_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(limits.timeout * 1000))
            podwright_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(limits.timeout * 1000))
            podwright_curl_set_off(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maximumBytes))
            podwright_curl_set_long(handle, CURLOPT_FAILONERROR, 1)
            // Every encoding libcurl was built with; the write callback sees (and counts) decoded bytes.
            podwright_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            podwright_curl_set_string(handle, CURLOPT_USERAGENT, "Podwright/0.1 (article reader)")
            podwright_curl_set_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headers))
            podwright_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(buffer.baseAddress))
            podwright_curl_set_write(handle, CURLOPT_WRITEFUNCTION, bodySinkWrite)
            podwright_curl_set_pointer(handle, CURLOPT_WRITEDATA, context.toOpaque())
            podwright_curl_set_write(handle, CURLOPT_HEADERFUNCTION, bodySinkHeader)
            podwright_curl_set_pointer(handle, CURLOPT_HEADERDATA, context.toOpaque())
            return curl_easy_perform(handle)
        }
        if code != CURLE_OK {
            let detail = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw ArticleError(location: location, reason: reason(code, detail: detail, handle: handle, sink: sink))
        }
        guard sink.headersComplete else {
            throw ArticleError(
                location: location,
                reason: .network("the server closed the connection inside its answer's headers; try again later"))
        }
        var status = 0
        podwright_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        // A redirect without a Location, 204 No Content, 304 Not Modified: there is no article in the answer.
        if !(200...299).contains(status) || status == 204 {
            throw ArticleError(location: location, reason: .httpStatus(status))
        }
        var contentType: UnsafeMutablePointer<CChar>?
        podwright_curl_get_string(handle, CURLINFO_CONTENT_TYPE, &contentType)
        return Self.download(sink.data, contentType: contentType.map { String(cString: $0).lowercased() } ?? "")
    }

    /// A failed transfer in a producer's words.
    private func reason(
        _ code: CURLcode, detail: String, handle: UnsafeMutableRawPointer, sink: BodySink
    )
        -> ArticleError.Reason
    {
        if sink.overflowed || code == CURLE_FILESIZE_EXCEEDED { return .tooLarge(limit: limits.maximumBytes) }
        switch code {
        case CURLE_HTTP_RETURNED_ERROR:
            var status = 0
            podwright_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
            return .httpStatus(status)
        case CURLE_TOO_MANY_REDIRECTS: return .tooManyRedirects(limit: limits.maximumRedirects)
        case CURLE_OPERATION_TIMEDOUT:
            return .network("no complete answer within \(Int(limits.timeout)) seconds; try again later")
        case CURLE_UNSUPPORTED_PROTOCOL where detail.contains("HTTP/0.9"):
            return .network("the server's answer is not HTTP/1.x (\(detail))")
        case CURLE_UNSUPPORTED_PROTOCOL: return .network("redirected to a URL that is not http or https")
        case CURLE_URL_MALFORMAT:
            return .network("not a valid URL (\(detail.isEmpty ? "check the host and port" : detail))")
        case CURLE_COULDNT_CONNECT: return .network("connection refused")
        case CURLE_COULDNT_RESOLVE_HOST: return .network("unknown host")
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_PARTIAL_FILE, CURLE_WEIRD_SERVER_REPLY:
            return .network("the server closed the connection before a complete answer (\(detail))")
        case CURLE_BAD_CONTENT_ENCODING: return .network("the compressed answer is damaged (\(detail))")
        case CURLE_OUT_OF_MEMORY:
            // libcurl's answer to a header over its 100 KB limit.
            return .network("the server's answer headers are too large or malformed")
        default:
            return .network(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)
        }
    }

    private static func download(_ data: Data, contentType: String) -> Download {
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
        return Download(data: data, charset: charset, format: format)
    }
}

/// The body as it arrives, refusing the piece that would take it over the limit (so a bomb never fills memory).
private final class BodySink {
    let limit: Int
    var data = Data()
    var overflowed = false
    /// Whether the last response's header block ended with its blank line (libcurl accepts a connection closed
    /// inside the headers as an empty answer).
    var headersComplete = false

    init(limit: Int) { self.limit = limit }
}

/// libcurl's write callback: returning less than it was given aborts the transfer at once.
private func bodySinkWrite(
    _ pointer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let context, let pointer else { return 0 }
    let sink = Unmanaged<BodySink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    if sink.data.count + length > sink.limit {
        sink.overflowed = true
        return 0
    }
    sink.data.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
    return length
}

/// libcurl's header callback: one header line at a time, the status line first, a blank line last.
private func bodySinkHeader(
    _ pointer: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let context, let pointer else { return 0 }
    let sink = Unmanaged<BodySink>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
    if bytes.starts(with: Array("HTTP/".utf8)) {
        sink.headersComplete = false
    } else if bytes.elementsEqual(Array("\r\n".utf8)) || bytes.elementsEqual(Array("\n".utf8)) {
        sink.headersComplete = true
    }
    return length
}
