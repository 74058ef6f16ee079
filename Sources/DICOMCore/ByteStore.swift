#if canImport(Glibc)
import Glibc
#endif

/// The bytes of one file: memory-mapped, copied from the caller, borrowed from the caller,
/// or produced by inflating a deflated data set. Immutable once created, so it can be read
/// from any thread.
public final class ByteStore: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    private enum Owner { case mmap(UnsafeMutableRawPointer, Int), heap(UnsafeMutableRawPointer), borrowed, none }
    private let owner: Owner
    /// For mapped files: the open descriptor, so small reads far into a large file can use
    /// pread instead of faulting in mapped pages (-1 otherwise).
    private let fd: Int32

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
            return
        }
        guard let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else {
            throw DICOMError(.io, "cannot map '\(path)': \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: p, count: size)
        owner = .mmap(p, size)
        self.fd = fd
        keepOpen = true
    }

    /// Copies `count` bytes from `data`.
    public init(copying data: UnsafeRawBufferPointer) throws {
        if data.count == 0 {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            owner = .none
            fd = -1
            return
        }
        guard let p = malloc(data.count) else { throw DICOMError(.outOfMemory, "cannot allocate \(data.count) bytes") }
        if let src = data.baseAddress { memcpy(p, src, data.count) }
        bytes = UnsafeRawBufferPointer(start: p, count: data.count)
        owner = .heap(p)
        fd = -1
    }

    /// Uses the caller's bytes without copying; they must outlive this store.
    public init(borrowing data: UnsafeRawBufferPointer) {
        bytes = data
        owner = .borrowed
        fd = -1
    }

    /// Takes ownership of malloc'ed memory.
    public init(adoptingMalloc p: UnsafeMutableRawPointer, count: Int) {
        bytes = UnsafeRawBufferPointer(start: p, count: count)
        owner = .heap(p)
        fd = -1
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

    /// The 8 bytes at `offset` (which the caller has checked to lie inside the store). For a
    /// mapped file this reads with pread, so walking item headers far apart in a huge file
    /// doesn't fault in the mapped pages between them.
    public func read8(at offset: Int) -> UInt64 {
        if fd >= 0 {
            var v: UInt64 = 0
            if pread(fd, &v, 8, off_t(offset)) == 8 { return v }
        }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    /// The bytes in `range` (which the caller has checked to lie inside the store).
    @inlinable public func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        guard range.lowerBound >= 0, range.upperBound <= bytes.count, let base = bytes.baseAddress else {
            return UnsafeRawBufferPointer(start: nil, count: 0)
        }
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
