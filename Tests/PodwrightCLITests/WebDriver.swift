import Foundation
import Testing

/// A minimal W3C WebDriver client over HTTP, enough to drive headless Chromium through chromedriver.
struct WebDriver {
    let base: URL
    let session: String

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts a headless Chromium session on the chromedriver at `port`.
    static func start(
        port: Int, width: Int = 1280, height: Int = 1800, extraArguments: [String] = []
    ) async throws -> WebDriver {
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let arguments =
            extraArguments + [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--autoplay-policy=no-user-gesture-required",
                "--mute-audio", "--window-size=\(width),\(height)", "--hide-scrollbars",
            ]
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": ["binary": "/usr/bin/chromium", "args": arguments],
                ]
            ]
        ]
        let value = try await request(base.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let session = (value as? [String: Any])?["sessionId"] as? String else {
            throw Failure(description: "chromedriver gave no session: \(String(describing: value))")
        }
        return WebDriver(base: base, session: session)
    }

    /// Waits until chromedriver answers `/status` as ready.
    static func waitUntilReady(port: Int) async throws {
        let url = URL(string: "http://127.0.0.1:\(port)/status")!
        for _ in 0..<100 {
            if let value = try? await request(url, method: "GET", body: nil) as? [String: Any],
                value["ready"] as? Bool == true
            {
                return
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw Failure(description: "chromedriver did not start on port \(port)")
    }

    func navigate(_ url: String) async throws {
        _ = try await call("url", method: "POST", body: ["url": url])
    }

    /// Runs `script` (a function body) in the page and returns its result.
    @discardableResult
    func execute(_ script: String, _ arguments: [Any] = []) async throws -> Any? {
        try await call("execute/sync", method: "POST", body: ["script": script, "args": arguments])
    }

    /// Runs an asynchronous script whose last argument is the callback to call with the result.
    func executeAsync(_ script: String) async throws -> Any? {
        try await call("execute/async", method: "POST", body: ["script": script, "args": []])
    }

    /// Clicks the first element matching a CSS selector, as a user would (scrolled into view, real pointer events).
    func click(_ selector: String) async throws {
        let found = try await call("element", method: "POST", body: ["using": "css selector", "value": selector])
        guard let element = (found as? [String: Any])?.values.first as? String else {
            throw Failure(description: "no element matches \(selector)")
        }
        _ = try await call("element/\(element)/click", method: "POST", body: [String: Any]())
    }

    /// Presses and releases one key (a character, or a WebDriver key code such as `\u{E014}` for the right arrow)
    /// on the focused page, as real keyboard events.
    func press(_ key: String) async throws {
        let actions: [[String: Any]] = [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]]
        _ = try await call(
            "actions", method: "POST", body: ["actions": [["type": "key", "id": "keyboard", "actions": actions]]])
    }

    func screenshot() async throws -> Data {
        guard let encoded = try await call("screenshot", method: "GET", body: nil) as? String,
            let data = Data(base64Encoded: encoded)
        else { throw Failure(description: "no screenshot") }
        return data
    }

    func setWindow(width: Int, height: Int) async throws {
        _ = try await call("window/rect", method: "POST", body: ["width": width, "height": height])
    }

    /// A Chrome DevTools Protocol command (chromedriver's extension), e.g. to emulate dark mode.
    func devTools(_ command: String, _ parameters: [String: Any]) async throws {
        _ = try await call("goog/cdp/execute", method: "POST", body: ["cmd": command, "params": parameters])
    }

    func quit() async {
        _ = try? await Self.request(base.appendingPathComponent("session/\(session)"), method: "DELETE", body: nil)
    }

    private func call(_ path: String, method: String, body: Any?) async throws -> Any? {
        try await Self.request(base.appendingPathComponent("session/\(session)/\(path)"), method: method, body: body)
    }

    /// One WebDriver HTTP exchange, through curl: FoundationNetworking rejects chromedriver's responses, whose
    /// header lines have no space after the colon ("Failed writing header").
    private static func request(_ url: URL, method: String, body: Any?) async throws -> Any? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        var arguments = ["curl", "-s", "--max-time", "60", "-X", method, url.absoluteString]
        let input = Pipe()
        if let body {
            arguments += ["-H", "Content-Type: application/json", "--data-binary", "@-"]
            process.standardInput = input
            let data = try JSONSerialization.data(withJSONObject: body)
            process.arguments = arguments
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(data)
            try input.fileHandleForWriting.close()
            return try finish(process, output: output, method: method, url: url)
        }
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        return try finish(process, output: output, method: method, url: url)
    }

    private static func finish(_ process: Process, output: Pipe, method: String, url: URL) throws -> Any? {
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "WebDriver \(method) \(url.path): curl exited with \(process.terminationStatus)")
        }
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = object?["value"]
        if let error = value as? [String: Any], let kind = error["error"] as? String {
            throw Failure(description: "WebDriver \(method) \(url.path): \(kind): \(error["message"] ?? "")")
        }
        return value is NSNull ? nil : value
    }
}
