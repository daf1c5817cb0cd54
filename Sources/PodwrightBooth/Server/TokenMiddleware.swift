import HTTPTypes
import Hummingbird

/// Refuses every request that does not carry the session token (in the `token` query parameter, which the printed
/// address, the worklet and `<audio>` sources use, or the `X-Booth-Token` header the page's requests send), and
/// gives every response headers that keep the page to itself: no network loads, no caching, no referrer (the
/// address holds the token).
struct TokenMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let presented =
            request.uri.queryParameters.get("token") ?? request.headers[BoothHeaders.token].map { String($0) }
        var response: Response
        if let presented, Self.same(presented, token) {
            response = try await next(request, context)
        } else {
            response = BoothResponses.error(.forbidden())
        }
        response.headers[.cacheControl] = "no-store"
        response.headers[BoothHeaders.referrerPolicy] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; media-src 'self' blob:; connect-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'"
        return response
    }

    /// Compares in time that does not depend on where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// The booth's own request headers.
enum BoothHeaders {
    /// The session token, as the page's requests send it.
    static let token = HTTPField.Name("X-Booth-Token")!
    /// The page's key for one recording, the same on every retry of its upload.
    static let uploadKey = HTTPField.Name("X-Upload-Key")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
