import XCTest
@testable import DICOMCore

/// The failable allocation path (issue 9): sizes that overflow or cannot be allocated are
/// OUT_OF_MEMORY with a message naming what was allocated, never a trap.
final class AllocTests: XCTestCase {
    func testOverflowingCountIsOutOfMemory() {
        XCTAssertThrowsError(try HeapBuffer<Int32>(count: Int.max / 2, "a test plane")) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .outOfMemory)
            XCTAssertTrue((e as? DICOMError)?.message.contains("a test plane") ?? false, "\(e)")
        }
        XCTAssertThrowsError(try FailableAlloc.array(repeating: UInt16(0), count: -1, "negative")) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .outOfMemory)
        }
    }

    func testImpossibleSizeIsOutOfMemory() {
        // 2^60 bytes: no machine has that address space, so malloc/calloc fail.
        XCTAssertThrowsError(try HeapBuffer<UInt8>(count: 1 << 60, "an impossible image")) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .outOfMemory)
        }
        XCTAssertThrowsError(try FailableAlloc.array(repeating: UInt8(0), count: 1 << 60, "an impossible array")) { e in
            XCTAssertEqual((e as? DICOMError)?.status, .outOfMemory)
            XCTAssertTrue((e as? DICOMError)?.message.contains("an impossible array") ?? false, "\(e)")
        }
        XCTAssertThrowsError(try FailableAlloc.reserved(Double.self, capacity: 1 << 58, "values"))
    }

    func testHeapBufferIsZeroedAndCopies() throws {
        let b = try HeapBuffer<Int32>(count: 1000, "test")
        XCTAssertEqual(b.count, 1000)
        XCTAssertTrue(b.buffer.allSatisfy { $0 == 0 })
        b.pointer[999] = 42
        let a = try b.toArray("test")
        XCTAssertEqual(a.count, 1000)
        XCTAssertEqual(a[999], 42)
        XCTAssertEqual(try FailableAlloc.array(repeating: UInt8(7), count: 1 << 20, "big").count, 1 << 20)
    }
}
