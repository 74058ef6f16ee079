// `vetdicom transcode IN OUT --ts UID|NAME [--set-option KEY=VALUE]...`
import DICOMCore
import DICOMCodecs
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

let transcodeUsage = """
usage: vetdicom transcode IN OUT --ts UID|NAME [--option KEY=VALUE]...
  Writes IN to OUT in another transfer syntax, keeping every other element (frames decoded and
  encoded one at a time). NAME: \(CodecRegistry.rows.map(\.shortName).joined(separator: ", ")).
  Options: quality=1..100 (JPEG baseline), near_lossless=N (JPEG-LS), j2k_ratio=R or j2k_psnr=DB
  (lossy JPEG 2000), htj2k_qstep=Q (lossy HTJ2K), extended_offset_table=1, and open options
  (map_file=1, the limits, exact_ybr=1, htj2k_openjph=0).
  Exit status 4 (UNSUPPORTED) when the target cannot hold the pixels; nothing is written then.
"""

func transcodeCommand() {
    guard let ts = takeValue("--ts") else { die(transcodeUsage) }
    var options = FileOptions()
    while let kv = takeValue("--option") {
        guard let eq = kv.firstIndex(of: "="), let v = Double(kv[kv.index(after: eq)...]) else {
            die("--option needs KEY=NUMBER, got '\(kv)'")
        }
        let s = options.set(String(kv[..<eq]), double: v)
        guard s == .ok else { die("--option \(kv): \(s.text)") }
    }
    guard args.count == 2 else { die(transcodeUsage) }
    let f = openFile(args[0], options: options)  // open options too (map_file, limits, exact_ybr)
    do {
        try Transcoder.transcode(f, toPath: args[1], transferSyntax: transferSyntaxArgument(ts),
                                 options: options.encode, extendedOffsetTable: options.extendedOffsetTable)
    } catch let e as DICOMError {
        die("\(e.status.text): \(e.message)", code: e.status == .unsupported ? 4 : Int32(e.status.rawValue < 100 ? 3 : 2))
    } catch {
        die("\(error)")
    }
}
