import DICOMCore
import VetDICOM

/// render and thumbnails (added with the rendering pipeline).
func runRenderCommand(_ command: String) -> Bool {
    false
}
