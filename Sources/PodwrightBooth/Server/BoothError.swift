/// A request the booth refuses, with the HTTP status and a message for the person at the microphone.
struct BoothError: Error, CustomStringConvertible, Equatable {
    /// The HTTP status code.
    var status: Int
    /// What went wrong and what to do, in words.
    var message: String

    var description: String { message }

    static func forbidden() -> BoothError {
        BoothError(
            status: 403,
            message: "This booth only answers the address `podwright booth` printed, with its token: open that address."
        )
    }

    static func badSegment(_ id: String) -> BoothError {
        BoothError(status: 404, message: "There is no segment “\(id.prefix(80))” in this script.")
    }

    static func notWAV(_ reason: String) -> BoothError {
        BoothError(status: 415, message: "The upload is not a WAV recording: \(reason). Record the take again.")
    }

    static func tooLarge(cap: Int) -> BoothError {
        BoothError(
            status: 413,
            message: "The take is larger than the booth accepts (\(cap / 1_048_576) MB); record the segment in "
                + "shorter parts, or split the paragraph into two segments in script.md.")
    }

    static func cannotFile(_ reason: String) -> BoothError {
        BoothError(status: 500, message: "The take could not be saved: \(reason). The recording is still in the page.")
    }
}
