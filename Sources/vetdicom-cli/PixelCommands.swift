import DICOMCore
import DICOMCodecs
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

/// decode, render and thumbnails. Returns false for an unknown command.
func runPixelCommand(_ command: String) -> Bool {
    switch command {
    case "decode":
        decodeCommand()
    default:
        return runRenderCommand(command)
    }
    return true
}

func decodeCommand() {
    let keep = takeFlag("--keep-ybr")
    let frameArg = takeValue("--frame")
    guard let outPath = takeValue("-o") ?? takeValue("--output"), args.count == 1 else {
        die("usage: vetdicom decode FILE [--frame N] [--keep-ybr] -o OUT.raw")
    }
    let f = openFile(args[0])
    var settings = DecodeSettings()
    settings.keepYBR = keep
    do {
        let p = try f.pixels()
        let frames: [Int]
        if let fa = frameArg {
            guard let n = Int(fa) else { die("--frame needs a number") }
            frames = [n]
        } else {
            frames = Array(0..<p.frameCount)
        }
        guard let fp = fopen(outPath, "wb") else { die("cannot write \(outPath)") }
        defer { fclose(fp) }
        var layout = p.layout(settings)
        if let f = frames.first { try p.checkFrame(f) }     // before the frame's size is allocated
        let buf = try HeapBuffer<UInt8>(count: layout.frameBytes, "one frame")
        for i in frames {
            layout = try buf.withUnsafeMutableBytes { try p.decode(frame: i, into: $0, settings: settings) }
            if fwrite(buf.pointer, 1, buf.count, fp) != buf.count { die("write error on \(outPath)") }
        }
        printErr("\(frames.count) frame(s) \(layout.columns)x\(layout.rows)x\(layout.samplesPerPixel), \(layout.bytesPerSample * 8)-bit \(layout.isFloat ? "float" : layout.isSigned ? "signed" : "unsigned") \(layout.photometricInterpretation) -> \(outPath)")
    } catch let e as DICOMError {
        die("\(args[0]): \(e.status.text): \(e.message)", code: 3)
    } catch {
        die("\(args[0]): \(error)", code: 3)
    }
}
