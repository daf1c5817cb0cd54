import Foundation

/// Local helper processes a test starts and stops itself: a static file server and chromedriver, both on 127.0.0.1.
final class LocalProcess {
    let process = Process()

    init(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Stops this process (and only it): SIGTERM, and SIGKILL if it is still running a few seconds later.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// A static file server on 127.0.0.1 that answers byte-range requests, as every podcast host does: browsers
    /// cannot seek in audio served without them, and Python's own http.server has no ranges.
    static func fileServer(port: Int, serving folder: URL) throws -> LocalProcess {
        try LocalProcess("/usr/bin/env", ["python3", "-c", rangeServer, String(port)], in: folder)
    }

    private static let rangeServer = """
        import http.server, os, sys
        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args):
                pass
            def send_head(self):
                path = self.translate_path(self.path)
                header = self.headers.get("Range")
                if not header or not header.startswith("bytes=") or not os.path.isfile(path):
                    return super().send_head()
                size = os.path.getsize(path)
                first, _, last = header[6:].split(",")[0].partition("-")
                start = int(first) if first else max(0, size - int(last))
                end = min(int(last), size - 1) if first and last else size - 1
                if start >= size:
                    self.send_error(416)
                    return None
                handle = open(path, "rb")
                handle.seek(start)
                self.send_response(206)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, size))
                self.send_header("Content-Length", str(end - start + 1))
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                self.range_left = end - start + 1
                return handle
            def copyfile(self, source, destination):
                left = getattr(self, "range_left", None)
                if left is None:
                    return super().copyfile(source, destination)
                while left > 0:
                    chunk = source.read(min(65536, left))
                    if not chunk:
                        break
                    destination.write(chunk)
                    left -= len(chunk)
        http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
        """

    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    static func freePort() throws -> Int {
        let finder = Process()
        finder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        finder.arguments = [
            "python3", "-c",
            "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1]); s.close()",
        ]
        let output = Pipe()
        finder.standardOutput = output
        try finder.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        finder.waitUntilExit()
        guard let port = Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw WebDriver.Failure(description: "could not find a free port")
        }
        return port
    }
}
