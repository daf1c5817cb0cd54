import Foundation
import Testing

@testable import PodwrightCore

/// Fetching article URLs from a small HTTP server started on 127.0.0.1 for the test.
@Suite(.serialized) struct ArticleFetchTests {
    /// A Python HTTP server on a free port with a page, a Markdown file, a redirect chain, a loop, a large body,
    /// an error and a stall.
    final class Server: Sendable {
        let process: Process
        let port: Int

        init() throws {
            let script = #"""
                import gzip, http.server, socketserver, sys, time
                PAGE = open(sys.argv[1], 'rb').read()
                class Handler(http.server.BaseHTTPRequestHandler):
                    def log_message(self, *args): pass
                    def send(self, status, body, kind='text/html; charset=utf-8', headers=()):
                        self.send_response(status)
                        self.send_header('Content-Type', kind)
                        self.send_header('Content-Length', str(len(body)))
                        for key, value in headers: self.send_header(key, value)
                        self.end_headers()
                        self.wfile.write(body)
                    def do_GET(self):
                        p = self.path
                        if p == '/article': self.send(200, PAGE)
                        elif p == '/notes':
                            self.send(200, b'# Night ferries\n\nThe night ferries are back after four years away, '
                                      b'and the first sailing left on time.\n', 'text/markdown')
                        elif p.startswith('/hop/'):
                            n = int(p.split('/')[2])
                            self.send(302, b'', headers=[('Location', '/article' if n == 0 else '/hop/%d' % (n - 1))])
                        elif p == '/loop': self.send(302, b'', headers=[('Location', '/loop')])
                        elif p == '/big': self.send(200, b'<p>' + b'word ' * 2500000 + b'</p>')
                        elif p == '/stall': time.sleep(5); self.send(200, PAGE)
                        elif p == '/close-in-headers':
                            self.wfile.write(b'HTTP/1.1 200 OK\r\nContent-Ty'); self.wfile.flush()
                            self.close_connection = True
                        elif p == '/drip':
                            self.send_response(200); self.send_header('Content-Type', 'text/html'); self.end_headers()
                            for byte in PAGE[:200]: self.wfile.write(bytes([byte])); self.wfile.flush(); time.sleep(0.05)
                        elif p == '/bomb':
                            self.send(200, gzip.compress(b' ' * 50000000), headers=[('Content-Encoding', 'gzip')])
                        elif p == '/gzipped':
                            self.send(200, gzip.compress(PAGE), headers=[('Content-Encoding', 'gzip')])
                        elif p == '/to-file': self.send(302, b'', headers=[('Location', 'file:///etc/passwd')])
                        else: self.send(404, b'not here')
                class Server(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
                server = Server(('127.0.0.1', 0), Handler)
                print(server.server_address[1], flush=True)
                server.serve_forever()
                """#
            let page = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/Articles/news-fish-market.html")
            process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, page.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            var line = Data()
            let reader = output.fileHandleForReading
            while let byte = try reader.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
                line += byte
            }
            port = Int(String(decoding: line, as: UTF8.self)) ?? 0
        }

        func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

        deinit {
            // SIGKILL: the test runner may leave SIGTERM ignored, and children inherit that.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    let server: Server

    init() throws { server = try Server() }

    @Test func fetchesAndReadsAPage() async throws {
        let article = try await ArticleReader.read(contentsOf: server.url("/article"))
        #expect(article.title == "Harbour town votes to keep its last fish market open")
        #expect(article.authors == ["Nadia Okafor"])
        #expect(article.source == server.url("/article"))
    }

    @Test func contentTypeChoosesTheFormat() async throws {
        let article = try await ArticleReader.read(contentsOf: server.url("/notes"))
        #expect(article.title == "Night ferries")
    }

    @Test func followsRedirectsUpToTheCap() async throws {
        let article = try await ArticleReader.read(contentsOf: server.url("/hop/3"))
        #expect(article.authors == ["Nadia Okafor"])
        await #expect(throws: ArticleError(location: server.url("/loop"), reason: .tooManyRedirects(limit: 5))) {
            try await ArticleReader.read(contentsOf: server.url("/loop"))
        }
    }

    @Test func refusesTooLargeNotFoundAndSlowAnswers() async throws {
        await #expect(throws: ArticleError(location: server.url("/big"), reason: .tooLarge(limit: 10_000_000))) {
            try await ArticleReader.read(contentsOf: server.url("/big"))
        }
        await #expect(throws: ArticleError(location: server.url("/gone"), reason: .httpStatus(404))) {
            try await ArticleReader.read(contentsOf: server.url("/gone"))
        }
        let quick = FetchLimits(timeout: 1, maximumBytes: 1_000_000, maximumRedirects: 5)
        do {
            _ = try await ArticleReader.read(contentsOf: server.url("/stall"), format: nil, limits: quick)
            Issue.record("a stalled server should time out")
        } catch let error as ArticleError {
            guard case .network = error.reason else {
                Issue.record("expected a network error, got \(error)")
                return
            }
            #expect(error.description.hasPrefix(server.url("/stall") + ": cannot be fetched"))
        }
    }

    /// A server that closes inside its headers (FoundationNetworking trapped on this), one that drips a byte at a
    /// time past the deadline, a gzip bomb, a redirect to a file: each a one-line error, never a crash or a wait.
    @Test func hostileServersGetAClearErrorWithinTheLimits() async throws {
        func reason(_ path: String, limits: FetchLimits = .standard) async -> ArticleError.Reason? {
            do {
                _ = try await ArticleReader.read(contentsOf: server.url(path), format: nil, limits: limits)
                return nil
            } catch {
                return (error as? ArticleError)?.reason
            }
        }
        guard case .network(let closed) = await reason("/close-in-headers") else {
            Issue.record("a connection closed inside the headers should be a network error")
            return
        }
        #expect(closed.contains("headers"))
        // The drip takes 10 s; the deadline is for the whole fetch, not for each byte.
        let quick = FetchLimits(timeout: 1, maximumBytes: 1_000_000, maximumRedirects: 5)
        guard case .network(let slow) = await reason("/drip", limits: quick) else {
            Issue.record("a server dripping past the deadline should time out")
            return
        }
        #expect(slow.contains("within 1 seconds"))
        #expect(await reason("/bomb") == .tooLarge(limit: 10_000_000), "the cap counts inflated bytes")
        #expect(await reason("/gzipped") == nil, "a compressed page is read")
        guard case .network(let redirect) = await reason("/to-file") else {
            Issue.record("a redirect to file:// should be refused")
            return
        }
        #expect(redirect.contains("not http or https"))
    }

    @Test func schemesAreCaseInsensitive() async throws {
        let upper = server.url("/article").replacingOccurrences(of: "http://", with: "HTTP://")
        let article = try await ArticleReader.read(contentsOf: upper)
        #expect(article.authors == ["Nadia Okafor"])
    }

    @Test func refusesOtherSchemes() async {
        await #expect(throws: ArticleError(location: "ftp://example.org/a.txt", reason: .unsupportedURL)) {
            try await ArticleReader.read(contentsOf: "ftp://example.org/a.txt")
        }
    }
}
