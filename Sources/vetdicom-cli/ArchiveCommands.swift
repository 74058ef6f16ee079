import DICOMCore
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

// `vetdicom patients DIR` and `vetdicom storage DIR`: the clinic archive commands.

let archiveUsage = """
  patients DIR [--json] [--threads N]
                                  group the files under DIR by animal (names, IDs, owners and
                                  species entered inconsistently) and list issues worth a look
  storage DIR [--json | --html OUT.html] [--threads N] [--sample N]
                                  totals by modality, year and study, growth projection (1/3/5
                                  years), 3-2-1 backup footprint, measured lossless saving
"""

/// Returns false for a command that is not an archive command.
func runArchiveCommand(_ command: String) -> Bool {
    switch command {
    case "patients": patientsCommand()
    case "storage": storageCommand()
    default: return false
    }
    return true
}

private func scanWithProgress(_ dir: String, threads: Int) -> ArchiveScan {
    var o = ArchiveScanOptions()
    o.threads = threads
    let tty = isatty(2) != 0
    o.progress = { done, total in
        if tty {
            if done == total || done % 64 == 0 {
                let width = 30
                let filled = total > 0 ? done * width / total : width
                let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
                fputs("\rscanning [\(bar)] \(done)/\(total)", stderr)
                if done == total { fputs("\n", stderr) }
            }
        } else if done == total {
            fputs("scanned \(total) file(s)\n", stderr)
        }
    }
    do { return try archiveScan(dir, options: o) } catch let e as DICOMError {
        die("\(dir): \(e.status.text): \(e.message)", code: 2)
    } catch { die("\(dir): \(error)", code: 2) }
}

private func threadsArg() -> Int {
    guard let t = takeValue("--threads") else {
        let n = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        return max(1, min(n, 16))
    }
    guard let n = Int(t), n >= 1, n <= 256 else { die("--threads needs a number from 1 to 256") }
    return n
}

private func patientsCommand() {
    let json = takeFlag("--json")
    let threads = threadsArg()
    guard args.count == 1 else { die("usage: vetdicom patients DIR [--json] [--threads N]") }
    let scan = scanWithProgress(args[0], threads: threads)
    let report = archiveGroupPatients(scan)
    if json { print(report.json()) } else { print(report.text(), terminator: "") }
    printErr("\(report.animals.count) animal(s), \(report.issues.count) issue(s), \(report.skipped.count) non-DICOM file(s) skipped")
}

private func storageCommand() {
    let json = takeFlag("--json")
    let htmlPath = takeValue("--html")
    let threads = threadsArg()
    var so = StorageOptions()
    if let s = takeValue("--sample") {
        guard let n = Int(s), n >= 0, n <= 100_000 else { die("--sample needs a number of files (0 to skip the measurement)") }
        so.sampleFiles = n
    }
    guard args.count == 1 else { die("usage: vetdicom storage DIR [--json | --html OUT.html] [--threads N] [--sample N]") }
    let scan = scanWithProgress(args[0], threads: threads)
    let report = archiveStorage(scan, options: so)
    if let htmlPath {
        let page = report.html()
        let ok = Array(page.utf8).withUnsafeBytes { writeAll(htmlPath, $0) }
        if !ok { die("cannot write \(htmlPath)") }
        printErr("wrote \(htmlPath)")
    }
    if json { print(report.json()) } else if htmlPath == nil { print(report.text(), terminator: "") }
}
