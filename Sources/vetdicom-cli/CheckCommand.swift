import DICOMCore
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

/// `vetdicom check FILE...`: lists what is wrong with each file (all problems, not the first).
/// Exit status 0 when no file has an error, 1 otherwise.
func checkCommand(_ files: [String]) -> Never {
    if files.isEmpty { die("usage: vetdicom check FILE...") }
    var errors = 0
    for path in files {
        let problems = FileCheck.check(path: path)
        if problems.isEmpty {
            print("\(path): OK")
            continue
        }
        let e = problems.filter { $0.hasPrefix("error:") }.count
        print("\(path): \(e) error(s), \(problems.count - e) warning(s)")
        for p in problems { print("  \(p)") }
        if e > 0 { errors += 1 }
    }
    exit(errors == 0 ? 0 : 1)
}
