#if canImport(Glibc)
import Glibc
#endif
import CVetSupport

/// The bytes of one file: read into owned memory (the default for files), memory-mapped (opt-in),
/// copied from the caller, borrowed from the caller, or produced by inflating a deflated data
/// set. Safe to read from any thread.
///
/// Files read with `init(readingFile:)` never raise a signal when another process truncates or
/// rewrites them while open. Files up to `eagerLimit` are read whole at open. Larger files get an
/// anonymous private mapping of their size (nothing committed until written): the parser loads
/// the 64 KiB chunks it reads (`ensure`: everything but large values, so the whole header ends
/// up in owned memory), and other chunks are loaded on first use with pread, checking the count.
/// Bulk values (pixel data) are read with `withBytes`, which preads exactly the range into a
/// temporary buffer and throws `.truncated`/`.io` when the file no longer holds it.
public final class ByteStore: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private enum Owner { case mmap(UnsafeMutableRawPointer, Int), heap(UnsafeMutableRawPointer), borrowed, none }
    private let owner: Owner
    /// For mapped and lazily read files: the open descriptor (-1 otherwise).
    private let fd: Int32
    /// Lazily read files: which chunks are in memory.
    private let lazy: LazyChunks?
    /// `lazy.loaded` (kept by `lazy`, alive as long as the store): the check that a range is in
    /// memory reads it without touching `lazy`'s reference count.
    private let loadedBits: UnsafeMutablePointer<UInt64>?

    /// Files up to this size are read whole at open and keep no descriptor: a CT or MR slice
    /// (about 0.5 MiB), so a series of hundreds of slices open at once holds no file descriptors.
    /// Larger files read only the chunks the parser needs (for a 1-4 MiB file that is about a
    /// tenth of the time of reading it whole); their pixel data is read when decoded.
    public static let eagerLimit = 1 << 20
    /// Values from this length on are bulk: not loaded by the parser.
    public static let bulkThreshold = 1 << 16
    static let chunkShift = 16

    /// Which chunks of a lazily read file are loaded (and which failed), under a mutex. The
    /// bitmap of loaded chunks is also read without the mutex (atomic acquire loads; bits are
    /// only ever set, with release stores, after the chunk's bytes are written), so the parser's
    /// and the value calls' checks of chunks already in memory take no lock.
    final class LazyChunks: @unchecked Sendable {
        let mutex: UnsafeMutablePointer<pthread_mutex_t>
        let loaded: UnsafeMutablePointer<UInt64>
        var failed = false
        var fileChangedMessage = ""
        /// Chunks that could not be read whole: chunk index -> bytes of it that were read (the
        /// rest reads as zeros). At most one entry per chunk.
        var shortChunks: [Int: Int] = [:]
        /// nil when the bitmap (one bit per chunk, sized from the file's size) cannot be allocated.
        init?(chunks: Int) {
            guard let bits = calloc(max((chunks + 63) / 64, 1), MemoryLayout<UInt64>.size) else { return nil }
            loaded = bits.assumingMemoryBound(to: UInt64.self)
            mutex = .allocate(capacity: 1)
            pthread_mutex_init(mutex, nil)
        }
        deinit { pthread_mutex_destroy(mutex); mutex.deallocate(); free(loaded) }
    }

    /// Whether chunk `c` is loaded (or was tried and failed); no lock needed.
    @inline(__always) static func isLoaded(_ bits: UnsafeMutablePointer<UInt64>, _ c: Int) -> Bool {
        vetsupport_load_acquire_u64(bits + (c >> 6)) & (1 << UInt64(c & 63)) != 0
    }

    /// Whether every chunk of `first...last` is loaded; no lock needed.
    @inline(__always) static func allLoaded(_ bits: UnsafeMutablePointer<UInt64>, _ first: Int, _ last: Int) -> Bool {
        var c = first
        while c <= last {
            if !isLoaded(bits, c) { return false }
            c += 1
        }
        return true
    }

    /// Reads a file into owned memory (see the type's comment). Throws `.io` if it can't be
    /// opened or read.
    public init(readingFile path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw DICOMError(.io, "cannot open '\(path)': \(String(cString: strerror(errno)))") }
        var keepOpen = false
        defer { if !keepOpen { close(fd) } }
        var st = stat()
        if fstat(fd, &st) != 0 { throw DICOMError(.io, "cannot stat '\(path)'") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw DICOMError(.io, "'\(path)' is a directory") }
        let size = Int(truncatingIfNeeded: st.st_size)
        if size <= 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            owner = .none
            self.fd = -1
            lazy = nil
            loadedBits = nil
            return
        }
        if size <= ByteStore.eagerLimit {
            guard let p = malloc(size) else { throw DICOMError(.outOfMemory, "cannot allocate \(size) bytes for '\(path)'") }
            let got = ByteStore.preadFully(fd, p, size, 0)
            if got != size {
                free(p)
                throw DICOMError(.io, "cannot read '\(path)': \(got) of \(size) bytes read")
            }
            bytes = UnsafeRawBufferPointer(start: p, count: size)
            owner = .heap(p)
            self.fd = -1
            lazy = nil
            loadedBits = nil
            return
        }
        guard let chunks = LazyChunks(chunks: (size + (1 << ByteStore.chunkShift) - 1) >> ByteStore.chunkShift) else {
            throw DICOMError(.outOfMemory, "cannot allocate the chunk table for '\(path)'")
        }
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              p != MAP_FAILED else {
            throw DICOMError(.outOfMemory, "cannot reserve \(size) bytes for '\(path)'")
        }
        bytes = UnsafeRawBufferPointer(start: p, count: size)
        owner = .mmap(p, size)
        self.fd = fd
        lazy = chunks
        loadedBits = chunks.loaded
        keepOpen = true
    }

    /// pread until `count` bytes or end of file / error; returns the bytes read.
    static func preadFully(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ count: Int, _ offset: Int) -> Int {
        var done = 0
        while done < count {
            let r = pread(fd, p + done, count - done, off_t(offset + done))
            if r < 0 && errno == EINTR { continue }
            if r <= 0 { break }
            done += r
        }
        return done
    }

    /// Loads the chunks of `range` that are not in memory yet (lazily read files; otherwise a
    /// no-op). A chunk the file no longer holds stays zero and is remembered as failed.
    /// The check for a store that is not read lazily is inlined (the parser calls this for
    /// every element).
    @inline(__always) public func ensure(_ range: Range<Int>) {
        if loadedBits != nil { ensureLazily(range) }
    }

    @inline(never) private func ensureLazily(_ range: Range<Int>) {
        guard let bits = loadedBits, !range.isEmpty else { return }
        let lo = max(0, range.lowerBound), hi = min(bytes.count, range.upperBound)
        guard lo < hi, let base = bytes.baseAddress else { return }
        let first = lo >> ByteStore.chunkShift, last = (hi - 1) >> ByteStore.chunkShift
        if ByteStore.allLoaded(bits, first, last) { return }
        guard let lazy else { return }
        pthread_mutex_lock(lazy.mutex)
        defer { pthread_mutex_unlock(lazy.mutex) }
        var c = first
        while c <= last {
            if ByteStore.isLoaded(bits, c) { c += 1; continue }
            // A run of chunks not in memory: one pread for all of them, into pages populated in
            // one call (the kernel would otherwise take a page fault for every 4 KiB it copies).
            var runEnd = c + 1
            while runEnd <= last && !ByteStore.isLoaded(bits, runEnd) { runEnd += 1 }
            let off = c << ByteStore.chunkShift
            let n = min((runEnd - c) << ByteStore.chunkShift, bytes.count - off)
            let dst = UnsafeMutableRawPointer(mutating: base + off)
            _ = madvise(dst, n, 23 /* MADV_POPULATE_WRITE (Linux 5.14); a hint: failure is harmless */)
            let got = ByteStore.preadFully(fd, dst, n, off)
            while c < runEnd {
                let chunkOff = c << ByteStore.chunkShift
                let chunkLen = min(1 << ByteStore.chunkShift, bytes.count - chunkOff)
                var chunkGot = min(max(0, got - (chunkOff - off)), chunkLen)
                if chunkGot != chunkLen && got < n {
                    // The run's read stopped short (end of file, or an error that may have been
                    // passing): each chunk from there on gets its own read, as if read alone.
                    chunkGot = ByteStore.preadFully(fd, UnsafeMutableRawPointer(mutating: base + chunkOff), chunkLen, chunkOff)
                }
                if chunkGot != chunkLen {
                    lazy.failed = true
                    lazy.shortChunks[c] = chunkGot
                    lazy.fileChangedMessage =
                        "the file changed while open: \(chunkGot) of \(chunkLen) bytes at offset \(chunkOff) could be read"
                }
                vetsupport_or_release_u64(lazy.loaded + (c >> 6), 1 << UInt64(c & 63))
                c += 1
            }
        }
    }

    /// Calls `body` with the bytes of `range`, which must lie inside the store. For lazily read
    /// files the range is read with pread into a temporary buffer (freed after `body`), so a
    /// frame costs one frame of memory and a file truncated or rewritten while open gives
    /// `.truncated` (or `.io`) instead of a signal; for other stores it is `slice(range)`.
    /// Use it for bulk values (pixel data, large OB/OW); `slice` stays fine for header values.
    public func withBytes<R>(_ range: Range<Int>, _ body: (UnsafeRawBufferPointer) throws -> R) throws -> R {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            throw DICOMError(.truncated, "bytes \(range) are outside the data (\(bytes.count) bytes)")
        }
        guard lazy != nil else {
            try checkMappedSize(range, nil)
            return try body(slice(range))
        }
        if range.isEmpty { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        // Lazily read: pread into a temporary buffer (copyBytes has the checks).
        guard let tmp = malloc(range.count) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(range.count) bytes")
        }
        defer { free(tmp) }
        try copyBytes(range, to: tmp)
        return try body(UnsafeRawBufferPointer(start: tmp, count: range.count))
    }

    /// Copies the bytes of `range` (inside the store) to `dst`, which holds at least
    /// `range.count` bytes: `withBytes` without the temporary buffer (a lazily read file is read
    /// with pread straight into `dst`; a large value costs one copy, not two). Same errors.
    public func copyBytes(_ range: Range<Int>, to dst: UnsafeMutableRawPointer) throws {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
            throw DICOMError(.truncated, "bytes \(range) are outside the data (\(bytes.count) bytes)")
        }
        if range.isEmpty { return }
        guard lazy != nil else {
            try checkMappedSize(range, nil)
            if let base = slice(range).baseAddress { memcpy(dst, base, range.count) }
            return
        }
        let got = ByteStore.preadFully(fd, dst, range.count, range.lowerBound)
        if got != range.count {
            if got < 0 { throw DICOMError(.io, "read of bytes \(range) failed: \(String(cString: strerror(errno)))") }
            throw DICOMError(.truncated,
                "the file changed while open: bytes \(range.lowerBound)..<\(range.upperBound) requested, only \(got) could be read")
        }
    }

    /// Whether a chunk of a lazily read file could not be read (the file changed while open),
    /// with the message; reading such bytes through `slice` gave zeros.
    public var fileChanged: String? {
        guard let lazy else { return nil }
        pthread_mutex_lock(lazy.mutex)
        defer { pthread_mutex_unlock(lazy.mutex) }
        return lazy.failed ? lazy.fileChangedMessage : nil
    }

    /// Throws when `range` (inside the store) cannot be read as the file holds it now, so that a
    /// value of a file truncated while open is an error rather than zeros or a signal:
    /// - lazily read files: loads the range (`ensure`) and throws `.truncated` when part of it
    ///   could not be read (then `slice` gives zeros there);
    /// - mapped files (`map_file`): throws `.truncated` when the file now ends before the range
    ///   does (`fstat`; touching those pages would raise SIGBUS). `fileSize` caches the size
    ///   across calls of one operation (nil: measure; pass the same variable to check many
    ///   values with one system call). A truncation between the check and the read still
    ///   raises SIGBUS in this mode;
    /// - other stores: nothing to check.
    /// `what` names the value in the message ("(0040,A160) TextValue").
    public func checkReadable(_ range: Range<Int>, _ what: @autoclosure () -> String,
                              fileSize: inout Int?) throws {
        if range.isEmpty { return }
        if let lazy {
            ensure(range)
            pthread_mutex_lock(lazy.mutex)
            defer { pthread_mutex_unlock(lazy.mutex) }
            guard !lazy.shortChunks.isEmpty else { return }
            let lo = max(0, range.lowerBound), hi = min(bytes.count, range.upperBound)
            guard lo < hi else { return }
            var c = lo >> ByteStore.chunkShift
            let last = (hi - 1) >> ByteStore.chunkShift
            while c <= last {
                if let got = lazy.shortChunks[c] {
                    let validEnd = (c << ByteStore.chunkShift) + got
                    if hi > validEnd {
                        throw DICOMError(.truncated,
                            "the file changed while open: \(what()) needs bytes \(range.lowerBound)..<\(range.upperBound), those from \(max(validEnd, range.lowerBound)) on could no longer be read")
                    }
                }
                c += 1
            }
            return
        }
        try checkMappedSize(range, what(), cache: &fileSize)
    }

    /// `checkReadable` without a size cache.
    public func checkReadable(_ range: Range<Int>, _ what: @autoclosure () -> String) throws {
        var size: Int? = nil
        try checkReadable(range, what(), fileSize: &size)
    }

    /// Mapped files: `.truncated` when the file now ends before `range` does.
    private func checkMappedSize(_ range: Range<Int>, _ what: String?) throws {
        var size: Int? = nil
        try checkMappedSize(range, what, cache: &size)
    }

    /// `what` is only evaluated for the error message (naming an element costs a dictionary
    /// lookup and a string: not on every successful check).
    private func checkMappedSize(_ range: Range<Int>, _ what: @autoclosure () -> String?, cache: inout Int?) throws {
        guard fd >= 0, lazy == nil, !range.isEmpty else { return }
        let size: Int
        if let cache { size = cache } else {
            var st = stat()
            guard fstat(fd, &st) == 0 else {
                throw DICOMError(.io, "cannot stat the mapped file: \(String(cString: strerror(errno)))")
            }
            size = Int(truncatingIfNeeded: st.st_size)
            cache = size
        }
        if range.upperBound > size {
            let name = what().map { "\($0) needs" } ?? "reading"
            throw DICOMError(.truncated,
                "the file changed while open: \(name) bytes \(range.lowerBound)..<\(range.upperBound), the mapped file now has \(size) bytes")
        }
    }

    /// Whether the bytes are read from a file after open (lazily read or mapped): only then can
    /// `checkReadable` find a value the file no longer holds (for other stores it does nothing).
    @inline(__always) public var canChangeUnderneath: Bool { fd >= 0 || lazy != nil }

    /// Whether this store reads its file lazily (see the type's comment).
    public var readsLazily: Bool { lazy != nil }

    /// Maps a file read-only. Throws `.io` if it can't be opened or mapped.
    public init(mappingFile path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw DICOMError(.io, "cannot open '\(path)': \(String(cString: strerror(errno)))") }
        var keepOpen = false
        defer { if !keepOpen { close(fd) } }
        var st = stat()
        if fstat(fd, &st) != 0 { throw DICOMError(.io, "cannot stat '\(path)'") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw DICOMError(.io, "'\(path)' is a directory") }
        let size = Int(truncatingIfNeeded: st.st_size)
        if size <= 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            owner = .none
            self.fd = -1
            lazy = nil
            loadedBits = nil
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw DICOMError(.io, "cannot map '\(path)': \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: p, count: size)
        owner = .mmap(p, size)
        self.fd = fd
        lazy = nil
        loadedBits = nil
        keepOpen = true
    }

    /// Copies `count` bytes from `data`.
    public init(copying data: UnsafeRawBufferPointer) throws {
        if data.count == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            owner = .none
            fd = -1
            lazy = nil
            loadedBits = nil
            return
        }
        guard let p = malloc(data.count) else { throw DICOMError(.outOfMemory, "cannot allocate \(data.count) bytes") }
        if let src = data.baseAddress { memcpy(p, src, data.count) }
        bytes = UnsafeRawBufferPointer(start: p, count: data.count)
        owner = .heap(p)
        fd = -1
        lazy = nil
        loadedBits = nil
    }

    /// Uses the caller's bytes without copying; they must outlive this store.
    public init(borrowing data: UnsafeRawBufferPointer) {
        bytes = data
        owner = .borrowed
        fd = -1
        lazy = nil
        loadedBits = nil
    }

    /// Takes ownership of malloc'ed memory.
    public init(adoptingMalloc p: UnsafeMutableRawPointer, count: Int) {
        bytes = UnsafeRawBufferPointer(start: p, count: count)
        owner = .heap(p)
        fd = -1
        lazy = nil
        loadedBits = nil
    }

    deinit {
        if fd >= 0 { close(fd) }
        switch owner {
        case .mmap(let p, let n): munmap(p, n)
        case .heap(let p): free(p)
        case .borrowed, .none: break
        }
    }

    public var count: Int { bytes.count }

    /// The 8 bytes at `offset` (which the caller has checked to lie inside the store), or nil
    /// when a changed file no longer holds them. For mapped and lazily read files this reads
    /// with pread when the bytes are not in memory, so walking item headers far apart in a huge
    /// file touches nothing between them.
    public func read8(at offset: Int) -> UInt64? {
        if fd >= 0 && (lazy == nil || !isLoaded(offset..<(offset + 8))) {
            var v: UInt64 = 0
            if pread(fd, &v, 8, off_t(offset)) == 8 { return v }
            if lazy != nil { return nil }
        }
        guard offset >= 0, offset <= bytes.count - 8 else { return nil }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    private func isLoaded(_ range: Range<Int>) -> Bool {
        guard let bits = loadedBits, !range.isEmpty else { return true }
        let first = max(0, range.lowerBound) >> ByteStore.chunkShift
        let last = (min(bytes.count, range.upperBound) - 1) >> ByteStore.chunkShift
        return ByteStore.allLoaded(bits, first, last)
    }

    /// The bytes in `range` (which the caller has checked to lie inside the store). For header
    /// values; for lazily read files, chunks not yet in memory are loaded first (bytes a changed
    /// file no longer holds read as zeros: use `withBytes` where that must be an error).
    public func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, let base = bytes.baseAddress else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
        if lazy != nil { ensure(range) }
        return UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}

/// Unaligned little/big-endian loads from a raw buffer. Callers check bounds first.
@inlinable @inline(__always)
func load16(_ b: UnsafeRawBufferPointer, _ at: Int, _ bigEndian: Bool) -> UInt16 {
    let v = b.loadUnaligned(fromByteOffset: at, as: UInt16.self)
    return bigEndian ? UInt16(bigEndian: v) : UInt16(littleEndian: v)
}

@inlinable @inline(__always)
func load32(_ b: UnsafeRawBufferPointer, _ at: Int, _ bigEndian: Bool) -> UInt32 {
    let v = b.loadUnaligned(fromByteOffset: at, as: UInt32.self)
    return bigEndian ? UInt32(bigEndian: v) : UInt32(littleEndian: v)
}

@inlinable @inline(__always)
func load64(_ b: UnsafeRawBufferPointer, _ at: Int, _ bigEndian: Bool) -> UInt64 {
    let v = b.loadUnaligned(fromByteOffset: at, as: UInt64.self)
    return bigEndian ? UInt64(bigEndian: v) : UInt64(littleEndian: v)
}
