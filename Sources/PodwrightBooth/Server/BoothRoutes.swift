import Foundation
import Hummingbird
import PodwrightCore

/// The booth's routes. Every one sits behind ``TokenMiddleware``; segment ids are checked against the script
/// before anything touches a file.
struct BoothRoutes: Sendable {
    let session: BoothSession
    let configuration: BoothConfiguration

    func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: TokenMiddleware(token: configuration.token))
        let token = configuration.token
        router.get("/") { _, _ in BoothResponses.text(BoothPage.html(token: token), type: "text/html; charset=utf-8") }
        router.get("/booth.js") { _, _ in
            BoothResponses.text(BoothScript.source, type: "text/javascript; charset=utf-8")
        }
        router.get("/recorder.js") { _, _ in
            BoothResponses.text(RecorderWorklet.source, type: "text/javascript; charset=utf-8")
        }
        router.get("/booth.css") { _, _ in BoothResponses.text(BoothStyle.source, type: "text/css; charset=utf-8") }
        router.get("/api/episode") { _, _ in BoothResponses.json(await session.snapshot()) }
        router.post("/api/segments/:id/takes") { request, context in
            await respond { () async throws -> Response in
                try await upload(request, segmentID: context.parameters.get("id") ?? "")
            }
        }
        router.get("/api/segments/:id/takes/:take") { _, context in
            await respond { () async throws -> Response in
                let (segment, take) = try await parameters(context)
                guard let report = await session.report(segment: segment, take: take) else {
                    throw BoothError(status: 404, message: "Segment \(segment.id) has no take \(take).")
                }
                return BoothResponses.json(report)
            }
        }
        router.get("/api/segments/:id/takes/:take/audio") { _, context in
            await respond { () async throws -> Response in
                let (segment, take) = try await parameters(context)
                guard let url = session.filer.url(of: segment.id, take: take),
                    let data = FileManager.default.contents(atPath: url.path)
                else { throw BoothError(status: 404, message: "Segment \(segment.id) has no take \(take).") }
                return BoothResponses.audio(data)
            }
        }
        router.post("/api/segments/:id/takes/:take/use") { _, context in
            await respond { () async throws -> Response in
                let (segment, take) = try await parameters(context)
                try await session.pin(take, of: segment)
                return BoothResponses.json(["segment": segment.id, "take": String(take)])
            }
        }
        return router
    }

    private func parameters(_ context: BasicRequestContext) async throws(BoothError) -> (Segment, Int) {
        let segment = try await session.segment(context.parameters.get("id") ?? "")
        guard let text = context.parameters.get("take"), text.count <= 4, let take = Int(text), take >= 1 else {
            throw BoothError(status: 400, message: "A take number is 1, 2, 3, …")
        }
        return (segment, take)
    }

    /// Receives a take: refused at once when its declared size is over the cap, written to a temporary file as it
    /// arrives (refused as soon as it passes the cap or does not start like a WAV file), then checked and filed. The
    /// bytes are gathered a megabyte at a time and written on the booth's file lane, never on the threads that
    /// serve the page.
    private func upload(_ request: Request, segmentID: String) async throws -> Response {
        let segment = try await session.segment(segmentID)
        let key = request.headers[BoothHeaders.uploadKey].flatMap { value -> String? in
            BoothSession.isPlainID(value) ? value : nil
        }
        if let earlier = await session.filed(key: key) { return BoothResponses.json(earlier) }
        let cap = configuration.maxUploadBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > cap {
            throw BoothError.tooLarge(cap: cap)
        }
        let filer = session.filer
        let upload = try await WorkLane.files.run { Result { () throws(BoothError) in try filer.begin() } }.get()
        do {
            var batch = ByteBuffer()
            for try await buffer in request.body {
                try buffer.withUnsafeReadableBytes { bytes in try upload.receive(bytes, cap: cap) }
                batch.writeImmutableBuffer(buffer)
                if batch.readableBytes >= Self.batchBytes {
                    try await write(batch, to: upload)
                    batch.clear()
                }
            }
            if batch.readableBytes > 0 { try await write(batch, to: upload) }
        } catch {
            upload.discard()
            if error is BoothError { throw error }
            throw BoothError(status: 400, message: "The upload was cut off before it ended; the page sends it again.")
        }
        let report = try await session.accept(upload, segment: segment, key: key)
        return BoothResponses.json(report, status: .created)
    }

    /// How many received bytes are written at once.
    private static let batchBytes = 1 << 20

    private func write(_ batch: ByteBuffer, to upload: TakeFiler.Upload) async throws(BoothError) {
        let written = await WorkLane.files.run {
            Result { () throws(BoothError) in
                try batch.withUnsafeReadableBytes { bytes throws(BoothError) in try upload.write(bytes) }
            }
        }
        try written.get()
    }

    /// Turns a refusal into its JSON answer; anything else is the booth's own fault, said in words.
    private func respond(_ work: () async throws -> Response) async -> Response {
        do {
            return try await work()
        } catch let error as BoothError {
            return BoothResponses.error(error)
        } catch {
            return BoothResponses.error(BoothError(status: 500, message: "The booth failed: \(error)"))
        }
    }
}
