// Access to the shared real-file corpus (../shared/corpus beside the checkout, or
// $VETDICOM_CORPUS) and a typed reader of its manifest.json. Test-only (Foundation allowed).
import Foundation

/// One file of the corpus manifest.
public struct CorpusEntry {
    /// Path relative to the corpus root, and absolute.
    public var path: String
    public var fullPath: String
    /// Transfer syntax from the file meta; `transferSyntaxInferred` when there is no meta.
    public var transferSyntaxUID: String?
    public var transferSyntaxInferred: String?
    public var hasPreamble: Bool?
    public var hasFileMeta: Bool?
    public var rows: Int?
    public var columns: Int?
    public var numberOfFrames: Int?
    public var samplesPerPixel: Int?
    public var bitsAllocated: Int?
    public var bitsStored: Int?
    public var highBit: Int?
    public var pixelRepresentation: Int?
    public var photometricInterpretation: String?
    public var planarConfiguration: Int?
    public var sopClassUID: String?
    public var modality: String?
    public var pixelDataElement: String?
    /// Parser outcomes: "pydicom", "dcmdump", "gdcmdump" -> "ok" or an error text.
    public var parsers: [String: String]
    /// pixels.status ("agreed", "agreed_within_tolerance", ...), nil without pixel data.
    public var pixelsStatus: String?
    public var framesSHA256: [String]
    public var consensusFramesSHA256: [String]
    public var render8SHA256: [String]
    public var paletteRGBSHA256: [String]
    public var nativeYBRFramesSHA256: [String]
    public var encapsulation: Encapsulation?
    /// The whole JSON object, for fields not listed here.
    public var raw: [String: Any]

    public struct Encapsulation {
        public var pixelDataUndefinedLength: Bool?
        public var basicOffsetTableEntries: Int?
        public var fragments: Int?
        public var extendedOffsetTable: Bool?
        public var raw: [String: Any]
    }

    /// The transfer syntax of the data set: from the meta, else the inferred one.
    public var effectiveTransferSyntaxUID: String? { transferSyntaxUID ?? transferSyntaxInferred }
    /// pydicom read the file.
    public var pydicomOK: Bool { parsers["pydicom"] == "ok" }
}

public enum Corpus {
    /// The corpus folder, or nil when it is absent.
    public static var root: String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["VETDICOM_CORPUS"], !env.isEmpty {
            return fm.fileExists(atPath: env + "/manifest.json") ? env : nil
        }
        // #filePath = <package>/Tests/TestSupport/Corpus.swift
        let pkg = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = pkg.deletingLastPathComponent().appendingPathComponent("shared/corpus").standardizedFileURL.path
        return fm.fileExists(atPath: path + "/manifest.json") ? path : nil
    }

    /// Why the corpus is absent (for XCTSkip messages).
    public static let absentMessage =
        "corpus not found: set VETDICOM_CORPUS or place it at ../shared/corpus beside the package"

    /// The manifest's top-level object.
    public static func manifestObject() throws -> [String: Any] {
        guard let root else { throw CorpusError.absent }
        let data = try Data(contentsOf: URL(fileURLWithPath: root + "/manifest.json"))
        guard let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw CorpusError.malformed }
        return obj
    }

    /// Every file of the manifest.
    public static func entries() throws -> [CorpusEntry] {
        guard let root else { throw CorpusError.absent }
        let obj = try manifestObject()
        guard let files = obj["files"] as? [[String: Any]] else { throw CorpusError.malformed }
        return files.compactMap { entry($0, root: root) }
    }

    public enum CorpusError: Error { case absent, malformed }

    static func entry(_ f: [String: Any], root: String) -> CorpusEntry? {
        guard let path = f["path"] as? String else { return nil }
        func int(_ v: Any?) -> Int? { (v as? NSNumber)?.intValue }
        func str(_ v: Any?) -> String? { v as? String }
        func bool(_ v: Any?) -> Bool? { (v as? NSNumber)?.boolValue }
        func list(_ v: Any?) -> [String] { (v as? [Any])?.compactMap { $0 as? String } ?? [] }
        let pixels = f["pixels"] as? [String: Any] ?? [:]
        var enc: CorpusEntry.Encapsulation?
        if let e = f["encapsulation"] as? [String: Any] {
            enc = CorpusEntry.Encapsulation(pixelDataUndefinedLength: bool(e["pixel_data_undefined_length"]),
                                            basicOffsetTableEntries: int(e["basic_offset_table_entries"]),
                                            fragments: int(e["fragments"]),
                                            extendedOffsetTable: bool(e["extended_offset_table"]), raw: e)
        }
        var parsers: [String: String] = [:]
        for (k, v) in f["parsers"] as? [String: Any] ?? [:] { parsers[k] = v as? String ?? "\(v)" }
        return CorpusEntry(
            path: path, fullPath: root + "/" + path,
            transferSyntaxUID: str(f["transfer_syntax_uid"]), transferSyntaxInferred: str(f["transfer_syntax_inferred"]),
            hasPreamble: bool(f["has_preamble"]), hasFileMeta: bool(f["has_file_meta"]),
            rows: int(f["rows"]), columns: int(f["columns"]), numberOfFrames: int(f["number_of_frames"]),
            samplesPerPixel: int(f["samples_per_pixel"]), bitsAllocated: int(f["bits_allocated"]),
            bitsStored: int(f["bits_stored"]), highBit: int(f["high_bit"]),
            pixelRepresentation: int(f["pixel_representation"]),
            photometricInterpretation: str(f["photometric_interpretation"]),
            planarConfiguration: int(f["planar_configuration"]), sopClassUID: str(f["sop_class_uid"]),
            modality: str(f["modality"]), pixelDataElement: str(f["pixel_data_element"]), parsers: parsers,
            pixelsStatus: str(pixels["status"]), framesSHA256: list(pixels["frames_sha256"]),
            consensusFramesSHA256: list(pixels["consensus_frames_sha256"]),
            render8SHA256: list(pixels["render8_sha256"]), paletteRGBSHA256: list(pixels["palette_rgb_sha256"]),
            nativeYBRFramesSHA256: list(pixels["native_ybr_frames_sha256"]), encapsulation: enc, raw: f)
    }

    /// The bytes of a corpus file.
    public static func bytes(_ entry: CorpusEntry) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry.fullPath)))
    }

    /// The bytes of the corpus file at `relativePath` (as in the manifest).
    public static func bytes(relativePath: String) throws -> [UInt8] {
        guard let root else { throw CorpusError.absent }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relativePath)))
    }
}
