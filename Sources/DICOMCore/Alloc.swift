#if canImport(Glibc)
import Glibc
#endif

/// The one failable path for allocations whose size comes from input (issue 9; docs/security.md,
/// "Proportionality"). A Swift `Array` or `UnsafeMutablePointer.allocate` whose allocation fails
/// traps (`swift_slowAlloc` crashes the host); these helpers compute the byte count with
/// overflow checks and allocate with `malloc`/`calloc`, so a failure (for example under an
/// RLIMIT_AS address-space limit) is `OUT_OF_MEMORY` with a message naming what was allocated.
///
/// Use `HeapBuffer` (calloc: pages are committed only where written) for working memory, and
/// `FailableAlloc.array` where the result must be a Swift `Array`.
public enum FailableAlloc {
    /// `count` elements of `T` in bytes, overflow-checked.
    /// - Throws: `.outOfMemory` for a negative count or a product that overflows.
    @inlinable
    public static func byteCount<T>(_: T.Type, _ count: Int, _ what: @autoclosure () -> String) throws -> Int {
        let (n, o) = count.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard count >= 0, !o else {
            throw DICOMError(.outOfMemory, "cannot allocate \(what()): \(count) elements of \(MemoryLayout<T>.stride) bytes")
        }
        return n
    }

    /// `count` zeroed elements (calloc), to be released with `free`.
    /// - Throws: `.outOfMemory` when the size overflows or calloc fails.
    public static func zeroed<T: BitwiseCopyable>(_: T.Type, count: Int, _ what: @autoclosure () -> String) throws
        -> UnsafeMutablePointer<T> {
        _ = try byteCount(T.self, count, what())
        guard let p = calloc(max(count, 1), MemoryLayout<T>.stride) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(count &* MemoryLayout<T>.stride) bytes for \(what())")
        }
        return p.bindMemory(to: T.self, capacity: max(count, 1))
    }

    /// `count` uninitialized elements (malloc), to be released with `free`.
    /// - Throws: `.outOfMemory` when the size overflows or malloc fails.
    public static func uninitialized<T: BitwiseCopyable>(_: T.Type, count: Int, _ what: @autoclosure () -> String) throws
        -> UnsafeMutablePointer<T> {
        let n = try byteCount(T.self, count, what())
        guard let p = malloc(max(n, 1)) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(n) bytes for \(what())")
        }
        return p.bindMemory(to: T.self, capacity: max(count, 1))
    }

    /// Throws `.outOfMemory` unless `bytes` can be allocated now: a `malloc` of that size, freed
    /// at once. Used before a Swift `Array` allocation that cannot fail: a block this large is
    /// an `mmap` that `free` returns to the system, so the array's allocation right after finds
    /// the same address space. (A concurrent thread taking that space in between could still
    /// make the array's allocation trap; the window is the few instructions between the two.)
    public static func probe(bytes: Int, _ what: @autoclosure () -> String) throws {
        guard bytes >= 0 else { throw DICOMError(.outOfMemory, "cannot allocate \(what()): negative size") }
        if bytes < 1 << 16 { return }      // small: not worth a probe
        guard let p = malloc(bytes &+ 64) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(bytes) bytes for \(what())")
        }
        free(p)
    }

    /// `[T](repeating: value, count: count)` after an overflow check and a probe (see `probe`).
    /// - Throws: `.outOfMemory`.
    public static func array<T: BitwiseCopyable>(repeating value: T, count: Int, _ what: @autoclosure () -> String) throws -> [T] {
        let n = try byteCount(T.self, count, what())
        try probe(bytes: n, what())
        return [T](repeating: value, count: count)
    }

    /// An empty array with capacity for `count` elements (overflow check and probe first).
    /// - Throws: `.outOfMemory`.
    public static func reserved<T>(_: T.Type, capacity count: Int, _ what: @autoclosure () -> String) throws -> [T] {
        let n = try byteCount(T.self, count, what())
        try probe(bytes: n, what())
        var a: [T] = []
        a.reserveCapacity(count)
        return a
    }

    /// The bytes of `buffer` as an `Array` (probe first).
    /// - Throws: `.outOfMemory`.
    public static func array<T: BitwiseCopyable>(copying buffer: UnsafeBufferPointer<T>, _ what: @autoclosure () -> String) throws -> [T] {
        let n = try byteCount(T.self, buffer.count, what())
        try probe(bytes: n, what())
        return Array(buffer)
    }
}

/// Zeroed working memory of `count` elements from `calloc` (failable: `OUT_OF_MEMORY`, never a
/// trap), freed when the last reference goes. Pages are committed only where written, so a
/// buffer sized from a header costs nothing until data is decoded into it. Its accessors mirror
/// `Array`'s so it can replace an `[T](repeating: 0, count:)` working buffer.
public final class HeapBuffer<T: BitwiseCopyable>: @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<T>
    public let count: Int

    /// - Throws: `.outOfMemory` when the size overflows or calloc fails.
    public init(count: Int, _ what: @autoclosure () -> String) throws {
        pointer = try FailableAlloc.zeroed(T.self, count: count, what())
        self.count = max(count, 0)
    }

    deinit { free(pointer) }

    @inlinable public var buffer: UnsafeMutableBufferPointer<T> { UnsafeMutableBufferPointer(start: pointer, count: count) }

    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<T>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: pointer, count: count))
    }

    @inlinable
    public func withUnsafeMutableBufferPointer<R>(_ body: (inout UnsafeMutableBufferPointer<T>) throws -> R) rethrows -> R {
        var b = UnsafeMutableBufferPointer(start: pointer, count: count)
        return try body(&b)
    }

    @inlinable
    public func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeMutableRawBufferPointer(start: pointer, count: count &* MemoryLayout<T>.stride))
    }

    @inlinable
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(start: pointer, count: count &* MemoryLayout<T>.stride))
    }

    /// The contents as an `Array` (probed first).
    /// - Throws: `.outOfMemory`.
    public func toArray(_ what: @autoclosure () -> String) throws -> [T] {
        try FailableAlloc.array(copying: UnsafeBufferPointer(start: pointer, count: count), what())
    }
}
