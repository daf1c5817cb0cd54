import Foundation
import Testing

/// External programs the audio tests read our files back with.
enum Tools {
    static func available(_ tool: String) -> Bool {
        ["/usr/bin", "/usr/local/bin", "/bin"].contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("podwright-id3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(tool) \(arguments.joined(separator: " ")) failed")
        return data
    }

    /// A 5-second 440 Hz MP3 made by ffmpeg (with its own ID3 tag unless told otherwise).
    static func sineMP3(in folder: URL, extra: [String] = []) throws -> URL {
        let url = folder.appendingPathComponent("x.mp3")
        try run(
            "ffmpeg",
            ["-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=5", "-c:a", "libmp3lame"]
                + extra + [url.path])
        return url
    }

    static func ffprobe(_ url: URL) throws -> [String: Any] {
        let data = try run("ffprobe", ["-v", "error", "-show_chapters", "-show_format", "-of", "json", url.path])
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The bytes between a leading ID3v2 tag and a trailing ID3v1 tag, found independently of the writer.
    static func audioFrames(_ data: Data) throws -> Data {
        let bytes = [UInt8](data)
        var start = 0
        if bytes.count > 10, bytes[0...2] == [0x49, 0x44, 0x33] {
            start = 10 + (Int(bytes[6]) << 21 | Int(bytes[7]) << 14 | Int(bytes[8]) << 7 | Int(bytes[9]))
        }
        while start < bytes.count, bytes[start] == 0 { start += 1 }
        var end = bytes.count
        if end >= 128, bytes[(end - 128)...(end - 126)] == [0x54, 0x41, 0x47] { end -= 128 }
        try #require(start < end && bytes[start] == 0xFF)
        return Data(bytes[start..<end])
    }
}
