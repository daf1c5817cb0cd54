import Foundation

/// The episode folder each article gets in a show: a slug of its file name (or of its URL's last path segment),
/// `-2`, `-3`… after a name already taken, so the same articles always land in the same folders.
public enum EpisodeNaming {
    /// Folder names for `locations`, in order.
    public static func folderNames(for locations: [String]) -> [String] {
        var taken: [String: Int] = [:]
        return locations.map { location in
            let base = stem(location)
            let count = taken[base, default: 0] + 1
            taken[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }

    /// The slug of one location: `Articles/Night Ferry.html` → `night-ferry`.
    static func stem(_ location: String) -> String {
        var name: String
        if let url = URL(string: location), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https"
        {
            let last = url.deletingPathExtension().lastPathComponent
            name = last.isEmpty || last == "/" ? (url.host ?? "article") : last
        } else {
            name = ((location as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        name = EpisodeNotes.slug(name)
        return name.isEmpty || name == "public" || name == "build" ? "episode-\(name)" : name
    }
}
