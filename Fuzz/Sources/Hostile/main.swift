// The hostile-file suite (issue 5). For every file of the corpus: truncation at 64 evenly spread
// offsets plus every offset in the first 512 bytes, and seeded random mutations; plus hand-made
// cases (FuzzSupport/HandMade.swift). Each case opens, walks every element, writes JSON, saves and
// reopens (must agree), transcodes small images to one lossless syntax (frame 0 must agree), decodes
// (all frames up to 4, else the first and the last) and renders the first and last frame to PNG,
// in a child process with a per-case time bound (alarm) and a memory bound (RLIMIT_AS). A child
// handles a batch of cases of one file and reports each finished case on its stdout; when it
// dies, the case after the last reported one is the culprit: it is recorded (and written to the
// failures directory) and the rest of the batch goes on in a new child.
//
//   Hostile [--corpus DIR] [--jobs N] [--mutations N] [--case-seconds S] [--memory-mb M]
//           [--failures DIR] [--only SUBSTRING] [--no-handmade] [--batch N]
//           [--big-mutations N [--big-bytes B]]  (files over B bytes, default 1 MiB, get N mutations)
//           [--transcode-bytes B]  (images up to B decoded bytes are transcoded per case; default
//                                   256 KiB, 0 disables)
//   Hostile --worker FILE FIRST END         (internal: run cases FIRST..<END of FILE)
//   Hostile --write-case FILE CASE OUT      (write the bytes of one case, for reproduction)
//   Hostile --check-write FILE...           (the save and transcode oracles, saying what disagrees)
//   Hostile --write-handmade DIR | --list-handmade
//   Hostile --to-dicom TARGET FUZZ_INPUT OUT (the DICOM file a fuzz input stands for)
//
// Exit status 0 when every case ended without a crash, hang or memory blow-up; 1 otherwise.
import DICOMCore
import FuzzSupport
import VetDICOM
import DICOMCodecs
#if canImport(Glibc)
import Glibc
#endif

setvbuf(stdout, nil, _IOLBF, 0)

// MARK: - configuration

struct Config {
    var corpus = getenv("VETDICOM_CORPUS").map { String(cString: $0) } ?? "../shared/corpus"
    var jobs = 2
    var mutations = 200
    var caseSeconds: UInt32 = 20
    var memoryMB = 3072
    var failures = "hostile-failures"
    var only: String? = nil
    var handmade = true
    var batch = 400
    /// Files larger than `bigBytes` get `bigMutations` mutations (nil: as many as the others).
    var bigBytes = 1 << 20
    var bigMutations: Int? = nil
    /// Images up to this many decoded bytes (all frames) are also transcoded per case (0: never).
    var transcodeBytes = 256 << 10

    func mutations(forSize size: Int) -> Int {
        if size > bigBytes, let b = bigMutations { return min(b, mutations) }
        return mutations
    }
}

// MARK: - case generation (deterministic; parent and child compute the same bytes)

