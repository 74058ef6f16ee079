import CCharLS
import COpenJPEG
import DICOMCore
import Foundation
import XCTest

/// Encoders used by the codec tests to make synthetic codestreams at test time.
enum TestEncoders {
    // MARK: JPEG-LS (CharLS encoder)

    /// Encodes `samples` (interleaved, one value per sample) with CharLS.
    /// - Parameter interleave: 0 none (planar input), 1 line, 2 sample.
    static func jpegLS(_ samples: [Int], width: Int, height: Int, components: Int, bits: Int,
                       interleave: Int, near: Int = 0) throws -> [UInt8] {
        guard let enc = charls_jpegls_encoder_create() else { throw XCTSkip("no CharLS encoder") }
        defer { charls_jpegls_encoder_destroy(enc) }
        var info = charls_frame_info(width: UInt32(width), height: UInt32(height),
                                     bits_per_sample: Int32(bits), component_count: Int32(components))
        func ok(_ e: charls_jpegls_errc) throws {
            if e.rawValue != 0 { throw DICOMError(.codecError, "CharLS encoder: " + String(cString: charls_get_error_message(e))) }
        }
        try ok(charls_jpegls_encoder_set_frame_info(enc, &info))
        if components > 1 { try ok(charls_jpegls_encoder_set_interleave_mode(enc, charls_interleave_mode(rawValue: UInt32(interleave)))) }
        try ok(charls_jpegls_encoder_set_near_lossless(enc, Int32(near)))
        var size = 0
        try ok(charls_jpegls_encoder_get_estimated_destination_size(enc, &size))
        var out = [UInt8](repeating: 0, count: size)
        // Source layout: planar for interleave none, else interleaved; 1 or 2 bytes per sample.
        let pixels = width * height
        var ordered = samples
        if interleave == 0 && components > 1 {
            for c in 0..<components { for p in 0..<pixels { ordered[c * pixels + p] = samples[p * components + c] } }
        }
        var src: [UInt8] = []
        if bits <= 8 { src = ordered.map { UInt8(truncatingIfNeeded: $0) } }
        else { for v in ordered { src.append(UInt8(truncatingIfNeeded: v)); src.append(UInt8(truncatingIfNeeded: v >> 8)) } }
        var written = 0
        try out.withUnsafeMutableBytes { o in
            try ok(charls_jpegls_encoder_set_destination_buffer(enc, o.baseAddress!, o.count))
            try src.withUnsafeBytes { s in
                try ok(charls_jpegls_encoder_encode_from_buffer(enc, s.baseAddress!, s.count, 0))
            }
        }
        try ok(charls_jpegls_encoder_get_bytes_written(enc, &written))
        return Array(out[0..<written])
    }

    // MARK: JPEG 2000 (OpenJPEG encoder)

    private final class Sink {
        var bytes: [UInt8] = []
        var pos = 0
    }

