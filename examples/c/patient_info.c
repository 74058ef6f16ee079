/*
 * patient_info.c - print the veterinary patient and the image description of a DICOM file.
 *
 *   patient_info FILE.dcm
 *
 * Exit status: 0 on success, 1 if the file cannot be read, 2 on a usage error.
 * Build: cc patient_info.c $(pkg-config --cflags --libs vetdicom) -o patient_info
 */
#include <stdio.h>
#include <string.h>

#include <vetdicom/vetdicom.h>

static int fail(const char *what, const char *path, vetdicom_status status)
{
    fprintf(stderr, "patient_info: %s %s: %s (%d): %s\n", what, path, vetdicom_status_string(status), (int)status,
            vetdicom_last_error_message());
    return 1;
}

/* Prints "label: value", or "label: -" for a value the file doesn't have. */
static void field(const char *label, const char *value)
{
    printf("  %-26s %s\n", label, (value != NULL && value[0] != '\0') ? value : "-");
}

/* Prints a coded entry as `meaning [scheme value]`. */
static void code(const char *label, const char *meaning, const char *scheme, const char *value)
{
    if (value == NULL || value[0] == '\0') {
        field(label, NULL);
        return;
    }
    printf("  %-26s %s [%s %s]\n", label, meaning, scheme, value);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s FILE.dcm\n", argv[0]);
        return 2;
    }
    const char *path = argv[1];

    vetdicom_file *file = NULL;
    vetdicom_status status = vetdicom_file_open(path, NULL, &file);
    if (status != VETDICOM_OK)
        return fail("cannot open", path, status);

    printf("File: %s\n", path);

    vetdicom_patient patient;
    memset(&patient, 0, sizeof patient);
    patient.struct_size = sizeof patient;
    status = vetdicom_file_patient(file, &patient);
    if (status != VETDICOM_OK) {
        int rc = fail("cannot read the patient of", path, status);
        vetdicom_file_close(file);
        return rc;
    }
    printf("Patient\n");
    field("Animal name:", patient.animal_name);
    field("Owner family name:", patient.owner_family_name);
    field("Patient name:", patient.patient_name);
    field("Patient ID:", patient.patient_id);
    field("Species:", patient.species_description);
    code("Species code:", patient.species_code_meaning, patient.species_code_scheme, patient.species_code_value);
    field("Breed:", patient.breed_description);
    code("Breed code:", patient.breed_code_meaning, patient.breed_code_scheme, patient.breed_code_value);
    field("Sex:", patient.sex);
    field("Neutered:", patient.neutered);
    field("Birth date:", patient.birth_date);
    field("Responsible person:", patient.responsible_person);
    field("Responsible person role:", patient.responsible_person_role);
    field("Responsible organization:", patient.responsible_organization);

    vetdicom_image_info info;
    memset(&info, 0, sizeof info);
    info.struct_size = sizeof info;
    status = vetdicom_file_image_info(file, &info);
    if (status == VETDICOM_ERR_NO_PIXEL_DATA) {
        printf("Image: none (the file has no pixel data)\n");
        vetdicom_file_close(file);
        return 0;
    }
    if (status != VETDICOM_OK) {
        int rc = fail("cannot read the image description of", path, status);
        vetdicom_file_close(file);
        return rc;
    }
    printf("Image\n");
    printf("  %-26s %u x %u\n", "Size (columns x rows):", info.columns, info.rows);
    printf("  %-26s %u\n", "Frames:", info.number_of_frames);
    printf("  %-26s %u\n", "Samples per pixel:", info.samples_per_pixel);
    printf("  %-26s %s\n", "Photometric:", info.photometric_interpretation);
    printf("  %-26s %u / %u / %u\n", "Bits alloc/stored/high:", info.bits_allocated, info.bits_stored,
           info.high_bit);
    printf("  %-26s %s\n", "Pixel representation:", info.pixel_representation ? "signed" : "unsigned");
    printf("  %-26s %u\n", "Planar configuration:", info.planar_configuration);
    printf("  %-26s %s\n", "Pixel data:",
           info.float_pixels == 32   ? "float32"
           : info.float_pixels == 64 ? "float64"
           : info.encapsulated       ? "encapsulated (compressed)"
                                     : "native");
    printf("  %-26s %s\n", "Transfer syntax:", info.transfer_syntax_uid);

    vetdicom_file_close(file);
    return 0;
}
