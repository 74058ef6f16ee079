import DICOMCore
import VetDICOM

/// decode, render and thumbnails (filled in with the pixel pipeline). Returns false for an
/// unknown command.
func runPixelCommand(_ command: String, _ args: inout [String]) -> Bool {
    false
}
