import Foundation
import PodwrightCore
import Synchronization

/// Files uploaded takes into `EP/takes/` so that no take is ever lost or overwritten: an upload is written to a
/// hidden temporary file in the same folder, and only a complete, checked file gets its name — by `link(2)`, which
/// fails rather than replace a file, so two tabs, two talents or two booths on one folder each get their own take
/// number. A failed upload removes its temporary file; nothing partial is ever named like a take.
struct TakeFiler: Sendable {
    /// `EP/takes/`.
    let folder: URL
    /// The largest upload accepted, bytes.
    let maxBytes: Int

    /// Serialises choosing take numbers within this process (`link` settles races with other processes).
    private static let numbering = Mutex(())

    /// The prefix of every temporary upload: `.booth-<pid>-<id>.upload`, hidden from the take catalog.
    static let temporaryPrefix = ".booth-"

    /// An upload being received.
    final class Upload: @unchecked Sendable {
        let url: URL
        private let descriptor: Int32
        private(set) var bytes = 0
        private(set) var head: [UInt8] = []
        private var closed = false

        init(url: URL, descriptor: Int32) {
            self.url = url
            self.descriptor = descriptor
        }

        /// Appends received bytes, refusing an upload past `cap` or one that does not start like a WAV file.
        func append(_ chunk: UnsafeRawBufferPointer, cap: Int) throws(BoothError) {
            try receive(chunk, cap: cap)
            try write(chunk)
        }

        /// Counts received bytes and keeps the first ones, refusing an upload past `cap` or one that does not start
        /// like a WAV file. Touches no file: the booth calls it as bytes arrive, and ``write(_:)`` off Swift's
        /// cooperative threads.
        func receive(_ chunk: UnsafeRawBufferPointer, cap: Int) throws(BoothError) {
            bytes += chunk.count
            if bytes > cap { throw .tooLarge(cap: cap) }
            if head.count < 65_536 { head += chunk.prefix(65_536 - head.count) }
            if head.count >= 12, head.count - chunk.count < 12 {
                guard String(decoding: head[0..<4], as: UTF8.self) == "RIFF",
                    String(decoding: head[8..<12], as: UTF8.self) == "WAVE"
                else { throw .notWAV("it does not start with a RIFF/WAVE header") }
            }
        }

        /// Writes received bytes to the temporary file (a blocking call).
        func write(_ chunk: UnsafeRawBufferPointer) throws(BoothError) {
            var offset = 0
            while offset < chunk.count {
                let written = systemWrite(descriptor, chunk.baseAddress! + offset, chunk.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw .cannotFile(String(cString: strerror(errno)))
                }
                offset += written
            }
        }

        /// Flushes the file to disk and closes it.
        func finish() throws(BoothError) {
            guard !closed else { return }
            closed = true
            let synced = fsync(descriptor)
            let code = errno
            close(descriptor)
            if synced != 0 { throw .cannotFile(String(cString: strerror(code))) }
        }

        /// Closes and removes the temporary file.
        func discard() {
            if !closed {
                closed = true
                close(descriptor)
            }
            unlink(url.path)
            TemporaryFiles.unregister(url)
        }
    }

    /// Opens a new temporary upload in the takes folder (created when missing).
    func begin() throws(BoothError) -> Upload {
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw .cannotFile("cannot create \(folder.path)")
        }
        let name = "\(Self.temporaryPrefix)\(getpid())-\(UUID().uuidString.prefix(12)).upload"
        let url = folder.appendingPathComponent(name)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotFile("cannot write in \(folder.path): \(String(cString: strerror(errno)))")
        }
        TemporaryFiles.register(url)
        return Upload(url: url, descriptor: descriptor)
    }

    /// Gives a finished upload the next free take number of `segment`: `<id>.take<N>.wav`.
    /// - Returns: The take's name.
    func file(_ upload: Upload, segment: String) throws(BoothError) -> TakeName {
        try upload.finish()
        let result: Result<TakeName, BoothError> = Self.numbering.withLock { _ in
            var number = (takes(of: segment).compactMap(\.number).max() ?? 0) + 1
            for _ in 0..<1000 {
                let name = TakeName(segmentID: segment, kind: .recorded(number))
                let target = folder.appendingPathComponent(Self.fileName(of: name))
                if link(upload.url.path, target.path) == 0 { return .success(name) }
                guard errno == EEXIST else { return .failure(.cannotFile(String(cString: strerror(errno)))) }
                number += 1
            }
            return .failure(.cannotFile("no free take number for \(segment)"))
        }
        upload.discard()
        let name = try result.get()
        syncFolder()
        return name
    }

    /// The booth's file name for a take: always `<id>.take<N>.wav`, take 1 included, so what the booth recorded is
    /// told apart from files dropped in by hand (``TakeName`` reads both).
    static func fileName(of name: TakeName) -> String {
        "\(name.segmentID).take\(name.number ?? 1).\(name.fileExtension)"
    }

    /// The recorded takes of `segment` in the folder, by number.
    func takes(of segment: String) -> [TakeName] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> TakeName? in
            guard !name.hasPrefix("."), let take = TakeName(fileName: name), take.segmentID == segment,
                take.number != nil
            else { return nil }
            return take
        }.sorted { ($0.number ?? 0) < ($1.number ?? 0) }
    }

    /// The file of take `number` of `segment`, whatever its extension, if it exists.
    func url(of segment: String, take number: Int) -> URL? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let candidates = names.filter { name in
            guard !name.hasPrefix("."), let take = TakeName(fileName: name) else { return false }
            return take.segmentID == segment && take.number == number
        }
        return candidates.sorted().first.map { folder.appendingPathComponent($0) }
    }

    /// Removes temporary uploads a killed booth left (those of processes still running are kept).
    func removeStale() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(Self.temporaryPrefix) && name.hasSuffix(".upload") {
            let pid = Int32(name.dropFirst(Self.temporaryPrefix.count).prefix { $0 != "-" })
            if let pid, kill(pid, 0) == 0 { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Makes the new name durable (the rename is in the folder's own data).
    private func syncFolder() {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// write(2), under a name the upload's own `write(_:)` does not hide.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
