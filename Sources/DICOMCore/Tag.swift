/// A data element tag, (gggg,eeee), stored as one 32-bit number `gggg << 16 | eeee`.
public struct Tag: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var value: UInt32
    @inlinable public init(_ value: UInt32) { self.value = value }
    @inlinable public init(_ group: UInt16, _ element: UInt16) {
        value = UInt32(group) << 16 | UInt32(element)
    }
    @inlinable public var group: UInt16 { UInt16(truncatingIfNeeded: value >> 16) }
    @inlinable public var element: UInt16 { UInt16(truncatingIfNeeded: value) }
    @inlinable public var isPrivate: Bool { group & 1 == 1 }
    @inlinable public static func < (a: Tag, b: Tag) -> Bool { a.value < b.value }

    /// "(gggg,eeee)" in upper-case hex.
    public var description: String { "(\(hex4(group)),\(hex4(element)))" }

    public static let item = Tag(0xFFFE, 0xE000)
    public static let itemDelimitation = Tag(0xFFFE, 0xE00D)
    public static let sequenceDelimitation = Tag(0xFFFE, 0xE0DD)
    public static let pixelData = Tag(0x7FE0, 0x0010)
    public static let floatPixelData = Tag(0x7FE0, 0x0008)
    public static let doubleFloatPixelData = Tag(0x7FE0, 0x0009)
    public static let extendedOffsetTable = Tag(0x7FE0, 0x0001)
    public static let extendedOffsetTableLengths = Tag(0x7FE0, 0x0002)
    public static let specificCharacterSet = Tag(0x0008, 0x0005)
    public static let transferSyntaxUID = Tag(0x0002, 0x0010)
    public static let fileMetaGroupLength = Tag(0x0002, 0x0000)
}

/// Four upper-case hex digits.
public func hex4(_ v: UInt16) -> String {
    let digits: [Character] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]
    var s = ""
    for shift in stride(from: 12, through: 0, by: -4) { s.append(digits[Int((v >> UInt16(shift)) & 0xF)]) }
    return s
}