    /// Encodes `samples` (interleaved; signed values for signed data) losslessly (5/3) as a raw
    /// J2K codestream, or as JP2 if `jp2`. `mct` enables the RCT for 3 components.
    static func jpeg2000(_ samples: [Int32], width: Int, height: Int, components: Int, precision: Int,
                         signed: Bool, mct: Bool = false, jp2: Bool = false, irreversible: Bool = false) throws -> [UInt8] {
        var parms = [opj_image_cmptparm_t](repeating: opj_image_cmptparm_t(), count: components)
        for i in 0..<components {
            parms[i].dx = 1; parms[i].dy = 1
            parms[i].w = UInt32(width); parms[i].h = UInt32(height)
            parms[i].prec = UInt32(precision); parms[i].sgnd = signed ? 1 : 0
        }
        let space = components == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY
        guard let image = opj_image_create(UInt32(components), &parms, space) else { throw DICOMError(.codecError, "opj_image_create") }
        defer { opj_image_destroy(image) }
        image.pointee.x0 = 0; image.pointee.y0 = 0
        image.pointee.x1 = UInt32(width); image.pointee.y1 = UInt32(height)
        let pixels = width * height
        for c in 0..<components {
            let data = image.pointee.comps[c].data!
            for p in 0..<pixels { data[p] = samples[p * components + c] }
        }
        var params = opj_cparameters_t()
        opj_set_default_encoder_parameters(&params)
        params.tcp_numlayers = 1
        params.tcp_rates.0 = 0
        params.cp_disto_alloc = 1
        params.irreversible = irreversible ? 1 : 0
        params.tcp_mct = mct ? 1 : 0
        params.numresolution = 4
        guard let codec = opj_create_compress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K) else { throw DICOMError(.codecError, "opj_create_compress") }
        defer { opj_destroy_codec(codec) }
        let quiet: opj_msg_callback = { _, _ in }
        _ = opj_set_info_handler(codec, quiet, nil)
        _ = opj_set_warning_handler(codec, quiet, nil)
        _ = opj_set_error_handler(codec, quiet, nil)
        guard opj_setup_encoder(codec, &params, image) != 0 else { throw DICOMError(.codecError, "opj_setup_encoder") }
        let sink = Sink()
        let stream = opj_stream_create(1 << 16, 0)!
        defer { opj_stream_destroy(stream) }
        opj_stream_set_user_data(stream, Unmanaged.passUnretained(sink).toOpaque(), nil)
        opj_stream_set_write_function(stream) { buf, n, user in
            let s = Unmanaged<Sink>.fromOpaque(user!).takeUnretainedValue()
            let p = buf!.assumingMemoryBound(to: UInt8.self)
            let count = Int(n)
            if s.pos + count > s.bytes.count { s.bytes += [UInt8](repeating: 0, count: s.pos + count - s.bytes.count) }
            for i in 0..<count { s.bytes[s.pos + i] = p[i] }
            s.pos += count
            return n
        }
        opj_stream_set_skip_function(stream) { n, user in
            let s = Unmanaged<Sink>.fromOpaque(user!).takeUnretainedValue()
            s.pos += Int(n)
            if s.pos > s.bytes.count { s.bytes += [UInt8](repeating: 0, count: s.pos - s.bytes.count) }
            return n
        }
        opj_stream_set_seek_function(stream) { n, user in
            let s = Unmanaged<Sink>.fromOpaque(user!).takeUnretainedValue()
            s.pos = Int(n)
            if s.pos > s.bytes.count { s.bytes += [UInt8](repeating: 0, count: s.pos - s.bytes.count) }
            return 1
        }
        guard opj_start_compress(codec, image, stream) != 0, opj_encode(codec, stream) != 0,
              opj_end_compress(codec, stream) != 0 else { throw DICOMError(.codecError, "OpenJPEG encoding failed") }
        return sink.bytes
    }

    // MARK: HTJ2K (ojph_compress)

    /// Encodes one grayscale image with `ojph_compress` (raw input, little-endian for > 8 bits).
    /// Throws XCTSkip if the tool is not installed.
    /// `extra`: more ojph_compress arguments (progression, tiles, precincts, block size...).
    static func htj2k(_ samples: [Int32], width: Int, height: Int, bits: Int, signed: Bool,
                      reversible: Bool = true, extra: [String] = []) throws -> [UInt8] {
        let tool = ["/usr/bin/ojph_compress", "/usr/local/bin/ojph_compress"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let tool else { throw XCTSkip("ojph_compress (openjph-tools) is not installed: HTJ2K synthetic tests skipped") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vetdicom-ojph-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var raw: [UInt8] = []
        for v in samples {
            raw.append(UInt8(truncatingIfNeeded: v))
            if bits > 8 { raw.append(UInt8(truncatingIfNeeded: v >> 8)) }
        }
        let input = dir.appendingPathComponent("in.yuv"), output = dir.appendingPathComponent("out.j2c")
        try Data(raw).write(to: input)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        var args = ["-i", input.path, "-o", output.path, "-dims", "{\(width),\(height)}", "-num_comps", "1",
                    "-signed", signed ? "true" : "false", "-bit_depth", "\(bits)", "-downsamp", "{1,1}",
                    "-reversible", reversible ? "true" : "false"]
        if !reversible { args += ["-qstep", "0.01"] }
        p.arguments = args + extra
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw DICOMError(.codecError, "ojph_compress exited with \(p.terminationStatus)") }
        return [UInt8](try Data(contentsOf: output))
    }

    // MARK: RLE (PackBits, PS3.5 Annex G)

    /// PackBits-encodes one segment.
    static func packBits(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < data.count {
            var run = 1
            while i + run < data.count && run < 128 && data[i + run] == data[i] { run += 1 }
            if run >= 2 {
                out.append(UInt8(bitPattern: Int8(1 - run)))
                out.append(data[i])
                i += run
                continue
            }
            var lit = 1
            while i + lit < data.count && lit < 128 {
                if i + lit + 1 < data.count && data[i + lit] == data[i + lit + 1] { break }
                lit += 1
            }
            out.append(UInt8(lit - 1))
            out.append(contentsOf: data[i..<(i + lit)])
            i += lit
        }
        return out
    }

    /// Builds an RLE frame from interleaved samples (values in `bytesPerSample` containers,
    /// two's complement for negative values), padding each segment to even length.
    static func rle(_ samples: [Int64], pixels: Int, components: Int, bytesPerSample: Int) -> [UInt8] {
        var segments: [[UInt8]] = []
        for c in 0..<components {
            for b in 0..<bytesPerSample {
                let shift = UInt64(8 * (bytesPerSample - 1 - b))
                var seg = [UInt8](repeating: 0, count: pixels)
                for p in 0..<pixels { seg[p] = UInt8(truncatingIfNeeded: UInt64(bitPattern: samples[p * components + c]) >> shift) }
                var enc = packBits(seg)
                if enc.count % 2 == 1 { enc.append(0) }
                segments.append(enc)
            }
        }
        var header = [UInt8](repeating: 0, count: 64)
        func put(_ v: Int, _ at: Int) { for k in 0..<4 { header[at + k] = UInt8(truncatingIfNeeded: v >> (8 * k)) } }
        put(segments.count, 0)
        var off = 64
        for (i, s) in segments.enumerated() { put(off, 4 + 4 * i); off += s.count }
        return header + segments.flatMap { $0 }
    }
}
