// This file imports the C module and nothing else: MagickWand's headers bring their own `fd_set`, which clashes
// with Foundation's in one file. Paths come in as strings for that reason.
import CMagickWand
import Glibc

/// The one owner of a MagickWand handle: reads an image, crops and scales it, writes it, and destroys the wand
/// when it goes.
struct ImageWand: ~Copyable {
    private let wand: OpaquePointer

    /// ImageMagick is started once per process, before the first wand.
    private static let genesis: Void = MagickWandGenesis()

    private init(wand: OpaquePointer) {
        self.wand = wand
    }

    /// Reads the image at `path` (its first frame).
    static func read(_ path: String) throws(ImageError) -> ImageWand {
        _ = genesis
        guard let wand = NewMagickWand() else { throw .unreadable(path: path, reason: "out of memory") }
        guard MagickReadImage(wand, path) == MagickTrue else {
            let reason = message(wand) ?? "not an image ImageMagick reads"
            DestroyMagickWand(wand)
            throw .unreadable(path: path, reason: reason)
        }
        MagickResetIterator(wand)
        _ = MagickNextImage(wand)
        return ImageWand(wand: wand)
    }

    deinit { DestroyMagickWand(wand) }

    /// Width in pixels.
    var width: Int { Int(MagickGetImageWidth(wand)) }
    /// Height in pixels.
    var height: Int { Int(MagickGetImageHeight(wand)) }

    /// The image type as ImageMagick names it: `JPEG`, `PNG`, `WEBP`, `GIF`…
    var format: String {
        guard let name = MagickGetImageFormat(wand) else { return "unknown" }
        defer { MagickRelinquishMemory(name) }
        return String(cString: name)
    }

    /// Applies the EXIF orientation, so a phone photo is upright before it is measured and cropped.
    mutating func orient() { _ = MagickAutoOrientImage(wand) }

    /// Cuts the largest centred square out of the image.
    mutating func cropToSquare(path: String) throws(ImageError) {
        let side = min(width, height)
        guard width != height else { return }
        let x = (width - side) / 2
        let y = (height - side) / 2
        guard MagickCropImage(wand, side, side, x, y) == MagickTrue else {
            throw .unwritable(path: path, reason: Self.message(wand) ?? "cannot crop")
        }
        _ = MagickSetImagePage(wand, side, side, 0, 0)
    }

    /// Scales to `side`×`side` with a Lanczos filter.
    mutating func resize(side: Int, path: String) throws(ImageError) {
        guard MagickResizeImage(wand, side, side, LanczosFilter, 1) == MagickTrue else {
            throw .unwritable(path: path, reason: Self.message(wand) ?? "cannot scale")
        }
    }

    /// Writes as `format` (`JPEG` or `PNG`) without metadata to `temporary`, for the caller to rename into place.
    mutating func write(to temporary: String, format: String, quality: Int = 90) throws(ImageError) {
        _ = MagickStripImage(wand)
        _ = MagickSetImageFormat(wand, format)
        if format == "JPEG" { _ = MagickSetImageCompressionQuality(wand, quality) }
        // The format prefix makes ImageMagick write that type whatever the temporary name ends in.
        guard MagickWriteImage(wand, "\(format):\(temporary)") == MagickTrue else {
            unlink(temporary)
            throw .unwritable(path: temporary, reason: Self.message(wand) ?? "cannot write")
        }
    }

    private static func message(_ wand: OpaquePointer) -> String? {
        guard let text = podwright_wand_error(wand) else { return nil }
        defer { MagickRelinquishMemory(text) }
        let message = String(cString: text)
        return message.isEmpty ? nil : message
    }
}