/// SplitMix64: a small seeded generator.
struct Rng {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

func fnv1a(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

/// The truncation offsets of a file of `size` bytes: every offset in the first 512 bytes and
/// 64 evenly spread ones, without duplicates, ascending.
func truncations(_ size: Int) -> [Int] {
    var set = Set<Int>()
    for i in 0..<min(512, size) { set.insert(i) }
    for i in 0..<64 { set.insert(size * i / 64) }
    set.remove(size)
    return set.sorted()
}

struct CaseSet {
    let name: String
    let bytes: [UInt8]
    let cuts: [Int]
    let mutations: Int
    let handmade: Bool
    var count: Int { handmade ? 1 : cuts.count + mutations }

    /// A short description of case `k`.
    func describe(_ k: Int) -> String {
        if handmade { return "hand-made" }
        if k < cuts.count { return "truncated at \(cuts[k])" }
        return "mutation #\(k - cuts.count) (seed \(name))"
    }

    /// The bytes of case `k`.
    func bytes(_ k: Int) -> [UInt8] {
        if handmade { return bytes }
        if k < cuts.count { return Array(bytes[0..<cuts[k]]) }
        var b = bytes
        if b.isEmpty { return b }
        var rng = Rng(state: fnv1a(name) &+ UInt64(k - cuts.count) &* 0x1000_0001)
        let edits = 1 + rng.below(8)
        for _ in 0..<edits {
            // Half of the edits hit the first 4 KiB (meta, header, offset tables), half anywhere.
            let span = rng.below(2) == 0 ? min(b.count, 4096) : b.count
            let p = rng.below(span)
            switch rng.below(6) {
            case 0: b[p] = UInt8(truncatingIfNeeded: rng.next())
            case 1: b[p] ^= UInt8(1) << UInt8(rng.below(8))
            case 2: b[p] = 0
            case 3: b[p] = 0xFF
            case 4:
                // A 32-bit length-like value.
                let values: [UInt32] = [0xFFFF_FFFF, 0xFFFF_FFFE, 0x7FFF_FFFF, 0x8000_0000, 0, 1, 0xFFFF, 0x1_0000]
                let v = values[rng.below(values.count)]
                for i in 0..<4 where p + i < b.count { b[p + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt32(i))) }
            default:
                // A 16-bit value (rows, columns, VR length...).
                let values: [UInt16] = [0xFFFF, 0xFFFE, 0x8000, 0, 1, 2, 3, 0x7FFF]
                let v = values[rng.below(values.count)]
                for i in 0..<2 where p + i < b.count { b[p + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt16(i))) }
            }
        }
        return b
    }
}

func caseSet(path: String, mutations: Int) -> CaseSet? {
    if path.hasPrefix("handmade:") {
        let name = String(path.dropFirst(9))
        guard let c = HandMade.all().first(where: { $0.name == name }) else { return nil }
        return CaseSet(name: path, bytes: c.bytes, cuts: [], mutations: 0, handmade: true)
    }
    guard let bytes = readFile(path) else { return nil }
    return CaseSet(name: path, bytes: bytes, cuts: truncations(bytes.count), mutations: mutations, handmade: false)
}

// MARK: - files

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, 1 << 16, f) }
        if n <= 0 { break }
        out += buf[0..<n]
    }
    return out
}

func writeFile(_ path: String, _ bytes: [UInt8]) {
    guard let f = fopen(path, "wb") else { return }
    _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
}

