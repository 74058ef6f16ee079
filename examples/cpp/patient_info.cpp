// patient_info.cpp - the C++ version of examples/c/patient_info.c: print the veterinary patient
// and the image description of a DICOM file, with RAII handles and exceptions.
//
//   patient_info_cpp FILE.dcm
//
// Exit status: 0 on success, 1 if the file cannot be read, 2 on a usage error.
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <vetdicom/vetdicom.h>

namespace {

// A failed vetdicom call: the status text plus the detail message of the library.
class Error : public std::runtime_error {
public:
    Error(const std::string &what, vetdicom_status status)
        : std::runtime_error(what + ": " + vetdicom_status_string(status) + " (" + std::to_string(status) +
                             "): " + vetdicom_last_error_message()),
          status_(status)
    {
    }
    vetdicom_status status() const { return status_; }

private:
    vetdicom_status status_;
};

void check(vetdicom_status status, const std::string &what)
{
    if (status != VETDICOM_OK)
        throw Error(what, status);
}

struct FileCloser {
    void operator()(vetdicom_file *file) const { vetdicom_file_close(file); }
};
using File = std::unique_ptr<vetdicom_file, FileCloser>;

File open(const std::string &path)
{
    vetdicom_file *raw = nullptr;
    check(vetdicom_file_open(path.c_str(), nullptr, &raw), "cannot open " + path);
    return File(raw);
}

std::string text(const char *value)
{
    return (value != nullptr && value[0] != '\0') ? value : "-";
}

void field(const char *label, const std::string &value)
{
    std::cout << "  " << std::left << std::setw(26) << label << ' ' << value << '\n';
}

std::string code(const char *meaning, const char *scheme, const char *value)
{
    if (value == nullptr || value[0] == '\0')
        return "-";
    return std::string(meaning) + " [" + scheme + " " + value + "]";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: " << argv[0] << " FILE.dcm\n";
        return 2;
    }
    try {
        File file = open(argv[1]);
        std::cout << "File: " << argv[1] << '\n';

        vetdicom_patient patient{};
        patient.struct_size = sizeof patient;
        check(vetdicom_file_patient(file.get(), &patient), "cannot read the patient");
        std::cout << "Patient\n";
        field("Animal name:", text(patient.animal_name));
        field("Owner family name:", text(patient.owner_family_name));
        field("Patient name:", text(patient.patient_name));
        field("Patient ID:", text(patient.patient_id));
        field("Species:", text(patient.species_description));
        field("Species code:",
              code(patient.species_code_meaning, patient.species_code_scheme, patient.species_code_value));
        field("Breed:", text(patient.breed_description));
        field("Breed code:", code(patient.breed_code_meaning, patient.breed_code_scheme, patient.breed_code_value));
        field("Sex:", text(patient.sex));
        field("Neutered:", text(patient.neutered));
        field("Birth date:", text(patient.birth_date));
        field("Responsible person:", text(patient.responsible_person));
        field("Responsible person role:", text(patient.responsible_person_role));
        field("Responsible organization:", text(patient.responsible_organization));

        vetdicom_image_info info{};
        info.struct_size = sizeof info;
        vetdicom_status status = vetdicom_file_image_info(file.get(), &info);
        if (status == VETDICOM_ERR_NO_PIXEL_DATA) {
            std::cout << "Image: none (the file has no pixel data)\n";
            return 0;
        }
        check(status, "cannot read the image description");
        std::cout << "Image\n";
        field("Size (columns x rows):", std::to_string(info.columns) + " x " + std::to_string(info.rows));
        field("Frames:", std::to_string(info.number_of_frames));
        field("Samples per pixel:", std::to_string(info.samples_per_pixel));
        field("Photometric:", text(info.photometric_interpretation));
        field("Bits alloc/stored/high:", std::to_string(info.bits_allocated) + " / " +
                                             std::to_string(info.bits_stored) + " / " +
                                             std::to_string(info.high_bit));
        field("Pixel representation:", info.pixel_representation ? "signed" : "unsigned");
        field("Planar configuration:", std::to_string(info.planar_configuration));
        field("Pixel data:", info.float_pixels == 32   ? "float32"
                             : info.float_pixels == 64 ? "float64"
                             : info.encapsulated       ? "encapsulated (compressed)"
                                                       : "native");
        field("Transfer syntax:", text(info.transfer_syntax_uid));
        return 0;
    } catch (const Error &e) {
        std::cerr << "patient_info: " << e.what() << '\n';
        return 1;
    }
}
