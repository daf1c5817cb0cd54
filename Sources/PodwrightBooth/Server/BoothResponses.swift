import Foundation
import Hummingbird

/// Building the booth's responses: JSON, page resources, audio, and errors in words.
enum BoothResponses {
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func audio(_ data: Data) -> Response {
        Response(
            status: .ok, headers: [.contentType: "audio/wav", .contentLength: String(data.count)],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func error(_ error: BoothError) -> Response {
        json(["error": error.message], status: HTTPResponse.Status(code: error.status))
    }
}
