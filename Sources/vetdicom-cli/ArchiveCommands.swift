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
  patients DIR --fix OUTDIR | --in-place [--backup DIR] | --dry-run  [--log FILE.csv]
                                  make identity fields consistent per animal (previous values
                                  kept in Original Attributes Sequence), log every change as CSV
  deidentify IN OUT [--keep-animal-name] [--keep-dates] [--include-burned-in] [--secret HEX] [--json]
                                  PS3.15 basic profile + retain patient characteristics, for
                                  referral: owner, clinic, IDs, dates, free text removed; UIDs
                                  remapped consistently; pixel data unchanged
  share STUDY... OUT [--no-deidentify] [--keep-animal-name] [--keep-dates] [--include-burned-in] [--json]
                                  a folder for a specialist: DICOM/ + DICOMDIR + index.html
                                  (offline viewer: thumbnails, window presets, frame slider)
  storage DIR [--json | --html OUT.html] [--threads N] [--sample N]
                                  totals by modality, year and study, growth projection (1/3/5
                                  years), 3-2-1 backup footprint, measured lossless saving
"""

/// Returns false for a command that is not an archive command.
func runArchiveCommand(_ command: String) -> Bool {
    switch command {
    case "patients": patientsCommand()
    case "storage": storageCommand()
    case "deidentify": deidentifyCommand()
    case "share": shareCommand()
    default: return false
    }
    return true
}

private func scanWithProgress(_ dir: String, threads: Int) -> ArchiveScan {
    do { return try archiveScan(dir, options: scanOptions(threads: threads)) } catch let e as DICOMError {
        die("\(dir): \(e.status.text): \(e.message)", code: 2)
    } catch { die("\(dir): \(error)", code: 2) }
}

private func scanOptions(threads: Int) -> ArchiveScanOptions {
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
    return o
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
    let fixOut = takeValue("--fix")
    let inPlace = takeFlag("--in-place")
    let dryRun = takeFlag("--dry-run")
    let backup = takeValue("--backup")
    let log = takeValue("--log")
    if (fixOut != nil ? 1 : 0) + (inPlace ? 1 : 0) > 1 { die("--fix OUTDIR and --in-place exclude each other") }
    let threads = threadsArg()
    guard args.count == 1 else { die("usage: vetdicom patients DIR [--json] [--threads N]") }
    if fixOut != nil || inPlace || dryRun {
        var fo = FixOptions()
        fo.outputDirectory = fixOut
        fo.inPlace = inPlace
        fo.dryRun = dryRun
        fo.backupDirectory = backup
        fo.logPath = log
        do {
            let fr = try archiveFix(directory: args[0], options: fo, scanOptions: scanOptions(threads: threads))
            if json { print(fr.json()) } else { print(fr.text(), terminator: "") }
            if !fr.failed.isEmpty { exit(3) }
        } catch let e as DICOMError {
            die("\(e.status.text): \(e.message)", code: 2)
        } catch { die("\(error)", code: 2) }
        return
    }
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

private func deidentifyCommand() {
    var o = DeidentifyOptions()
    let json = takeFlag("--json")
    o.keepAnimalName = takeFlag("--keep-animal-name")
    o.keepDates = takeFlag("--keep-dates")
    o.includeBurnedIn = takeFlag("--include-burned-in")
    if let s = takeValue("--secret") {
        guard let b = hexSecretBytes(s) else { die("--secret needs hexadecimal digits (an even number)") }
        o.secret = b
    }
    guard args.count == 2 else {
        die("usage: vetdicom deidentify IN OUT [--keep-animal-name] [--keep-dates] [--include-burned-in] [--secret HEX] [--json]")
    }
    let r: DeidentifyReport
    do { r = try deidentify(input: args[0], output: args[1], options: o) } catch let e as DICOMError {
        die("\(e.status.text): \(e.message)", code: 2)
    } catch { die("\(error)", code: 2) }
    if json { print(r.json()) } else {
        print("\(r.written.count) file(s) de-identified into \(args[1]); \(r.uidsRemapped) UID(s) remapped")
        for p in r.burnedIn { print("burned-in annotation: \(p) \(o.includeBurnedIn ? "(written: check the pixels)" : "(skipped)")") }
        for p in r.burnedInUnknown { print("no Burned In Annotation element on \(p): check the pixels for text") }
        if !r.notDICOM.isEmpty { print("\(r.notDICOM.count) non-DICOM file(s) ignored") }
        for f in r.failed { print("failed: \(f.path): \(f.message)") }
    }
    if !r.failed.isEmpty { exit(3) }
}

private func shareCommand() {
    var o = ShareOptions()
    let json = takeFlag("--json")
    o.deidentify = !takeFlag("--no-deidentify")
    o.deidentifyOptions.keepAnimalName = takeFlag("--keep-animal-name")
    o.deidentifyOptions.keepDates = takeFlag("--keep-dates")
    o.deidentifyOptions.includeBurnedIn = takeFlag("--include-burned-in")
    guard args.count >= 2 else {
        die("usage: vetdicom share STUDY... OUT [--no-deidentify] [--keep-animal-name] [--keep-dates] [--include-burned-in] [--json]")
    }
    let out = args[args.count - 1]
    let r: ShareReport
    do { r = try share(inputs: Array(args.dropLast()), output: out, options: o) } catch let e as DICOMError {
        die("\(e.status.text): \(e.message)", code: 2)
    } catch { die("\(error)", code: 2) }
    if json { print(r.json()) } else {
        print("\(r.images) image(s) in \(r.series) series of \(r.studies) stud\(r.studies == 1 ? "y" : "ies") -> \(out) (\(r.deidentified ? "de-identified" : "NOT de-identified"); open \(out)/index.html)")
        for p in r.burnedIn { print("burned-in annotation: \(p) \(o.deidentifyOptions.includeBurnedIn || !o.deidentify ? "(included: check the pixels)" : "(left out)")") }
        for f in r.failed { print("failed: \(f.path): \(f.message)") }
    }
    if !r.failed.isEmpty { exit(3) }
}
