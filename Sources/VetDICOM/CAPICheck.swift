import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// Exported file check (see "File check" in vetdicom.h).

@_cdecl("vetdicom_file_check")
public func c_file_check(_ path: UnsafePointer<CChar>?, _ options: OpaquePointer?,
                         _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                         _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let path else { return nullArgument("path") }
    guard let length else { return nullArgument("length") }
    return guarded {
        let opts = try optionsOrDefault(options, FileOptions())
        let lines = FileCheck.check(path: String(cString: path), options: opts)
        let text = lines.map { $0 + "\n" }.joined()
        return writeString(text, buffer, capacity, length)
    }
}
