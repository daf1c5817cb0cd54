import CSndFile
import Foundation

/// The file libsndfile decodes a take from, through its virtual I/O: the kernel is asked for 64 KiB at a time.
///
/// Left to itself libsndfile reads through an 8 KiB buffer, so an hour of 24-bit takes is 63,000 `read` calls in
/// each pass; here it is 8,000, and what libsndfile asks for is copied out of memory. Seeks and the file's length
/// behave as on the plain file. 256 KiB was no faster, and being above the allocator's mapping threshold it made
/// memory grow with the number of takes.
///
/// Unchecked `Sendable`: one reader owns it and uses it from one thread at a time, as libsndfile's handle itself.
final class BufferedInputFile: @unchecked Sendable {
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawPointer
    private static let capacity = 1 << 16
    /// The file offset of `buffer[0]`, and how many bytes the buffer holds.
    private var bufferStart: Int64 = 0
    private var bufferCount = 0
    /// Where libsndfile's next read goes.
    private var position: Int64 = 0
    private let length: Int64

    /// Opens the file at `path` for reading.
    /// - Throws: the `errno` of the failed `open` or `fstat`.
    init(path: String) throws(POSIXError) {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var status = stat()
        guard fstat(opened, &status) == 0 else {
            let code = errno
            _ = Foundation.close(opened)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
        descriptor = opened
        length = Int64(status.st_size)
        buffer = UnsafeMutableRawPointer.allocate(byteCount: Self.capacity, alignment: 4096)
    }

    deinit {
        _ = Foundation.close(descriptor)
        buffer.deallocate()
    }

    /// The callbacks for `sf_open_virtual`, with this file as their user data.
    static let callbacks = SF_VIRTUAL_IO(
        get_filelen: { file in instance(file).length },
        seek: { offset, whence, file in instance(file).seek(offset, whence: whence) },
        read: { pointer, count, file in instance(file).read(into: pointer, count: count) },
        write: { _, _, _ in 0 },
        tell: { file in instance(file).position })

    private static func instance(_ pointer: UnsafeMutableRawPointer?) -> BufferedInputFile {
        Unmanaged<BufferedInputFile>.fromOpaque(pointer!).takeUnretainedValue()
    }

    private func seek(_ offset: sf_count_t, whence: Int32) -> sf_count_t {
        let base: Int64
        switch whence {
        case SEEK_SET: base = 0
        case SEEK_CUR: base = position
        case SEEK_END: base = length
        default: return -1
        }
        guard base + offset >= 0 else { return -1 }
        position = base + offset
        return position
    }

    private func read(into target: UnsafeMutableRawPointer?, count: sf_count_t) -> sf_count_t {
        guard let target, count > 0 else { return 0 }
        var done = 0
        let wanted = Int(count)
        while done < wanted {
            let offset = position - bufferStart
            if offset < 0 || offset >= Int64(bufferCount) {
                // Past what is buffered: a large read goes straight to the caller, a small one refills.
                if wanted - done >= Self.capacity {
                    let got = pread(descriptor, target + done, wanted - done, off_t(position))
                    if got < 0, errno == EINTR { continue }
                    guard got > 0 else { break }
                    done += got
                    position += Int64(got)
                    continue
                }
                let got = pread(descriptor, buffer, Self.capacity, off_t(position))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                bufferStart = position
                bufferCount = got
                continue
            }
            let take = min(wanted - done, bufferCount - Int(offset))
            (target + done).copyMemory(from: buffer + Int(offset), byteCount: take)
            done += take
            position += Int64(take)
        }
        return sf_count_t(done)
    }
}
