public import Foundation
public import PodwrightCore

/// Makes images into podcast artwork with ImageMagick: measured, turned upright, cropped and scaled, never
/// enlarged. The prepared files live in a build folder and are made again only when their source is newer.
public enum ArtworkPreparer {
    /// The side of the picture embedded in each MP3's ID3 tag: Apple's minimum, so the tag shows the same picture
    /// as the feed without carrying a 3000-pixel image in every episode.
    public static let tagSide = 1400

    /// The show artwork as the feed will serve it: a square JPEG or PNG larger than 3000 pixels is scaled to 3000
    /// and written as `artwork.jpg`/`artwork.png` in `folder`; one within the limits is written there unchanged in
    /// size (metadata stripped). An image that breaks the rules (not square, too small, another type) is measured
    /// and returned as it is, for ``FeedRequirements`` to say what is wrong.
    /// - Throws: ``ImageError`` when the file is missing or not an image.
    public static func show(_ source: URL, into folder: URL) throws(ImageError) -> Artwork {
        var wand = try ImageWand.read(source.path)
        wand.orient()
        let format = wand.format
        guard ["JPEG", "PNG"].contains(format), wand.width == wand.height, wand.width >= Artwork.sides.lowerBound
        else { return Artwork(url: source, width: wand.width, height: wand.height, format: format) }
        let side = min(wand.width, Artwork.sides.upperBound)
        let target = folder.appendingPathComponent(format == "PNG" ? "artwork.png" : "artwork.jpg")
        if isFresh(target, from: source) { return Artwork(url: target, width: side, height: side, format: format) }
        try createFolder(folder)
        if side != wand.width { try wand.resize(side: side, path: source.path) }
        try write(&wand, to: target, format: format)
        return Artwork(url: target, width: side, height: side, format: format)
    }

    /// An episode's own artwork from the article's image: the centred square, scaled to at most 3000 pixels,
    /// written as `episode-artwork.jpg` (or `.png` for a PNG) in `folder`.
    /// - Throws: ``ImageError/tooSmall(path:width:height:minimum:)`` when the square is under 1400 pixels (the show
    ///   artwork stands in), or another ``ImageError`` when the file is not an image.
    public static func episode(_ source: URL, into folder: URL) throws(ImageError) -> Artwork {
        var wand = try ImageWand.read(source.path)
        wand.orient()
        let side = min(wand.width, wand.height)
        guard side >= Artwork.sides.lowerBound else {
            throw .tooSmall(
                path: source.path, width: wand.width, height: wand.height, minimum: Artwork.sides.lowerBound)
        }
        let format = wand.format == "PNG" ? "PNG" : "JPEG"
        let target = folder.appendingPathComponent(format == "PNG" ? "episode-artwork.png" : "episode-artwork.jpg")
        let delivered = min(side, Artwork.sides.upperBound)
        if isFresh(target, from: source) {
            return Artwork(url: target, width: delivered, height: delivered, format: format)
        }
        try createFolder(folder)
        try wand.cropToSquare(path: source.path)
        if delivered != side { try wand.resize(side: delivered, path: source.path) }
        try write(&wand, to: target, format: format)
        return Artwork(url: target, width: delivered, height: delivered, format: format)
    }

    /// The picture for the MP3's ID3 tag (APIC): the artwork as a JPEG of at most ``tagSide`` pixels, written as
    /// `tag-artwork.jpg` in `folder`.
    /// - Returns: The JPEG's bytes.
    /// - Throws: ``ImageError`` when the artwork cannot be read or written.
    public static func tagPicture(_ artwork: Artwork, into folder: URL) throws(ImageError) -> Data {
        let target = folder.appendingPathComponent("tag-artwork.jpg")
        if !isFresh(target, from: artwork.url) {
            var wand = try ImageWand.read(artwork.url.path)
            try wand.cropToSquare(path: artwork.url.path)
            if wand.width > tagSide { try wand.resize(side: tagSide, path: artwork.url.path) }
            try createFolder(folder)
            try write(&wand, to: target, format: "JPEG", quality: 85)
        }
        guard let data = FileManager.default.contents(atPath: target.path) else {
            throw .unreadable(path: target.path, reason: "vanished after writing")
        }
        return data
    }

    /// Whether `target` was made from `source` as it is now (it exists and is not older).
    static func isFresh(_ target: URL, from source: URL) -> Bool {
        let manager = FileManager.default
        guard let made = (try? manager.attributesOfItem(atPath: target.path))?[.modificationDate] as? Date,
            let changed = (try? manager.attributesOfItem(atPath: source.path))?[.modificationDate] as? Date
        else { return false }
        return made >= changed
    }

    /// Writes through a temporary file beside `target` and a rename, as every output is.
    private static func write(
        _ wand: inout ImageWand, to target: URL, format: String, quality: Int = 90
    ) throws(ImageError) {
        let temporary = AtomicFile.temporaryURL(for: target)
        try wand.write(to: temporary.path, format: format, quality: quality)
        do throws(AtomicFileError) { try AtomicFile.commit(temporary, to: target) } catch {
            throw .unwritable(path: target.path, reason: error.reason)
        }
    }

    private static func createFolder(_ folder: URL) throws(ImageError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: folder.path, reason: "cannot create the folder")
        }
    }
}
