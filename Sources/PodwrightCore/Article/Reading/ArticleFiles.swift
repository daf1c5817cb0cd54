import Foundation

/// Expands the command line's article arguments: folders become the article files inside them.
public enum ArticleFiles {
    /// File extensions read from a folder.
    public static let extensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "md", "markdown"]

    /// Every location to read: files and URLs as given, folders replaced by their article files (sorted, hidden
    /// files skipped, subfolders included).
    /// - Parameter arguments: Paths, folders or URLs.
    /// - Returns: The locations and whether any folder was expanded.
    /// - Throws: ``ArticleError`` for a folder with no article files in it.
    public static func expand(_ arguments: [String]) throws(ArticleError) -> (locations: [String], hadFolder: Bool) {
        var locations: [String] = []
        var hadFolder = false
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard !argument.contains("://"), FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder),
                isFolder.boolValue
            else {
                locations.append(argument)
                continue
            }
            hadFolder = true
            if access(argument, R_OK | X_OK) != 0 {
                throw ArticleError(
                    location: argument, reason: .unreadable("permission denied: the folder cannot be listed"))
            }
            let files = articleFiles(in: argument)
            if files.isEmpty { throw ArticleError(location: argument, reason: .noArticleFiles) }
            locations += files
        }
        return (locations, hadFolder)
    }

    private static func articleFiles(in folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where extensions.contains(url.pathExtension.lowercased()) {
            let relative = url.path.dropFirst(root.path.count).drop(while: { $0 == "/" })
            files.append(folder.hasSuffix("/") ? folder + relative : folder + "/" + relative)
        }
        return files.sorted()
    }
}
