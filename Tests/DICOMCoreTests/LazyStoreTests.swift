import XCTest
@testable import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// `ByteStore.ensure` on a lazily read file (over `ByteStore.eagerLimit`) loads a run of missing
/// 64 KiB chunks with one read. Each chunk of the run must still be recorded on its own: loaded,
/// or cut short by a file that changed while open (with the bytes that were read).
final class LazyStoreTests: XCTestCase {
    private let chunk = 1 << ByteStore.chunkShift

    /// A file of `size` bytes (byte i = a function of i) in a fresh temporary folder.
    private func makeFile(size: Int) throws -> (path: String, bytes: [UInt8]) {
        var template = Array("/tmp/vd-lazy-XXXXXX".utf8CString)
        // mkdtemp fills in `template` itself: the folder's name is copied out of it here, while
        // the array is alive (the teardown block runs after it is gone).
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!).map { String(cString: $0) } }
        guard let dir = made else { throw XCTSkip("mkdtemp failed") }
        let path = dir + "/f.bin"
        addTeardownBlock { unlink(path); rmdir(dir) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: ($0 &* 2654435761) >> 13) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        XCTAssertEqual(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }, size)
        close(fd)
        return (path, bytes)
    }

    func testARunOfChunksReadsTheFile() throws {
        let (path, bytes) = try makeFile(size: ByteStore.eagerLimit + 5 * chunk + 123)
        let store = try ByteStore(readingFile: path)
        XCTAssertTrue(store.readsLazily)
        // Chunks 2...6 in one run, then 1...8 (only 1, 7 and 8 are missing), then the tail.
        store.ensure((2 * chunk + 10)..<(6 * chunk + 1))
        store.ensure((chunk)..<(8 * chunk + 7))
        let tail = (bytes.count - 200)..<bytes.count
        store.ensure(tail)
        for r in [(2 * chunk + 10)..<(6 * chunk + 1), chunk..<(8 * chunk + 7), tail] {
            XCTAssertEqual(Array(store.slice(r)), Array(bytes[r]))
            XCTAssertNoThrow(try store.checkReadable(r, "range"))
        }
        XCTAssertNil(store.fileChanged)
    }

    func testARunCutByATruncationRecordsEachChunk() throws {
        let (path, bytes) = try makeFile(size: ByteStore.eagerLimit + 8 * chunk)
        let store = try ByteStore(readingFile: path)
        XCTAssertTrue(store.readsLazily)
        // Truncated while open, in the middle of chunk 4: a run over chunks 2...6 gets chunks 2
        // and 3 whole, 4 in part, 5 and 6 not at all.
        let newEnd = 4 * chunk + 1000
        XCTAssertEqual(truncate(path, off_t(newEnd)), 0)
        store.ensure((2 * chunk)..<(7 * chunk))
        XCTAssertNotNil(store.fileChanged)
        let whole = (2 * chunk)..<newEnd
        XCTAssertEqual(Array(store.slice(whole)), Array(bytes[whole]))
        XCTAssertNoThrow(try store.checkReadable(whole, "before the cut"))
        XCTAssertEqual(Array(store.slice(newEnd..<(7 * chunk))), [UInt8](repeating: 0, count: 7 * chunk - newEnd))
        for r in [(newEnd - 10)..<(newEnd + 10), (5 * chunk)..<(5 * chunk + 1), (6 * chunk + 5)..<(7 * chunk)] {
            XCTAssertThrowsError(try store.checkReadable(r, "after the cut")) { error in
                XCTAssertEqual((error as? DICOMError)?.status, .truncated)
                XCTAssertTrue("\(error)".contains("from \(max(newEnd, r.lowerBound)) on"), "\(error)")
            }
        }
    }
}
