import CSndFile
public import Foundation

/// Writes interleaved float audio as WAV, FLAC, MP3 or Opus through libsndfile, with tags and WAV cue markers.
///
/// Writes to exactly the URL given (callers write a temporary file and rename it). Every failure to write, a full
/// disk included, is thrown; nothing is dropped silently. Owns the libsndfile handle: ``close()`` finishes the file
/// and reports errors; `deinit` closes without reporting.
public struct AudioFileWriter: ~Copyable {
    private let file: SndFileHandle
    private var handle: OpaquePointer { file.pointer }
    /// The file being written.
    public let url: URL
    /// The settings it was opened with.
    public let settings: AudioFileSettings
    /// Frames written so far.
    public private(set) var framesWritten: Int = 0
    private var dither = TPDFDither()
    private var shortBuffer: [Int16] = []

    /// Creates (or truncates) the file at `url` and configures encoder, tags and markers before any audio.
    /// - Parameters:
    ///   - url: The file to write.
    ///   - settings: Format, rate, layout, word length, bitrate, tags and cue markers.
    /// - Throws: ``AudioError`` when the settings are invalid or the file cannot be created.
    public init(url: URL, settings: AudioFileSettings) throws(AudioError) {
        let path = url.path
        var info = SF_INFO()
        info.samplerate = Int32(settings.sampleRate)
        info.channels = Int32(settings.channels)
        info.format = try Self.formatCode(settings, path: path)
        guard sf_format_check(&info) == SF_TRUE else {
            throw AudioError(
                .invalidSettings,
                path: path,
                reason: "\(settings.format.rawValue.uppercased()) cannot hold "
                    + "\(settings.channels) channel(s) at \(settings.sampleRate) Hz; choose another rate or format"
            )
        }
        let output: BufferedOutputFile
        do { output = try BufferedOutputFile(path: path) } catch {
            throw AudioError(
                .writeFailed, path: path,
                reason: "cannot be created: \(String(cString: strerror(error.code.rawValue))); check that the folder "
                    + "exists and is writable")
        }
        let handle: OpaquePointer
        switch SndFile.open(writing: output, info: &info) {
        case .success(let opened): handle = opened
        case .failure(let failure):
            throw AudioError(.writeFailed, path: path, reason: "cannot be created: \(failure.message)")
        }
        var chunkMemory: UnsafeMutableRawPointer?
        do {
            try Self.configure(handle, settings: settings, path: path)
            if settings.format == .wav, !settings.cueMarkers.isEmpty {
                chunkMemory = try Self.setCueMarkers(handle, settings.cueMarkers, path: path)
            }
        } catch {
            sf_close(handle)
            throw error
        }
        self.file = SndFileHandle(handle, chunkMemory: chunkMemory, output: output)
        self.url = url
        self.settings = settings
    }

    /// Appends interleaved frames (`interleaved.count` must be a multiple of ``AudioFileSettings/channels``).
    /// - Parameter interleaved: Float samples, nominally in [-1, 1]; 16-bit output is dithered, integer output clips.
    /// - Throws: ``AudioError`` when the file cannot take them (disk full, I/O error, encoder failure).
    public mutating func write(_ interleaved: UnsafeBufferPointer<Float>) throws(AudioError) {
        let frames = interleaved.count / settings.channels
        guard frames > 0 else { return }
        let written: sf_count_t
        if settings.bitDepth == 16, settings.format == .wav || settings.format == .flac {
            if shortBuffer.count < interleaved.count {
                shortBuffer = [Int16](repeating: 0, count: interleaved.count)
            }
            let enabled = settings.dither
            let handle = self.handle
            var buffer = shortBuffer
            shortBuffer = []
            var noise = dither
            written = buffer.withUnsafeMutableBufferPointer { output in
                noise.quantise(interleaved, into: output, enabled: enabled)
                return sf_writef_short(handle, output.baseAddress, sf_count_t(frames))
            }
            dither = noise
            shortBuffer = buffer
        } else {
            written = sf_writef_float(handle, interleaved.baseAddress, sf_count_t(frames))
        }
        if written != sf_count_t(frames) || sf_error(handle) != 0 {
            let reason = file.outputFailure ?? SndFile.message(handle)
            throw AudioError(
                .writeFailed,
                path: url.path,
                reason: "writing stopped after \(framesWritten + Int(written)) "
                    + "frames: \(reason) (is the disk full?)"
            )
        }
        framesWritten += frames
    }

    /// Appends interleaved frames from an array.
    /// - Throws: ``AudioError`` when the file cannot take them.
    public mutating func write(_ interleaved: [Float]) throws(AudioError) {
        try interleaved.withUnsafeBufferPointer { buffer throws(AudioError) in try write(buffer) }
    }

    /// Finishes the file (header sizes, encoder flush, tags) and closes it.
    /// - Throws: ``AudioError`` when finishing fails, e.g. the disk filled up while the encoder flushed.
    public consuming func close() throws(AudioError) {
        let path = url.path
        let errorBefore = sf_error(handle)
        let message = SndFile.message(handle)
        let code: Int32
        do { code = try file.close() } catch {
            throw AudioError(
                .writeFailed, path: path,
                reason: "could not be finished: \(String(cString: strerror(error.code.rawValue))) (is the disk full?)")
        }
        if code != 0 || errorBefore != 0 {
            throw AudioError(.writeFailed, path: path, reason: "could not be finished: \(message) (is the disk full?)")
        }
    }
}
