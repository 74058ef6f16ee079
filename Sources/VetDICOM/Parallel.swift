import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

/// Runs `body(0..<count)` on up to `threads` POSIX threads (work shared through an atomic-free
/// mutex-protected counter). The first error wins and stops further work.
public func decodeParallel(count: Int, threads: Int, _ body: @escaping (Int) throws -> Void) throws {
    if count == 0 { return }
    let n = max(1, min(threads, count))
    if n == 1 {
        for i in 0..<count { try body(i) }
        return
    }
    final class Shared: @unchecked Sendable {
        var next = 0
        var error: Error?
        var mutex = pthread_mutex_t()
        let count: Int
        let body: (Int) throws -> Void
        init(count: Int, body: @escaping (Int) throws -> Void) {
            self.count = count
            self.body = body
            pthread_mutex_init(&mutex, nil)
        }
        deinit { pthread_mutex_destroy(&mutex) }
        func take() -> Int? {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            if error != nil || next >= count { return nil }
            next += 1
            return next - 1
        }
        func record(_ e: Error) {
            pthread_mutex_lock(&mutex)
            if error == nil { error = e }
            pthread_mutex_unlock(&mutex)
        }
        func run() {
            while let i = take() {
                do { try body(i) } catch { record(error) }
            }
        }
    }
    let shared = Shared(count: count, body: body)
    var tids: [pthread_t] = []
    for _ in 1..<n {
        var tid = pthread_t()
        let ctx = Unmanaged.passRetained(shared).toOpaque()
        let rc = pthread_create(&tid, nil, { arg in
            guard let arg else { return nil }
            let s = Unmanaged<Shared>.fromOpaque(arg).takeRetainedValue()
            s.run()
            return nil
        }, ctx)
        if rc == 0 { tids.append(tid) } else { Unmanaged<Shared>.fromOpaque(ctx).release() }
    }
    shared.run()
    for t in tids { pthread_join(t, nil) }
    if let e = shared.error { throw e }
}
