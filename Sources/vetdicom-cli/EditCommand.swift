// `vetdicom edit IN OUT --set KEY=VALUE ... --delete KEY ... [--ts UID|NAME] [--bare] [--salvage]`
import DICOMCore
import VetDICOM
#if canImport(Glibc)
import Glibc
#endif

let editUsage = """
usage: vetdicom edit IN OUT [--set KEY=VALUE]... [--delete KEY]... [--ts UID|NAME] [--bare] [--salvage]
  KEY is a keyword, a tag (0010,0010) or a path Seq[0].Keyword; a backslash in VALUE separates
  values. --ts: a transfer syntax UID or explicit|implicit|big|deflated (default: IN's).
  --bare writes a data set without preamble and file meta. OUT may be IN (written atomically).
  --salvage writes a file cut short (see `vetdicom check`) as what was read; without it such a
  file is refused (TRUNCATED, naming the element).
"""

/// Short names accepted by --ts.
func transferSyntaxArgument(_ s: String) -> String {
    switch s.lowercased() {
    case "explicit", "explicit-le", "evrle": return TransferSyntax.explicitVRLittleEndian
    case "implicit", "implicit-le", "ivrle": return TransferSyntax.implicitVRLittleEndian
    case "big", "explicit-be", "evrbe": return TransferSyntax.explicitVRBigEndian
    case "deflated": return TransferSyntax.deflatedExplicitVRLittleEndian
    default: return s
    }
}

func editCommand() {
    var sets: [(String, String)] = []
    var deletes: [String] = []
    while let s = takeValue("--set") {
        guard let eq = s.firstIndex(of: "=") else { die("--set needs KEY=VALUE, got '\(s)'") }
        sets.append((String(s[..<eq]), String(s[s.index(after: eq)...])))
    }
    while let d = takeValue("--delete") { deletes.append(d) }
    let ts = takeValue("--ts").map(transferSyntaxArgument)
    let bare = takeFlag("--bare")
    let salvage = takeFlag("--salvage")
    guard args.count == 2 else { die(editUsage) }
    let f = openFile(args[0])
    do {
        for (k, v) in sets { try f.set(k, string: v) }
        for k in deletes { try f.remove(k) }
        try f.save(toPath: args[1], transferSyntaxUID: ts, part10: !bare, salvage: salvage ? true : nil)
    } catch let e as DICOMError {
        die("\(e.status.text): \(e.message)", code: Int32(e.status.rawValue < 100 ? 3 : 2))
    } catch {
        die("\(error)")
    }
}
