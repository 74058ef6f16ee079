import DICOMCore
import DICOMCodecs
import DICOMRendering
#if canImport(Glibc)
import Glibc
#endif

// Interactive rendering (issue 10): a bounded per-file cache of decoded frames, so a viewer
// changing the window, VOI function, presentation or output size of a frame it already rendered
// does not decode it again; rendering from pixels the caller decoded; modality values.

/// One decoded frame in malloc'ed memory, freed when the last reference goes (a reader that
/// got it from the cache keeps it alive even if the cache evicts it meanwhile).
public final class DecodedFrame: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    public let layout: DecodedLayout
    private let memory: UnsafeMutableRawPointer

    init(memory: UnsafeMutableRawPointer, count: Int, layout: DecodedLayout) {
        self.memory = memory
        self.bytes = UnsafeRawBufferPointer(start: memory, count: count)
        self.layout = layout
    }

    deinit { free(memory) }

    var pixels: DecodedPixels { DecodedPixels(bytes: bytes, layout: layout) }
}

/// A bounded, thread-safe LRU cache of decoded frames (option `frame_cache_bytes`, default
/// 256 MiB, 0 disables). Keyed by frame and the decode settings that change values.
public final class FrameCache: @unchecked Sendable {
    struct Key: Hashable {
        var frame: Int
        var keepYBR: Bool
        var exactYBR: Bool
    }

    private struct Entry {
        var frame: DecodedFrame
        var lastUse: UInt64
    }

    /// Bytes the cache may hold (0: nothing is kept).
    public let capacity: Int
    private var mutex = pthread_mutex_t()
    private var entries: [Key: Entry] = [:]
    private var bytes = 0
    private var clock: UInt64 = 0
    private var decodes = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
        pthread_mutex_init(&mutex, nil)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    private func locked<R>(_ body: () -> R) -> R {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }

    /// Frames decoded through the cache so far (hits do not count); for tests and benchmarks.
    public var decodeCount: Int { locked { decodes } }

    /// Bytes held now.
    public var heldBytes: Int { locked { bytes } }

    /// Drops every frame (after the data set changed).
    public func invalidate() {
        locked {
            entries.removeAll()
            bytes = 0
        }
    }

    func lookup(_ key: Key) -> DecodedFrame? {
        locked {
            guard var e = entries[key] else { return nil }
            clock &+= 1
            e.lastUse = clock
            entries[key] = e
            return e.frame
        }
    }

    func noteDecode() { locked { decodes += 1 } }

    func insert(_ key: Key, _ frame: DecodedFrame) {
        let size = frame.bytes.count
        guard capacity > 0, size <= capacity else { return }
        locked {
            if let old = entries.removeValue(forKey: key) { bytes -= old.frame.bytes.count }
            while bytes + size > capacity, let victim = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                entries.removeValue(forKey: victim.key)
                bytes -= victim.value.frame.bytes.count
            }
            clock &+= 1
            entries[key] = Entry(frame: frame, lastUse: clock)
            bytes += size
        }
    }
}

extension DICOMFile {
    /// Drops the decoded frames cached for rendering. Call it after editing the data set.
    public func invalidateFrameCache() { frameCache.invalidate() }

    /// The decode settings rendering uses: the options' (exact_ybr, codec_threads), with YBR
    /// always converted to RGB.
    static func renderDecodeSettings(_ o: FileOptions) -> DecodeSettings {
        var s = o.decode
        s.keepYBR = false
        return s
    }

    /// Frame `frame` decoded with `settings`, from the cache or decoded now (and cached).
    public func cachedFrame(_ frame: Int, settings: DecodeSettings) throws -> DecodedFrame {
        let key = FrameCache.Key(frame: frame, keepYBR: settings.keepYBR, exactYBR: settings.exactYBR)
        if let hit = frameCache.lookup(key) { return hit }
        let p = try pixels()
        try p.checkFrame(frame)
        let size = p.layout(settings).frameBytes
        // calloc: pages are committed only where the codec writes (see decodeFrame).
        guard let mem = calloc(max(1, size), 1) else {
            throw DICOMError(.outOfMemory, "cannot allocate \(size) bytes for frame \(frame)")
        }
        let layout: DecodedLayout
        do {
            layout = try p.decode(frame: frame, into: UnsafeMutableRawBufferPointer(start: mem, count: size), settings: settings)
        } catch {
            free(mem)
            throw error
        }
        frameCache.noteDecode()
        let decoded = DecodedFrame(memory: mem, count: size, layout: layout)
        frameCache.insert(key, decoded)
        return decoded
    }