func format1(_ v: Double) -> String {
    let t = Int((v * 10).rounded())
    return "\(t / 10).\(t % 10)"
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

// MARK: - worker

/// Runs one case: open + walk + JSON; save + reopen must agree (Harness.write: a damaged file
/// is refused by default and written as read with save_salvaged); a transcode to one lossless
/// syntax must decode to the same frame 0 (Harness.transcode, images up to `transcodeBytes`); then decode
/// and render. Returns a short outcome text. A disagreement traps: the case is a failure.
func runCase(_ bytes: [UInt8], transcodeBytes: Int = 256 << 10) -> String {
    var options = FileOptions()
    options.borrowMemory = true
    return bytes.withUnsafeBytes { b -> String in
        let parsed = Harness.parse(b, options: options)
        guard parsed == .ok else { return "\(parsed)" }
        let written = Harness.write(b, options: options)
        let transcoded = transcodeBytes > 0 ? Harness.transcode(b, options: options, maxBytes: transcodeBytes) : .ok
        let decoded = Harness.decode(b, options: options, maxFrames: 4)
        let saves = "write \(written) transcode \(transcoded)"
        // Rendering decodes again (twice with PNG encoding): only for frames up to 4 MiB, and
        // encoding up to 1 MiB, to keep the suite within CI time (the fuzzers cover the rest).
        let frameBytes = (try? DICOMFile(bytes: b, options: options).pixels().layout(DecodeSettings()).frameBytes) ?? 0
        guard frameBytes <= 4 << 20 else { return "\(decoded) \(saves) render skipped" }
        let rendered = Harness.renderFile(b, options: options, encode: frameBytes <= 1 << 20)
        return "\(decoded) \(saves) render \(rendered)"
    }
}

func worker(_ path: String, _ first: Int, _ end: Int, caseSeconds: UInt32, memoryMB: Int, mutations: Int,
            transcodeBytes: Int) -> Int32 {
    var lim = rlimit(rlim_cur: rlim_t(memoryMB) << 20, rlim_max: rlim_t(memoryMB) << 20)
    setrlimit(Int32(RLIMIT_AS.rawValue), &lim)
    var core = rlimit(rlim_cur: 0, rlim_max: 0)
    setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
    guard let set = caseSet(path: path, mutations: mutations) else { return 3 }
    for k in first..<min(end, set.count) {
        alarm(caseSeconds)
        let outcome = runCase(set.bytes(k), transcodeBytes: transcodeBytes)
        alarm(0)
        print("done \(k) \(outcome)")
    }
    return 0
}

// MARK: - parent

struct Failure {
    var file: String
    var caseIndex: Int
    var what: String
    var description: String
}

final class Child {
    let pid: pid_t
    let fd: Int32
    let path: String
    var next: Int
    let end: Int
    var pending = ""
    var outcomes: [String: Int] = [:]
    let started = now()
    init(pid: pid_t, fd: Int32, path: String, first: Int, end: Int) {
        self.pid = pid; self.fd = fd; self.path = path; self.next = first; self.end = end
    }
}

func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

func spawnWorker(_ exe: String, _ path: String, _ first: Int, _ end: Int, _ cfg: Config) -> Child? {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = [exe, "--worker", path, String(first), String(end), "--case-seconds", String(cfg.caseSeconds),
                "--memory-mb", String(cfg.memoryMB), "--mutations", String(cfg.mutations(forSize: fileSize(path))),
                "--transcode-bytes", String(cfg.transcodeBytes)]
    var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
    cargs.append(nil)
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, exe, &actions, nil, cargs, environ)
    for p in cargs { free(p) }
    posix_spawn_file_actions_destroy(&actions)
    close(fds[1])
    if rc != 0 { close(fds[0]); return nil }
    return Child(pid: pid, fd: fds[0], path: path, first: first, end: end)
}

func signalName(_ s: Int32) -> String {
    switch s {
    case SIGSEGV: return "SIGSEGV"
    case SIGILL: return "SIGILL (Swift trap)"
    case SIGTRAP: return "SIGTRAP (Swift trap)"
    case SIGABRT: return "SIGABRT"
    case SIGBUS: return "SIGBUS"
    case SIGFPE: return "SIGFPE"
    case SIGALRM: return "timeout"
    case SIGKILL: return "SIGKILL"
    default: return "signal \(s)"
    }
}

