import CVetSupport
import DICOMCore
#if canImport(Glibc)
import Glibc
#endif

// The exported C functions of "Creating images": argument checks, then ImageFactory.

/// A new image as an open, editable file (saved as Explicit VR Little Endian unless told), so
/// every reading, editing and saving function applies to it.
/// - Throws: the errors of `ImageFactory.elements` and of the data set's value checks.
public func createImageFile(_ request: NewImage) throws -> DICOMFile {
    let file = DICOMFile.new()
    try ImageFactory.fill(file.dataSet, try ImageFactory.elements(request))
    file.didEdit()
    return file
}

@inline(__always) private func cText(_ p: UnsafePointer<CChar>?) -> String {
    p.map { String(cString: $0) } ?? ""
}

/// The Swift request from the C structs (struct sizes checked by the caller).
func newImage(_ info: vetdicom_create_info, _ d: vetdicom_pixel_description, _ data: UnsafeRawBufferPointer) -> NewImage {
    var r = NewImage()
    r.modality = cText(info.modality)
    r.uidRoot = cText(info.uid_root)
    var px = NewPixels()
    px.rows = Int(d.rows)
    px.columns = Int(d.columns)
    px.frames = max(1, Int(d.number_of_frames))
    px.samplesPerPixel = Int(d.samples_per_pixel)
    px.bitsAllocated = Int(d.bits_allocated)
    px.bitsStored = Int(d.bits_stored)
    px.pixelRepresentation = Int(d.pixel_representation)
    px.planarConfiguration = Int(d.planar_configuration)
    px.photometric = cText(d.photometric_interpretation)
    px.data = [UInt8](data)
    r.pixels = px
    if let p = info.patient?.pointee {
        var pt = NewPatient()
        pt.patientName = cText(p.patient_name)
        pt.ownerFamilyName = cText(p.owner_family_name)
        pt.animalName = cText(p.animal_name)
        pt.patientID = cText(p.patient_id)
        pt.speciesDescription = cText(p.species_description)
        pt.speciesCodeValue = cText(p.species_code_value)
        pt.speciesCodeScheme = cText(p.species_code_scheme)
        pt.speciesCodeMeaning = cText(p.species_code_meaning)
        pt.breedDescription = cText(p.breed_description)
        pt.breedCodeValue = cText(p.breed_code_value)
        pt.breedCodeScheme = cText(p.breed_code_scheme)
        pt.breedCodeMeaning = cText(p.breed_code_meaning)
        pt.sex = cText(p.sex)
        pt.neutered = cText(p.neutered)
        pt.responsiblePerson = cText(p.responsible_person)
        pt.responsiblePersonRole = cText(p.responsible_person_role)
        pt.responsibleOrganization = cText(p.responsible_organization)
        pt.birthDate = cText(p.birth_date)
        r.patient = pt
    }
    r.patient.breedRegistrationNumber = cText(info.breed_registration_number)
    r.patient.breedRegistryCodeValue = cText(info.breed_registry_code_value)
    r.patient.breedRegistryCodeScheme = cText(info.breed_registry_code_scheme)
    r.patient.breedRegistryCodeMeaning = cText(info.breed_registry_code_meaning)
    return r
}

/// Exported to C as `vetdicom_file_create_image`.
@_cdecl("vetdicom_file_create_image")
public func c_file_create_image(_ info: UnsafePointer<vetdicom_create_info>?,
                                _ pixels: UnsafePointer<vetdicom_pixel_description>?,
                                _ data: UnsafeRawPointer?, _ length: Int,
                                _ out: UnsafeMutablePointer<OpaquePointer?>?) -> Int32 {
    guard let out else { return nullArgument("file") }
    out.pointee = nil
    guard let info else { return nullArgument("info") }
    guard let pixels else { return nullArgument("pixels") }
    guard let data else { return nullArgument("pixel_data") }
    guard info.pointee.struct_size >= MemoryLayout<vetdicom_create_info>.size else {
        return fail(.invalidArgument, "info->struct_size is \(info.pointee.struct_size), expected \(MemoryLayout<vetdicom_create_info>.size)")
    }
    guard pixels.pointee.struct_size >= MemoryLayout<vetdicom_pixel_description>.size else {
        return fail(.invalidArgument, "pixels->struct_size is \(pixels.pointee.struct_size), expected \(MemoryLayout<vetdicom_pixel_description>.size)")
    }
    guard info.pointee.modality != nil else { return nullArgument("info->modality") }
    if let p = info.pointee.patient, p.pointee.struct_size < MemoryLayout<vetdicom_patient>.size {
        return fail(.invalidArgument, "info->patient->struct_size is \(p.pointee.struct_size), expected \(MemoryLayout<vetdicom_patient>.size)")
    }
    return guarded {
        var request = newImage(info.pointee, pixels.pointee, UnsafeRawBufferPointer(start: data, count: length))
        if var a = info.pointee.attributes {
            var n = 0
            while let entry = a.pointee {
                n += 1
                guard n <= 100_000 else { return fail(.invalidArgument, "attributes: no NULL terminator within 100000 entries") }
                let s = String(cString: entry)
                guard let eq = s.firstIndex(of: "=") else {
                    return fail(.invalidArgument, "attributes: '\(s)' is not KEY=VALUE")
                }
                request.attributes.append((String(s[..<eq]), String(s[s.index(after: eq)...])))
                a += 1
            }
        }
        let box = FileBox(try createImageFile(request))
        out.pointee = HandleRegistry.shared.register(box, kind: .file)
        return Status.ok.rawValue
    }
}

/// Exported to C as `vetdicom_uid_generate`.
@_cdecl("vetdicom_uid_generate")
public func c_uid_generate(_ root: UnsafePointer<CChar>?, _ buffer: UnsafeMutablePointer<CChar>?, _ capacity: Int,
                           _ length: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let length else { return nullArgument("length") }
    length.pointee = 0
    return guarded {
        let uid = try UIDGenerator.make(root: cText(root))
        return writeString(uid, buffer, capacity, length)
    }
}
