import CSndFile
public import Foundation

/// Reads any audio file libsndfile decodes (WAV, AIFF, FLAC, Ogg Vorbis/Opus, MP3…) as interleaved floats.
///
/// Owns the libsndfile handle: it closes in `deinit`, or explicitly with ``close()``. Reading streams through a
/// caller-owned buffer, so memory stays flat whatever the file's length.
public struct AudioFileReader: ~Copyable {
    private let file: SndFileHandle
    var handle: OpaquePointer { file.pointer }
    /// The file being read, for messages.
    public let url: URL
    /// Frames per second.
    public let sampleRate: Int
    /// Interleaved channels per frame.
    public let channels: Int
    /// Frames in the file, as its header (or the decoder's scan) reports.
    public let frameCount: Int
    /// libsndfile's format code (`SF_FORMAT_*` major | minor).
    public let formatCode: Int32
    /// Frames read so far (the position of the next read).
    public private(set) var position: Int = 0

    /// Opens `url` for reading.
    /// - Parameter url: A file URL.
    /// - Throws: ``AudioError`` naming the file when it is missing, not audio, damaged or empty.
    public init(url: URL) throws(AudioError) {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            // A symbolic link that leads nowhere (dangling, or round in a loop) is there, but names no file.
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            throw AudioError(
                .cannotOpen, path: path,
                reason: isLink
                    ? "is a symbolic link to no file (dangling, or a loop); point it at the recording or replace it"
                    : "no such file; check the name and folder")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == 0 {
            throw AudioError(.empty, path: path, reason: "the file is empty (0 bytes)")
        }
        var info = SF_INFO()
        let handle: OpaquePointer
        // Through a large read buffer; should libsndfile refuse the file that way (it can guess some formats only
        // from a file name), it opens the path itself, and its own message names what is wrong.
        let input = try? BufferedInputFile(path: path)
        var buffered: BufferedInputFile?
        if let input, let opened = SndFile.open(reading: input, info: &info) {
            handle = opened
            buffered = input
        } else {
            info = SF_INFO()
            switch SndFile.open(path: path, mode: Int32(SFM_READ), info: &info) {
            case .success(let opened): handle = opened
            case .failure(let failure): throw Self.openError(failure, path: path)
            }
        }
        guard info.frames > 0, info.channels > 0, info.samplerate > 0 else {
            sf_close(handle)
            throw AudioError(.empty, path: path, reason: "the file holds no audio frames")
        }
        // No recording is made below 1 kHz or above 768 kHz: such a rate is a damaged header, and resampling it to the
        // episode's rate would make billions of samples out of a few.
        guard (1_000...768_000).contains(info.samplerate) else {
            sf_close(handle)
            throw AudioError(
                .corrupt, path: path,
                reason:
                    "its header gives a sample rate of \(info.samplerate) Hz, which no recording has: the header is "
                    + "damaged; export or record it again")
        }
        if let truncation = Self.truncation(inLog: SndFile.log(handle)) {
            sf_close(handle)
            throw AudioError(
                .corrupt,
                path: path,
                reason: "is cut short: its header promises \(truncation.promised) "
                    + "bytes of audio but the file holds \(truncation.present); export or record it again"
            )
        }
        self.file = SndFileHandle(handle, input: buffered)
        self.url = url
        self.sampleRate = Int(info.samplerate)
        self.channels = Int(info.channels)
        self.frameCount = Int(info.frames)
        self.formatCode = info.format
        // Decoders hand back floats in [-1, 1]; integer files must not be rescaled by their own peak.
        sf_command(handle, Int32(SFC_SET_NORM_FLOAT), nil, Int32(SF_TRUE))
    }

    /// Closes the file, reporting a failure to close.
    /// - Throws: ``AudioError`` when libsndfile reports an error on close.
    public consuming func close() throws(AudioError) {
        let path = url.path
        // A reader has no output file, so only libsndfile's code can report a failure.
        let code = (try? file.close()) ?? -1
        if code != 0 {
            throw AudioError(.corrupt, path: path, reason: "could not be closed cleanly (libsndfile error \(code))")
        }
    }

    /// Reads up to `frames` interleaved frames into the start of `buffer`, growing it if it is too small.
    /// - Parameters:
    ///   - buffer: Receives `frames × channels` samples; reused between calls so reading allocates nothing.
    ///   - frames: The most frames to read.
    /// - Returns: Frames read; 0 at the end of the file.
    /// - Throws: ``AudioError`` when the file turns out damaged or cut short.
    public mutating func read(into buffer: inout [Float], frames: Int) throws(AudioError) -> Int {
        let needed = frames * channels
        if buffer.count < needed { buffer.append(contentsOf: repeatElement(0, count: needed - buffer.count)) }
        let result = buffer.withUnsafeMutableBufferPointer { pointer in
            sf_readf_float(handle, pointer.baseAddress, sf_count_t(frames))
        }
        return try finishRead(Int(result), requested: frames)
    }

    /// Reads up to `buffer.count / channels` frames into `buffer`.
    /// - Returns: Frames read; 0 at the end of the file.
    /// - Throws: ``AudioError`` when the file turns out damaged or cut short.
    public mutating func read(into buffer: UnsafeMutableBufferPointer<Float>) throws(AudioError) -> Int {
        let frames = buffer.count / channels
        let result = sf_readf_float(handle, buffer.baseAddress, sf_count_t(frames))
        return try finishRead(Int(result), requested: frames)
    }

    /// Moves the read position to `frame` (0 is the start).
    /// - Throws: ``AudioError`` when the file cannot seek there.
    public mutating func seek(toFrame frame: Int) throws(AudioError) {
        let result = sf_seek(handle, sf_count_t(frame), SEEK_SET)
        guard result >= 0 else {
            throw AudioError(
                .corrupt,
                path: url.path,
                reason: "cannot seek to frame \(frame): \(SndFile.message(handle))"
            )
        }
        position = Int(result)
    }

    private mutating func finishRead(_ count: Int, requested: Int) throws(AudioError) -> Int {
        guard count >= 0 else {
            throw AudioError(.corrupt, path: url.path, reason: "cannot be decoded: \(SndFile.message(handle))")
        }
        let code = sf_error(handle)
        if code != 0 {
            throw AudioError(
                .corrupt,
                path: url.path,
                reason: "is damaged at frame \(position + count): "
                    + "\(SndFile.message(handle)); export or record it again"
            )
        }
        position += count
        if count == 0, requested > 0, position < frameCount, Self.isExactLength(formatCode) {
            throw AudioError(
                .corrupt,
                path: url.path,
                reason: "is cut short: it ends at frame \(position) of "
                    + "\(frameCount) its header promises; export or record it again"
            )
        }
        return count
    }
}
