import XCTest
@testable import DICOMCore

/// `Element` keeps items, fragments, offset table, damage and value store in one copy-on-write
/// box: copies must stay independent, in-place changes must reach the element, and a plain
/// element must read as having none of them.
final class ElementBoxTests: XCTestCase {
    private func item() throws -> DataSet {
        let store = try [UInt8]().withUnsafeBytes { try ByteStore(copying: $0) }
        return DataSet(elements: [], store: store, bigEndian: false, explicitVR: true, inheritedCharacterSet: .default)
    }

    func testPlainElementHasNoExtras() {
        let e = Element(tag: Tag(0x0010, 0x0010), vr: .PN, offset: 4, length: 8)
        XCTAssertNil(e.items); XCTAssertNil(e.fragments); XCTAssertNil(e.basicOffsetTable)
        XCTAssertNil(e.damage); XCTAssertNil(e.valueStore)
        XCTAssertFalse(e.isSequence); XCTAssertFalse(e.isEncapsulated)
    }

    func testCopiesAreIndependent() throws {
        var a = Element(tag: Tag(0x0008, 0x1140), vr: .SQ, offset: 0, length: 0)
        a.items = [try item()]
        var b = a                       // shares the box
        b.items?.append(try item())     // in place: must copy the box first
        b.fragments = [0..<4]
        b.damage = DICOMError(.truncated, "cut")
        XCTAssertEqual(a.items?.count, 1)
        XCTAssertNil(a.fragments); XCTAssertNil(a.damage)
        XCTAssertEqual(b.items?.count, 2)
        XCTAssertEqual(b.fragments, [0..<4])
        XCTAssertEqual(b.damage?.status, .truncated)
        a.items = nil
        XCTAssertEqual(b.items?.count, 2)
        XCTAssertFalse(a.isSequence)
    }

    func testInPlaceChangesInsideArrays() throws {
        var elements = [Element(tag: Tag(0x0008, 0x1140), vr: .SQ, offset: 0, length: 0),
                        Element(tag: Tag(0x7FE0, 0x0010), vr: .OB, offset: 0, length: 0)]
        let snapshot = elements
        elements[0].items?.append(try item())         // nil stays nil
        XCTAssertNil(elements[0].items)
        elements[0].items = []
        for _ in 0..<1000 { elements[0].items?.append(try item()) }
        elements[1].fragments = []
        elements[1].fragments?.append(8..<16)
        elements[1].basicOffsetTable = 0..<0
        XCTAssertEqual(elements[0].items?.count, 1000)
        XCTAssertEqual(elements[1].fragments, [8..<16])
        XCTAssertEqual(elements[1].basicOffsetTable, 0..<0)
        XCTAssertNil(snapshot[0].items)                  // the array copy kept the old values
        XCTAssertNil(snapshot[1].fragments)
    }
}