    /// Renders frame `frame` from pixels the caller decoded (with `vetdicom_file_decode_frame`
    /// and the same options): no decoding. `decoded` must hold at least the frame size.
    @discardableResult
    public func render(frame: Int, decoded: UnsafeRawBufferPointer, options: FileOptions? = nil,
                       into dst: UnsafeMutableRawBufferPointer, stride: Int) throws -> String {
        let p = try pixels()
        let opts = options ?? self.options
        let layout = p.layout(opts.decode)
        guard decoded.count >= layout.frameBytes else {
            throw DICOMError(.bufferTooSmall, "decoded pixels are \(decoded.count) bytes, frame \(frame) has \(layout.frameBytes)")
        }
        return try Renderer.render(p, frame: frame, options: try opts.renderOptions(), into: dst, stride: stride,
                                   decoded: DecodedPixels(bytes: decoded, layout: layout))
    }

    /// Bytes of frame `frame` as modality values (4 per pixel).
    public func modalityValuesSize() throws -> Int {
        let d = try pixels().description
        let (n, o) = (d.rows * d.columns).multipliedReportingOverflow(by: 4)
        guard !o else { throw DICOMError(.invalidData, "frame size overflows") }
        return n
    }

    /// Frame `frame` through the Modality LUT (Modality LUT Sequence, else Rescale Slope /
    /// Intercept, per frame for enhanced objects), as float32 or as int32 rounded to nearest
    /// (halves away from zero; clamped to the int32 range). Grayscale images only. Uses the
    /// frame cache.
    public func modalityValues(frame: Int, options: FileOptions? = nil, int32: Bool,
                               into dst: UnsafeMutableRawBufferPointer) throws {
        let p = try pixels()
        let d = p.description
        guard d.samplesPerPixel == 1, d.photometricInterpretation.hasPrefix("MONOCHROME") else {
            throw DICOMError(.unsupported, "modality values need a MONOCHROME1/2 image, this one is \(d.photometricInterpretation)")
        }
        let need = try modalityValuesSize()
        guard dst.count >= need, let ob = dst.baseAddress else {
            throw DICOMError(.bufferTooSmall, "modality values need \(need) bytes, the buffer has \(dst.count)")
        }
        let f = try cachedFrame(frame, settings: DICOMFile.renderDecodeSettings(options ?? self.options))
        let l = f.layout
        let n = l.rows * l.columns
        guard n * 4 <= dst.count, f.bytes.count >= n * l.bytesPerSample else {
            throw DICOMError(.invalidData, "decoded frame does not match the image description")
        }
        let m = FrameAttributes(dataSet: p.dataSet, description: d, frame: frame).modality
        let src = f.bytes
        func stored(_ i: Int) -> Double {
            switch (l.isFloat, l.bytesPerSample, l.isSigned) {
            case (true, 4, _): return Double(src.loadUnaligned(fromByteOffset: i &* 4, as: Float.self))
            case (true, _, _): return src.loadUnaligned(fromByteOffset: i &* 8, as: Double.self)
            case (false, 1, false): return Double(src[i])
            case (false, 1, true): return Double(Int8(bitPattern: src[i]))
            case (false, 2, false): return Double(src.loadUnaligned(fromByteOffset: i &* 2, as: UInt16.self))
            case (false, 2, true): return Double(src.loadUnaligned(fromByteOffset: i &* 2, as: Int16.self))
            case (false, _, false): return Double(src.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
            default: return Double(src.loadUnaligned(fromByteOffset: i &* 4, as: Int32.self))
            }
        }
        // Integer stored values of up to 16 bits: one modality evaluation per possible value.
        var table: [Double] = []
        var tableBase = 0
        if !l.isFloat && l.bytesPerSample <= 2 && n > 4096 {
            let bits = l.bytesPerSample * 8
            tableBase = l.isSigned ? -(1 << (bits - 1)) : 0
            table = (0..<(1 << bits)).map { m.apply(Double($0 + tableBase)) }
        }
        @inline(__always) func value(_ i: Int) -> Double {
            if table.isEmpty { return m.apply(stored(i)) }
            return table[Int(stored(i)) - tableBase]
        }
        if int32 {
            let o = ob.assumingMemoryBound(to: Int32.self)
            for i in 0..<n {
                let v = value(i).rounded(.toNearestOrAwayFromZero)
                o[i] = v.isNaN ? 0 : (v >= 2147483647 ? Int32.max : (v <= -2147483648 ? Int32.min : Int32(v)))
            }
        } else {
            let o = ob.assumingMemoryBound(to: Float.self)
            for i in 0..<n { o[i] = Float(value(i)) }
        }
    }
}