func parent(_ cfg: Config, exe: String) -> Int32 {
    var files = listFiles(cfg.corpus).filter { !$0.hasSuffix(".json") && !$0.hasSuffix(".md") }
    if files.isEmpty { print("hostile: no corpus at \(cfg.corpus): only the hand-made cases run") }
    if cfg.handmade { files += HandMade.all().map { "handmade:\($0.name)" } }
    if let o = cfg.only { files = files.filter { $0.contains(o) } }
    // Work items: (file, first, end) batches.
    var work: [(String, Int, Int)] = []
    var totalCases = 0
    for f in files {
        let n: Int
        if f.hasPrefix("handmade:") { n = 1 } else {
            var st = stat()
            guard stat(f, &st) == 0 else { continue }
            n = truncations(Int(st.st_size)).count + cfg.mutations(forSize: Int(st.st_size))
        }
        totalCases += n
        var s = 0
        while s < n { work.append((f, s, min(n, s + cfg.batch))); s += cfg.batch }
    }
    // Largest files first so that the slow ones overlap with the many small ones.
    let t0 = now()
    var failures: [Failure] = []
    var outcomes: [String: Int] = [:]
    var fileSeconds: [String: Double] = [:]
    var running: [Child] = []
    var done = 0
    var workIndex = 0
    mkdir(cfg.failures, 0o755)
    while workIndex < work.count || !running.isEmpty {
        while running.count < cfg.jobs && workIndex < work.count {
            let (f, a, b) = work[workIndex]
            workIndex += 1
            if let c = spawnWorker(exe, f, a, b, cfg) { running.append(c) } else {
                failures.append(Failure(file: f, caseIndex: a, what: "spawn failed", description: ""))
            }
        }
        var pfds = running.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
        _ = poll(&pfds, nfds_t(pfds.count), 1000)
        var finished: [Int] = []
        for (i, c) in running.enumerated() where pfds[i].revents != 0 {
            var buf = [UInt8](repeating: 0, count: 4096)
            let n = buf.withUnsafeMutableBytes { read(c.fd, $0.baseAddress, 4096) }
            if n > 0 {
                c.pending += String(decoding: buf[0..<n], as: UTF8.self)
                while let nl = c.pending.firstIndex(of: "\n") {
                    let line = String(c.pending[..<nl])
                    c.pending = String(c.pending[c.pending.index(after: nl)...])
                    let parts = line.split(separator: " ", maxSplits: 2)
                    if parts.count >= 2, parts[0] == "done", let k = Int(parts[1]) {
                        c.next = k + 1
                        done += 1
                        let o = parts.count > 2 ? String(parts[2]) : "?"
                        outcomes[o, default: 0] += 1
                    }
                }
                continue
            }
            // EOF: the child ended.
            close(c.fd)
            fileSeconds[c.path, default: 0] += now() - c.started
            var status: Int32 = 0
            waitpid(c.pid, &status, 0)
            let signaled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
            let code = (status >> 8) & 0xFF
            if signaled || code != 0 || c.next < c.end {
                let what = signaled ? signalName(status & 0x7F) : "exit \(code)"
                let set = caseSet(path: c.path, mutations: cfg.mutations(forSize: fileSize(c.path)))
                let desc = set?.describe(c.next) ?? ""
                failures.append(Failure(file: c.path, caseIndex: c.next, what: what, description: desc))
                print("FAIL \(c.path) case \(c.next) (\(desc)): \(what)")
                if let set {
                    let base = c.path.split(separator: "/").last.map(String.init) ?? "case"
                    writeFile("\(cfg.failures)/\(base).case\(c.next)", set.bytes(c.next))
                }
                done += 1
                if c.next + 1 < c.end { work.append((c.path, c.next + 1, c.end)) }
            }
            finished.append(i)
        }
        for i in finished.reversed() { running.remove(at: i) }
    }
    let secs = now() - t0
    print("hostile: \(files.count) inputs, \(done)/\(totalCases) cases in \(Int(secs)) s, \(failures.count) failure(s)")
    for (o, n) in outcomes.sorted(by: { $0.value > $1.value }) { print("  \(n)\t\(o)") }
    print("slowest inputs (child seconds):")
    for (f, t) in fileSeconds.sorted(by: { $0.value > $1.value }).prefix(8) {
        print("  \(String(format1(t)))\t\(f)")
    }
    for f in failures { print("FAILED \(f.file) case \(f.caseIndex) (\(f.description)): \(f.what)") }
    return failures.isEmpty ? 0 : 1
}

// MARK: - main

