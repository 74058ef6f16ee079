import COpenJPEG
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// JPEG 2000 encoder over OpenJPEG (raw J2K codestreams, as DICOM wants): lossless (.4.90,
/// reversible 5/3 wavelet) and lossy (.4.91, irreversible 9/7 at a compression ratio or a target
/// PSNR). RGB input uses the multi-component transform (RCT lossless -> YBR_RCT, ICT lossy ->
/// YBR_ICT); other photometric interpretations are coded as they are. Precision = Bits Stored,
/// the sign flag = Pixel Representation.
public enum JPEG2000Encoder {
    public static func refusal(_ spec: FrameSpec) -> String? {
        spec.integerRefusal("JPEG 2000", maxSide: 1 << 24)
    }

    /// Whether the samples get the multi-component transform (RGB only).
    static func usesMCT(_ spec: FrameSpec) -> Bool {
        spec.samplesPerPixel == 3 && spec.photometricInterpretation == "RGB"
    }

    /// Wavelet levels: at most 5, and no more than the smaller image side allows.
    static func decompositions(_ spec: FrameSpec) -> Int {
        var levels = 5
        while levels > 0 && (1 << levels) > min(spec.rows, spec.columns) { levels -= 1 }
        return levels
    }

    /// Samples of component `c` as Int32: sign-extended when signed, else masked to Bits Stored.
    static func component(_ base: UnsafeRawPointer, _ spec: FrameSpec, _ c: Int, into out: UnsafeMutablePointer<Int32>) {
        let pixels = spec.rows * spec.columns
        let nc = spec.samplesPerPixel
        let bits = spec.bitsStored
        let mask = Int32(truncatingIfNeeded: (Int64(1) << bits) - 1)
        let shift = Int32(32 - bits)
        if spec.bytesPerSample == 1 {
            let s = base.assumingMemoryBound(to: UInt8.self)
            if spec.isSigned { for p in 0..<pixels { out[p] = (Int32(s[p * nc + c]) << shift) >> shift } }
            else { for p in 0..<pixels { out[p] = Int32(s[p * nc + c]) & mask } }
        } else {
            if spec.isSigned {
                for p in 0..<pixels {
                    let v = Int32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: (p * nc + c) * 2, as: UInt16.self)))
                    out[p] = (v << shift) >> shift
                }
            } else {
                for p in 0..<pixels {
                    out[p] = Int32(UInt16(littleEndian: base.loadUnaligned(fromByteOffset: (p * nc + c) * 2, as: UInt16.self))) & mask
                }
            }
        }
    }

    /// Output state shared with OpenJPEG's C callbacks.
    private final class Sink {
        var bytes: [UInt8] = []
        var position = 0
        var errors: [String] = []
    }

    public static func encode(_ frame: UnsafeRawBufferPointer, spec: FrameSpec, lossy: Bool,
                              options: EncodeOptions) throws -> EncodedFrame {
        if let why = refusal(spec) { throw DICOMError(.unsupported, why) }
        guard let n = spec.frameBytes, frame.count >= n, let base = frame.baseAddress else {
            throw DICOMError(.invalidArgument, "JPEG 2000: the frame has \(frame.count) bytes, the spec needs \(spec.frameBytes ?? -1)")
        }
        if lossy && options.j2kPSNR <= 0 && !(options.j2kRatio > 1) {
            throw DICOMError(.invalidArgument, "JPEG 2000 lossy: the ratio \(options.j2kRatio) must be > 1 (or give a PSNR)")
        }
        let nc = spec.samplesPerPixel
        let mct = usesMCT(spec)
        var cparams = [opj_image_cmptparm_t](repeating: opj_image_cmptparm_t(), count: nc)
        for c in 0..<nc {
            cparams[c].dx = 1
            cparams[c].dy = 1
            cparams[c].w = UInt32(spec.columns)
            cparams[c].h = UInt32(spec.rows)
            cparams[c].prec = UInt32(spec.bitsStored)
            cparams[c].sgnd = spec.isSigned ? 1 : 0
        }
        guard let image = opj_image_create(UInt32(nc), &cparams, nc == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY) else {
            throw DICOMError(.outOfMemory, "JPEG 2000: cannot create an OpenJPEG image")
        }
        defer { opj_image_destroy(image) }
        image.pointee.x0 = 0
        image.pointee.y0 = 0
        image.pointee.x1 = UInt32(spec.columns)
        image.pointee.y1 = UInt32(spec.rows)
        guard let comps = image.pointee.comps else { throw DICOMError(.outOfMemory, "JPEG 2000: no components") }
        for c in 0..<nc {
            guard let data = comps[c].data else { throw DICOMError(.outOfMemory, "JPEG 2000: no component data") }
            component(base, spec, c, into: data)
        }

        var p = opj_cparameters_t()
        opj_set_default_encoder_parameters(&p)
        p.tcp_numlayers = 1
        p.numresolution = Int32(decompositions(spec) + 1)
        p.tcp_mct = mct ? 1 : 0
        if lossy {
            p.irreversible = 1
            if options.j2kPSNR > 0 {
                p.cp_fixed_quality = 1
                p.tcp_distoratio.0 = Float(options.j2kPSNR)
            } else {
                p.cp_disto_alloc = 1
                p.tcp_rates.0 = Float(options.j2kRatio)
            }
        } else {
            p.irreversible = 0
            p.cp_disto_alloc = 1
            p.tcp_rates.0 = 0
        }

        guard let codec = opj_create_compress(OPJ_CODEC_J2K) else {
            throw DICOMError(.outOfMemory, "JPEG 2000: cannot create an OpenJPEG encoder")
        }
        defer { opj_destroy_codec(codec) }
        let sink = Sink()
        let sinkPtr = Unmanaged.passUnretained(sink).toOpaque()
        let quiet: opj_msg_callback = { _, _ in }
        let collect: opj_msg_callback = { msg, user in
            guard let msg, let user else { return }
            let s = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            if s.errors.count < 8 {
                var t = String(cString: msg)
                while t.last == "\n" { t.removeLast() }
                s.errors.append(t)
            }
        }
        _ = opj_set_info_handler(codec, quiet, nil)
        _ = opj_set_warning_handler(codec, quiet, nil)
        _ = opj_set_error_handler(codec, collect, sinkPtr)
        func fail(_ what: String) -> DICOMError {
            DICOMError(.codecError, "JPEG 2000 (OpenJPEG) encoder \(what) failed" + (sink.errors.isEmpty ? "" : ": " + sink.errors.joined(separator: "; ")))
        }
        guard opj_setup_encoder(codec, &p, image) != 0 else { throw fail("setup") }
        if options.threads > 1 { _ = opj_codec_set_threads(codec, Int32(min(options.threads, 64))) }
        guard let stream = opj_stream_create(OPJ_SIZE_T(1 << 20), 0) else {
            throw DICOMError(.outOfMemory, "JPEG 2000: cannot create an OpenJPEG stream")
        }
        defer { opj_stream_destroy(stream) }
        opj_stream_set_user_data(stream, sinkPtr, nil)
        opj_stream_set_write_function(stream) { buffer, count, user in
            guard let buffer, let user else { return ~OPJ_SIZE_T(0) }
            let s = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            let k = Int(count)
            let end = s.position + k
            if end > s.bytes.count { s.bytes.append(contentsOf: repeatElement(0, count: end - s.bytes.count)) }
            s.bytes.withUnsafeMutableBytes { b in
                if let d = b.baseAddress { (d + s.position).copyMemory(from: buffer, byteCount: k) }
            }
            s.position = end
            return count
        }
        opj_stream_set_skip_function(stream) { n, user in
            guard let user else { return -1 }
            let s = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            let target = s.position + Int(n)
            if target < 0 { return -1 }
            if target > s.bytes.count { s.bytes.append(contentsOf: repeatElement(0, count: target - s.bytes.count)) }
            s.position = target
            return n
        }
        opj_stream_set_seek_function(stream) { n, user in
            guard let user else { return 0 }
            let s = Unmanaged<Sink>.fromOpaque(user).takeUnretainedValue()
            if n < 0 { return 0 }
            let target = Int(n)
            if target > s.bytes.count { s.bytes.append(contentsOf: repeatElement(0, count: target - s.bytes.count)) }
            s.position = target
            return 1
        }
        guard opj_start_compress(codec, image, stream) != 0 else { throw fail("start") }
        guard opj_encode(codec, stream) != 0 else { throw fail("encoding") }
        guard opj_end_compress(codec, stream) != 0 else { throw fail("end") }
        let bytes = sink.bytes
        let pi: String
        if mct { pi = lossy ? "YBR_ICT" : "YBR_RCT" } else { pi = spec.photometricInterpretation }
        return EncodedFrame(bytes: bytes, photometricInterpretation: pi, planarConfiguration: 0, lossy: lossy,
                            ratio: spec.nativeBytes / Double(max(bytes.count, 1)), method: lossy ? "ISO_15444_1" : "")
    }
}
