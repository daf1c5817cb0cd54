import Foundation
import PodwrightCore

extension ArticleWarning {
    /// The warning in words, with what to do about it.
    var message: String {
        switch self {
        case .noDate:
            "no publication date found in its metadata or text; give one with `podwright notes --pub-date` when "
                + "publishing, or the RSS item is dated the day it is written"
        }
    }

    /// Writes each warning about the article at `location` to standard error.
    static func report(_ warnings: [ArticleWarning], for location: String) {
        for warning in warnings {
            FileHandle.standardError.write(Data("warning: \(location): \(warning.message)\n".utf8))
        }
    }
}