var cfg = Config()
var args = Array(CommandLine.arguments.dropFirst())
var workerArgs: [String]? = nil
var writeCase: [String]? = nil
var i = 0
while i < args.count {
    let a = args[i]
    func value() -> String { i += 1; return i < args.count ? args[i] : "" }
    switch a {
    case "--corpus": cfg.corpus = value()
    case "--jobs": cfg.jobs = max(1, Int(value()) ?? 2)
    case "--mutations": cfg.mutations = max(0, Int(value()) ?? 200)
    case "--case-seconds": cfg.caseSeconds = UInt32(value()) ?? 20
    case "--memory-mb": cfg.memoryMB = Int(value()) ?? 3072
    case "--failures": cfg.failures = value()
    case "--only": cfg.only = value()
    case "--batch": cfg.batch = max(1, Int(value()) ?? 400)
    case "--no-handmade": cfg.handmade = false
    case "--big-mutations": cfg.bigMutations = max(0, Int(value()) ?? 200)
    case "--big-bytes": cfg.bigBytes = max(0, Int(value()) ?? (1 << 20))
    case "--transcode-bytes": cfg.transcodeBytes = max(0, Int(value()) ?? (256 << 10))
    case "--worker": workerArgs = [value(), value(), value()]
    case "--write-case": writeCase = [value(), value(), value()]
    case "--write-handmade":
        let dir = value()
        for c in HandMade.all() { writeFile("\(dir)/\(c.name).dcm", c.bytes) }
        exit(0)
    case "--to-dicom":
        // --to-dicom TARGET INPUT OUT: the DICOM file of a fuzz input (for the crasher fixtures).
        let (t, inp, outPath) = (value(), value(), value())
        guard let bytes = readFile(inp), let dcm = Harness.dicomFile(target: t, input: bytes) else {
            print("cannot convert \(inp)")
            exit(2)
        }
        writeFile(outPath, dcm)
        print("\(outPath): \(dcm.count) bytes, outcome \(runCase(dcm))")
        exit(0)
    case "--check-write":
        // --check-write FILE...: the save+reopen and transcode oracles on whole files, printing
        // what disagrees (exit 1 when anything does).
        var bad = 0
        while i + 1 < args.count {
            let path = value()
            guard let bytes = readFile(path) else { print("\(path): cannot read"); bad += 1; continue }
            var o = FileOptions()
            o.borrowMemory = true
            var (outcome, problem) = bytes.withUnsafeBytes { Harness.writeCheck($0, options: o) }
            let (t, tp) = bytes.withUnsafeBytes { Harness.transcodeCheck($0, options: o) }
            if let tp { problem = (problem.map { $0 + "; " } ?? "") + tp }
            outcome = outcome == .ok ? t : outcome
            if problem != nil { bad += 1 }
            print("\(path): \(outcome)\(problem.map { " DISAGREES: \($0)" } ?? "")")
            if problem != nil, let f = try? bytes.withUnsafeBytes({ try DICOMFile(bytes: $0, options: o) }) {
                func show(_ ds: DataSet, _ at: String) {
                    for e in ds.elements {
                        if let d = e.damage {
                            print("  damaged \(at)\(e.tag) \(e.vr.name) len \(e.length) undef \(e.undefinedLength) items \(e.items?.count ?? -1) frags \(e.fragments?.count ?? -1): \(d.message)")
                        }
                        for (k, it) in (e.items ?? []).enumerated() { show(it, "\(at)\(e.tag)[\(k)].") }
                    }
                }
                show(f.dataSet, "")
            }
        }
        exit(bad == 0 ? 0 : 1)
    case "--list-handmade":
        for c in HandMade.all() { print("\(c.name)\t\(c.bytes.count) bytes\t\(c.note)") }
        exit(0)
    default:
        print("hostile: unknown argument \(a)")
        exit(2)
    }
    i += 1
}
if let w = workerArgs, let a = Int(w[1]), let b = Int(w[2]) {
    exit(worker(w[0], a, b, caseSeconds: cfg.caseSeconds, memoryMB: cfg.memoryMB, mutations: cfg.mutations,
                transcodeBytes: cfg.transcodeBytes))
}
if let w = writeCase, let k = Int(w[1]) {
    guard let set = caseSet(path: w[0], mutations: cfg.mutations) else { exit(2) }
    writeFile(w[2], set.bytes(k))
    print("\(set.describe(k)) -> \(w[2]) (outcome \(runCase(set.bytes(k))))")
    exit(0)
}
// The executable's own path (for re-spawning itself).
var exeBuf = [CChar](repeating: 0, count: 4096)
let len = readlink("/proc/self/exe", &exeBuf, 4095)
let exe = len > 0 ? String(decoding: exeBuf[0..<len].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
exit(parent(cfg, exe: exe))
