/*
 * test_c_api.c - calls every function of vetdicom.h with NULL arguments and checks the status,
 * and checks the version and status-string functions.
 *
 *   test_c_api            NULL handles only
 *   test_c_api FILE.dcm   also open FILE and pass NULL for each other pointer argument in turn
 *
 * Every function declared in the header must appear in this file (ctest `c_api_null_coverage`
 * checks that). Exit status 0 when every check passed, 1 otherwise; each failure is printed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vetdicom/vetdicom.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond, ...)                                                                                    \
    do {                                                                                                    \
        checks++;                                                                                           \
        if (!(cond)) {                                                                                      \
            failures++;                                                                                     \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                                            \
            fprintf(stderr, __VA_ARGS__);                                                                   \
            fputc('\n', stderr);                                                                            \
        }                                                                                                   \
    } while (0)

/* Checks that `call` returned `want`, and that a failing call left a detail message. */
static void expect_status(const char *call, vetdicom_status got, vetdicom_status want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %d (%s), want %d (%s); message: %s\n", call, (int)got,
                vetdicom_status_string(got), (int)want, vetdicom_status_string(want), vetdicom_last_error_message());
        return;
    }
    if (want != VETDICOM_OK) {
        const char *message = vetdicom_last_error_message();
        CHECK(message != NULL && message[0] != '\0', "%s: failed with %d but vetdicom_last_error_message() is empty",
              call, (int)got);
    }
}

/* Some calls may legitimately report either of two statuses (e.g. NULL buffer + capacity). */
static void expect_either(const char *call, vetdicom_status got, vetdicom_status a, vetdicom_status b)
{
    checks++;
    if (got != a && got != b) {
        failures++;
        fprintf(stderr, "FAIL %s: got %d (%s), want %d or %d; message: %s\n", call, (int)got,
                vetdicom_status_string(got), (int)a, (int)b, vetdicom_last_error_message());
    }
}

#define NULL_ARG(call) expect_status(#call, (call), VETDICOM_ERR_NULL_ARGUMENT)

static void test_version_and_status_strings(void)
{
    CHECK(vetdicom_version_number() == VETDICOM_VERSION_NUMBER, "vetdicom_version_number() = %u, header says %u",
          (unsigned)vetdicom_version_number(), (unsigned)VETDICOM_VERSION_NUMBER);
    char want[32];
    snprintf(want, sizeof want, "%d.%d.%d", VETDICOM_VERSION_MAJOR, VETDICOM_VERSION_MINOR, VETDICOM_VERSION_PATCH);
    const char *version = vetdicom_version_string();
    CHECK(version != NULL && strcmp(version, want) == 0, "vetdicom_version_string() = \"%s\", want \"%s\"",
          version ? version : "(null)", want);

    static const vetdicom_status known[] = {
        VETDICOM_OK,
        VETDICOM_ERR_NOT_DICOM,
        VETDICOM_ERR_TRUNCATED,
        VETDICOM_ERR_INVALID_DATA,
        VETDICOM_ERR_UNSUPPORTED_TRANSFER_SYNTAX,
        VETDICOM_ERR_CODEC,
        VETDICOM_ERR_LIMIT_EXCEEDED,
        VETDICOM_ERR_NOT_FOUND,
        VETDICOM_ERR_TYPE_MISMATCH,
        VETDICOM_ERR_NO_PIXEL_DATA,
        VETDICOM_ERR_IO,
        VETDICOM_ERR_OUT_OF_MEMORY,
        VETDICOM_ERR_NULL_ARGUMENT,
        VETDICOM_ERR_INVALID_ARGUMENT,
        VETDICOM_ERR_BUFFER_TOO_SMALL,
        VETDICOM_ERR_OUT_OF_RANGE,
        VETDICOM_ERR_UNKNOWN_OPTION,
    };
    const size_t n = sizeof known / sizeof known[0];
    for (size_t i = 0; i < n; i++) {
        const char *s = vetdicom_status_string(known[i]);
        CHECK(s != NULL && s[0] != '\0', "vetdicom_status_string(%d) is NULL or empty", (int)known[i]);
        if (s == NULL)
            continue;
        /* A fixed text: the same pointer contents on every call, and distinct per status. */
        CHECK(strcmp(s, vetdicom_status_string(known[i])) == 0, "vetdicom_status_string(%d) is not stable",
              (int)known[i]);
        for (size_t j = 0; j < i; j++) {
            const char *t = vetdicom_status_string(known[j]);
            CHECK(t == NULL || strcmp(s, t) != 0, "statuses %d and %d share the text \"%s\"", (int)known[i],
                  (int)known[j], s);
        }
    }
    static const vetdicom_status unknown[] = {-1, 12, 99, 105, 9999, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        const char *s = vetdicom_status_string(unknown[i]);
        CHECK(s != NULL && s[0] != '\0', "vetdicom_status_string(%d) (unknown) is NULL or empty", (int)unknown[i]);
    }
    const char *message = vetdicom_last_error_message();
    CHECK(message != NULL, "vetdicom_last_error_message() is NULL");
}

static void test_options(void)
{
    NULL_ARG(vetdicom_options_create(NULL));
    vetdicom_options_destroy(NULL); /* no-op */
    NULL_ARG(vetdicom_options_set_int64(NULL, VETDICOM_OPT_MAX_DEPTH, 8));
    NULL_ARG(vetdicom_options_set_double(NULL, "window_center", 40.0));
    NULL_ARG(vetdicom_options_set_string(NULL, "voi_lut_function", "LINEAR"));

    vetdicom_options *options = NULL;
    expect_status("vetdicom_options_create(&options)", vetdicom_options_create(&options), VETDICOM_OK);
    if (options == NULL) {
        CHECK(0, "vetdicom_options_create returned OK but no object");
        return;
    }
    NULL_ARG(vetdicom_options_set_int64(options, NULL, 8));
    NULL_ARG(vetdicom_options_set_double(options, NULL, 1.0));
    NULL_ARG(vetdicom_options_set_string(options, NULL, "x"));
    NULL_ARG(vetdicom_options_set_string(options, "voi_lut_function", NULL));
    expect_status("vetdicom_options_set_int64(options, max_depth, 8)",
                  vetdicom_options_set_int64(options, VETDICOM_OPT_MAX_DEPTH, 8), VETDICOM_OK);
    expect_status("vetdicom_options_set_int64(options, no_such_option, 1)",
                  vetdicom_options_set_int64(options, "no_such_option", 1), VETDICOM_ERR_UNKNOWN_OPTION);
    expect_status("vetdicom_options_set_int64(options, max_depth, 0)",
                  vetdicom_options_set_int64(options, VETDICOM_OPT_MAX_DEPTH, 0), VETDICOM_ERR_INVALID_ARGUMENT);
    vetdicom_options_destroy(options);
}

static void test_null_handles(void)
{
    vetdicom_file *file = NULL;
    const vetdicom_dataset *dataset = NULL;
    const char *text = NULL;
    size_t size = 0;
    uint32_t tag = 0;
    uint64_t length = 0;
    int64_t i64 = 0;
    double dbl = 0;
    char vr[3] = {0};
    char buffer[64];
    uint8_t bytes[64];

    NULL_ARG(vetdicom_file_open(NULL, NULL, &file));
    CHECK(file == NULL, "vetdicom_file_open(NULL path) set *out");
    NULL_ARG(vetdicom_file_open("/nonexistent/x.dcm", NULL, NULL));
    /* (NULL, 0) is an empty span: "not DICOM" is as right as "NULL argument". */
    expect_either("vetdicom_file_open_memory(NULL, 0, NULL, &file)", vetdicom_file_open_memory(NULL, 0, NULL, &file),
                  VETDICOM_ERR_NULL_ARGUMENT, VETDICOM_ERR_NOT_DICOM);
    NULL_ARG(vetdicom_file_open_memory(NULL, 132, NULL, &file));
    NULL_ARG(vetdicom_file_open_memory(bytes, sizeof bytes, NULL, NULL));
    vetdicom_file_close(NULL); /* no-op */

    /* A missing file is an I/O error, not a crash. */
    expect_status("vetdicom_file_open(\"/nonexistent/x.dcm\")", vetdicom_file_open("/nonexistent/x.dcm", NULL, &file),
                  VETDICOM_ERR_IO);

    NULL_ARG(vetdicom_file_transfer_syntax(NULL, &text));
    NULL_ARG(vetdicom_file_dataset(NULL, &dataset));
    NULL_ARG(vetdicom_file_meta(NULL, &dataset));

    NULL_ARG(vetdicom_dataset_count(NULL, &size));
    NULL_ARG(vetdicom_dataset_element_at(NULL, 0, &tag, vr, &length));
    NULL_ARG(vetdicom_dataset_vr(NULL, "PatientName", vr));
    NULL_ARG(vetdicom_dataset_vm(NULL, "PatientName", &size));
    NULL_ARG(vetdicom_dataset_get_string(NULL, "PatientName", -1, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_dataset_get_int64(NULL, "Rows", 0, &i64));
    NULL_ARG(vetdicom_dataset_get_double(NULL, "Rows", 0, &dbl));
    NULL_ARG(vetdicom_dataset_get_bytes(NULL, "Rows", bytes, sizeof bytes, &size));
    NULL_ARG(vetdicom_dataset_item_count(NULL, "PatientSpeciesCodeSequence", &size));
    NULL_ARG(vetdicom_dataset_item(NULL, "PatientSpeciesCodeSequence", 0, &dataset));
    NULL_ARG(vetdicom_dataset_to_json(NULL, VETDICOM_JSON_BULK_OMIT, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_dataset_elements(NULL, 64, bytes, sizeof bytes, &size));

    vetdicom_patient patient;
    memset(&patient, 0, sizeof patient);
    patient.struct_size = sizeof patient;
    NULL_ARG(vetdicom_file_patient(NULL, &patient));

    vetdicom_image_info image;
    memset(&image, 0, sizeof image);
    image.struct_size = sizeof image;
    NULL_ARG(vetdicom_file_image_info(NULL, &image));

    vetdicom_frame_info frame;
    memset(&frame, 0, sizeof frame);
    frame.struct_size = sizeof frame;
    NULL_ARG(vetdicom_file_frame_count(NULL, &size));
    NULL_ARG(vetdicom_file_frame_size(NULL, NULL, &size, &frame));
    NULL_ARG(vetdicom_file_decode_frame(NULL, NULL, 0, bytes, sizeof bytes));
    NULL_ARG(vetdicom_file_decode_frames(NULL, NULL, 0, 1, bytes, sizeof bytes));
    NULL_ARG(vetdicom_file_decoder_name(NULL, &text));
    NULL_ARG(vetdicom_tag_keyword(0x00100010u, NULL));
    {
        const char *kw = NULL;
        expect_status("vetdicom_tag_keyword(PatientName)", vetdicom_tag_keyword(0x00100010u, &kw), VETDICOM_OK);
        CHECK(kw != NULL && strcmp(kw, "PatientName") == 0, "keyword of (0010,0010) is %s", kw ? kw : "(null)");
        expect_status("vetdicom_tag_keyword(private)", vetdicom_tag_keyword(0x00091001u, &kw), VETDICOM_ERR_NOT_FOUND);
    }

    uint32_t width = 0, height = 0, channels = 0;
    uint8_t *data = (uint8_t *)bytes;
    double center = 0, window_width = 0;
    NULL_ARG(vetdicom_file_render_size(NULL, NULL, &width, &height, &channels));
    NULL_ARG(vetdicom_file_render(NULL, NULL, 0, bytes, 0, sizeof bytes));
    NULL_ARG(vetdicom_file_render_png(NULL, NULL, 0, "/nonexistent/x.png"));
    NULL_ARG(vetdicom_file_render_jpeg(NULL, NULL, 0, "/nonexistent/x.jpg"));
    size = 77;
    NULL_ARG(vetdicom_file_render_png_memory(NULL, NULL, 0, &data, &size));
    CHECK(data == NULL && size == 0, "vetdicom_file_render_png_memory failed but left *data/*size set");
    data = (uint8_t *)bytes;
    size = 77;
    NULL_ARG(vetdicom_file_render_jpeg_memory(NULL, NULL, 0, &data, &size));
    CHECK(data == NULL && size == 0, "vetdicom_file_render_jpeg_memory failed but left *data/*size set");
    vetdicom_free(NULL); /* no-op */
    NULL_ARG(vetdicom_file_voi_count(NULL, 0, &size, &size));
    NULL_ARG(vetdicom_file_window(NULL, 0, 0, &center, &window_width, buffer, sizeof buffer, &size));
    vetdicom_geometry geometry;
    memset(&geometry, 0, sizeof geometry);
    geometry.struct_size = sizeof geometry;
    NULL_ARG(vetdicom_file_geometry(NULL, 0, &geometry));
    NULL_ARG(vetdicom_file_render_decoded(NULL, NULL, 0, bytes, sizeof bytes, bytes, 0, sizeof bytes));
    NULL_ARG(vetdicom_file_modality_values(NULL, NULL, 0, VETDICOM_MODALITY_FLOAT32, bytes, sizeof bytes, &size));
    /* Clinic archive */
    NULL_ARG(vetdicom_archive_patients_json(NULL, NULL, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_archive_patients_json(".", NULL, buffer, sizeof buffer, NULL));
    NULL_ARG(vetdicom_archive_storage_json(NULL, NULL, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_archive_storage_json(".", NULL, buffer, sizeof buffer, NULL));
    NULL_ARG(vetdicom_archive_storage_html(NULL, NULL, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_archive_storage_html(".", NULL, buffer, sizeof buffer, NULL));
    NULL_ARG(vetdicom_deidentify(NULL, "out", 0, NULL, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_deidentify("in", NULL, 0, NULL, buffer, sizeof buffer, &size));
    expect_status("vetdicom_deidentify(bad flags)",
                  vetdicom_deidentify("in", "out", 0x80u, NULL, buffer, sizeof buffer, &size), VETDICOM_ERR_INVALID_ARGUMENT);
    NULL_ARG(vetdicom_archive_fix(NULL, "out", 0, NULL, NULL, NULL, buffer, sizeof buffer, &size));
    expect_status("vetdicom_archive_fix(bad flags)",
                  vetdicom_archive_fix(".", NULL, 0x80u, NULL, NULL, NULL, buffer, sizeof buffer, &size),
                  VETDICOM_ERR_INVALID_ARGUMENT);
    expect_status("vetdicom_archive_fix(no target)",
                  vetdicom_archive_fix(".", NULL, 0, NULL, NULL, NULL, buffer, sizeof buffer, &size),
                  VETDICOM_ERR_INVALID_ARGUMENT);
    {
        const char *studies[1] = {"in"};
        const char *null_study[1] = {NULL};
        NULL_ARG(vetdicom_archive_share(NULL, 1, "out", 0, NULL, buffer, sizeof buffer, &size));
        NULL_ARG(vetdicom_archive_share(studies, 1, NULL, 0, NULL, buffer, sizeof buffer, &size));
        NULL_ARG(vetdicom_archive_share(null_study, 1, "out", 0, NULL, buffer, sizeof buffer, &size));
        expect_status("vetdicom_archive_share(bad flags)",
                      vetdicom_archive_share(studies, 1, "out", 0x80u, NULL, buffer, sizeof buffer, &size),
                      VETDICOM_ERR_INVALID_ARGUMENT);
        expect_status("vetdicom_archive_share(no studies)",
                      vetdicom_archive_share(studies, 0, "out", 0, NULL, buffer, sizeof buffer, &size),
                      VETDICOM_ERR_INVALID_ARGUMENT);
    }
    expect_status("vetdicom_archive_patients_json(missing dir)",
                  vetdicom_archive_patients_json("/nonexistent/vetdicom-archive", NULL, buffer, sizeof buffer, &size),
                  VETDICOM_ERR_IO);
    NULL_ARG(vetdicom_file_check(NULL, NULL, buffer, sizeof buffer, &size));
    NULL_ARG(vetdicom_file_check("/nonexistent/x.dcm", NULL, buffer, sizeof buffer, NULL));
}

/* With a real file: every other pointer argument NULL in turn. */
static void test_null_outputs(const char *path)
{
    vetdicom_file *file = NULL;
    vetdicom_status status = vetdicom_file_open(path, NULL, &file);
    expect_status("vetdicom_file_open(sample)", status, VETDICOM_OK);
    if (status != VETDICOM_OK || file == NULL)
        return;

    const vetdicom_dataset *dataset = NULL;
    const vetdicom_dataset *item = NULL;
    size_t size = 0;
    char vr[3] = {0};
    char buffer[64];
    uint8_t bytes[64];

    NULL_ARG(vetdicom_file_transfer_syntax(file, NULL));
    NULL_ARG(vetdicom_file_dataset(file, NULL));
    NULL_ARG(vetdicom_file_meta(file, NULL));
    NULL_ARG(vetdicom_file_patient(file, NULL));
    NULL_ARG(vetdicom_file_image_info(file, NULL));
    NULL_ARG(vetdicom_file_frame_count(file, NULL));
    NULL_ARG(vetdicom_file_frame_size(file, NULL, NULL, NULL));
    NULL_ARG(vetdicom_file_decoder_name(file, NULL));
    /* No buffer: either caller error or "too small", never a write or a crash. */
    expect_either("vetdicom_file_decode_frame(file, NULL, 0, NULL, 0)",
                  vetdicom_file_decode_frame(file, NULL, 0, NULL, 0), VETDICOM_ERR_NULL_ARGUMENT,
                  VETDICOM_ERR_BUFFER_TOO_SMALL);
    NULL_ARG(vetdicom_file_decode_frame(file, NULL, 0, NULL, (size_t)1 << 30));
    expect_either("vetdicom_file_decode_frames(file, NULL, 0, 1, NULL, 0)",
                  vetdicom_file_decode_frames(file, NULL, 0, 1, NULL, 0), VETDICOM_ERR_NULL_ARGUMENT,
                  VETDICOM_ERR_BUFFER_TOO_SMALL);
    NULL_ARG(vetdicom_file_decode_frames(file, NULL, 0, 1, NULL, (size_t)1 << 30));
    expect_status("vetdicom_file_frame_size(file, NULL, &size, NULL)",
                  vetdicom_file_frame_size(file, NULL, &size, NULL), VETDICOM_OK);

    /* Rendering from decoded pixels, modality values. */
    NULL_ARG(vetdicom_file_render_decoded(file, NULL, 0, NULL, 64, bytes, 0, sizeof bytes));
    NULL_ARG(vetdicom_file_render_decoded(file, NULL, 0, bytes, sizeof bytes, NULL, 0, sizeof bytes));
    NULL_ARG(vetdicom_file_modality_values(file, NULL, 0, VETDICOM_MODALITY_INT32, bytes, sizeof bytes, NULL));
    expect_status("vetdicom_file_modality_values(bad format)",
                  vetdicom_file_modality_values(file, NULL, 0, 7, bytes, sizeof bytes, &size), VETDICOM_ERR_INVALID_ARGUMENT);

    /* Rendering. */
    uint32_t width = 0, height = 0, channels = 0;
    NULL_ARG(vetdicom_file_render_size(file, NULL, NULL, &height, &channels));
    NULL_ARG(vetdicom_file_render_size(file, NULL, &width, NULL, &channels));
    NULL_ARG(vetdicom_file_render_size(file, NULL, &width, &height, NULL));
    expect_either("vetdicom_file_render(file, NULL, 0, NULL, 0, 0)", vetdicom_file_render(file, NULL, 0, NULL, 0, 0),
                  VETDICOM_ERR_NULL_ARGUMENT, VETDICOM_ERR_BUFFER_TOO_SMALL);
    NULL_ARG(vetdicom_file_render(file, NULL, 0, NULL, 0, (size_t)1 << 30));
    NULL_ARG(vetdicom_file_render_png(file, NULL, 0, NULL));
    NULL_ARG(vetdicom_file_render_jpeg(file, NULL, 0, NULL));
    uint8_t *data = NULL;
    NULL_ARG(vetdicom_file_render_png_memory(file, NULL, 0, NULL, &size));
    NULL_ARG(vetdicom_file_render_png_memory(file, NULL, 0, &data, NULL));
    NULL_ARG(vetdicom_file_render_jpeg_memory(file, NULL, 0, NULL, &size));
    NULL_ARG(vetdicom_file_render_jpeg_memory(file, NULL, 0, &data, NULL));
    /* One real call: library-allocated PNG, freed with vetdicom_free. */
    size = 0;
    status = vetdicom_file_render_png_memory(file, NULL, 0, &data, &size);
    expect_status("vetdicom_file_render_png_memory(file, NULL, 0, &data, &size)", status, VETDICOM_OK);
    if (status == VETDICOM_OK) {
        static const uint8_t png_signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        CHECK(data != NULL && size > 8 && memcmp(data, png_signature, 8) == 0, "rendered PNG lacks the signature");
        vetdicom_free(data);
    }
    size_t windows = 0, luts = 0;
    NULL_ARG(vetdicom_file_voi_count(file, 0, NULL, &luts));
    NULL_ARG(vetdicom_file_voi_count(file, 0, &windows, NULL));
    double center = 0, window_width = 0;
    NULL_ARG(vetdicom_file_window(file, 0, 0, &center, &window_width, buffer, sizeof buffer, NULL));
    if (vetdicom_file_voi_count(file, 0, &windows, &luts) == VETDICOM_OK && windows > 0) {
        NULL_ARG(vetdicom_file_window(file, 0, 0, NULL, &window_width, buffer, sizeof buffer, &size));
        NULL_ARG(vetdicom_file_window(file, 0, 0, &center, NULL, buffer, sizeof buffer, &size));
        expect_status("vetdicom_file_window(file, 0, 0, &c, &w, NULL, 0, &length)",
                      vetdicom_file_window(file, 0, 0, &center, &window_width, NULL, 0, &size), VETDICOM_OK);
    }
    NULL_ARG(vetdicom_file_geometry(file, 0, NULL));

    status = vetdicom_file_dataset(file, &dataset);
    expect_status("vetdicom_file_dataset(file, &dataset)", status, VETDICOM_OK);
    if (status == VETDICOM_OK && dataset != NULL) {
        NULL_ARG(vetdicom_dataset_count(dataset, NULL));
        /* element_at: every out pointer may be NULL. */
        expect_status("vetdicom_dataset_element_at(ds, 0, NULL, NULL, NULL)",
                      vetdicom_dataset_element_at(dataset, 0, NULL, NULL, NULL), VETDICOM_OK);
        NULL_ARG(vetdicom_dataset_vr(dataset, NULL, vr));
        NULL_ARG(vetdicom_dataset_vr(dataset, "PatientName", NULL));
        NULL_ARG(vetdicom_dataset_vm(dataset, NULL, &size));
        NULL_ARG(vetdicom_dataset_vm(dataset, "PatientName", NULL));
        NULL_ARG(vetdicom_dataset_get_string(dataset, NULL, -1, buffer, sizeof buffer, &size));
        NULL_ARG(vetdicom_dataset_get_string(dataset, "PatientName", -1, buffer, sizeof buffer, NULL));
        /* The size query: a NULL buffer is allowed and reports the length. */
        size = 0;
        expect_status("vetdicom_dataset_get_string(ds, PatientName, -1, NULL, 0, &size)",
                      vetdicom_dataset_get_string(dataset, "PatientName", -1, NULL, 0, &size),
                      VETDICOM_ERR_BUFFER_TOO_SMALL);
        CHECK(size > 0, "size query of PatientName gave length 0");
        NULL_ARG(vetdicom_dataset_get_int64(dataset, NULL, 0, (int64_t[1]){0}));
        NULL_ARG(vetdicom_dataset_get_int64(dataset, "Rows", 0, NULL));
        NULL_ARG(vetdicom_dataset_get_double(dataset, NULL, 0, (double[1]){0}));
        NULL_ARG(vetdicom_dataset_get_double(dataset, "Rows", 0, NULL));
        NULL_ARG(vetdicom_dataset_get_bytes(dataset, NULL, bytes, sizeof bytes, &size));
        NULL_ARG(vetdicom_dataset_get_bytes(dataset, "Rows", bytes, sizeof bytes, NULL));
        size = 0;
        expect_status("vetdicom_dataset_get_bytes(ds, Rows, NULL, 0, &size)",
                      vetdicom_dataset_get_bytes(dataset, "Rows", NULL, 0, &size), VETDICOM_ERR_BUFFER_TOO_SMALL);
        CHECK(size == 2, "Rows (US) is %zu bytes, want 2", size);
        NULL_ARG(vetdicom_dataset_item_count(dataset, NULL, &size));
        NULL_ARG(vetdicom_dataset_item_count(dataset, "PatientSpeciesCodeSequence", NULL));
        NULL_ARG(vetdicom_dataset_item(dataset, NULL, 0, &item));
        NULL_ARG(vetdicom_dataset_item(dataset, "PatientSpeciesCodeSequence", 0, NULL));
        NULL_ARG(vetdicom_dataset_to_json(dataset, VETDICOM_JSON_BULK_OMIT, buffer, sizeof buffer, NULL));
        size = 0;
        expect_status("vetdicom_dataset_to_json(ds, 0, NULL, 0, &size)",
                      vetdicom_dataset_to_json(dataset, VETDICOM_JSON_BULK_OMIT, NULL, 0, &size),
                      VETDICOM_ERR_BUFFER_TOO_SMALL);
        CHECK(size > 2, "JSON size query gave %zu", size);
        NULL_ARG(vetdicom_dataset_elements(dataset, 64, bytes, sizeof bytes, NULL));
        size = 0;
        expect_status("vetdicom_dataset_elements(ds, 64, NULL, 0, &size)",
                      vetdicom_dataset_elements(dataset, 64, NULL, 0, &size), VETDICOM_ERR_BUFFER_TOO_SMALL);
        CHECK(size > 8, "elements size query gave %zu", size);
        /* Keys are checked too: an empty key is malformed. */
        expect_status("vetdicom_dataset_vm(ds, \"\", &size)", vetdicom_dataset_vm(dataset, "", &size),
                      VETDICOM_ERR_INVALID_ARGUMENT);
    }

    vetdicom_options *options = NULL;
    if (vetdicom_options_create(&options) == VETDICOM_OK && options != NULL) {
        NULL_ARG(vetdicom_file_open(NULL, options, &file));
        NULL_ARG(vetdicom_file_open(path, options, NULL));
        vetdicom_options_destroy(options);
    }

    vetdicom_file_close(file);
}

/* Editing and saving: NULL arguments, then a small real edit/save round trip in memory. */
static void test_editing(void)
{
    vetdicom_file *file = NULL;
    size_t size = 0;
    uint32_t block = 0;
    const int64_t ints[1] = {512};
    const double reals[2] = {0.15, 0.15};
    uint8_t *data = NULL;

    NULL_ARG(vetdicom_file_create(NULL, NULL));
    NULL_ARG(vetdicom_file_set_string(NULL, "PatientName", "Smith^Buddy"));
    NULL_ARG(vetdicom_file_set_element(NULL, "(0009,1001)", "OB", (const uint8_t *)"ab", 2));
    NULL_ARG(vetdicom_file_set_int64s(NULL, "Rows", ints, 1));
    NULL_ARG(vetdicom_file_set_doubles(NULL, "PixelSpacing", reals, 2));
    NULL_ARG(vetdicom_file_remove(NULL, "PatientName"));
    NULL_ARG(vetdicom_file_item_add(NULL, "ReferencedImageSequence", &size));
    NULL_ARG(vetdicom_file_item_remove(NULL, "ReferencedImageSequence", 0));
    NULL_ARG(vetdicom_file_private_block(NULL, 0x0009, "VETDICOM", &block));
    NULL_ARG(vetdicom_file_save(NULL, "/nonexistent/x.dcm", NULL, NULL));
    size = 77;
    data = (uint8_t *)&block;
    NULL_ARG(vetdicom_file_save_memory(NULL, NULL, NULL, &data, &size));
    CHECK(data == NULL && size == 0, "vetdicom_file_save_memory failed but left *data/*size set");

    expect_status("vetdicom_file_create", vetdicom_file_create(NULL, &file), VETDICOM_OK);
    if (file == NULL)
        return;
    NULL_ARG(vetdicom_file_set_string(file, NULL, "x"));
    NULL_ARG(vetdicom_file_set_string(file, "PatientName", NULL));
    NULL_ARG(vetdicom_file_set_element(file, NULL, "OB", (const uint8_t *)"ab", 2));
    NULL_ARG(vetdicom_file_set_element(file, "(0009,1001)", "OB", NULL, 2));
    NULL_ARG(vetdicom_file_set_int64s(file, NULL, ints, 1));
    NULL_ARG(vetdicom_file_set_int64s(file, "Rows", NULL, 1));
    NULL_ARG(vetdicom_file_set_doubles(file, NULL, reals, 2));
    NULL_ARG(vetdicom_file_set_doubles(file, "PixelSpacing", NULL, 2));
    NULL_ARG(vetdicom_file_remove(file, NULL));
    NULL_ARG(vetdicom_file_item_add(file, NULL, &size));
    NULL_ARG(vetdicom_file_item_remove(file, NULL, 0));
    NULL_ARG(vetdicom_file_private_block(file, 0x0009, NULL, &block));
    NULL_ARG(vetdicom_file_private_block(file, 0x0009, "VETDICOM", NULL));
    NULL_ARG(vetdicom_file_save(file, NULL, NULL, NULL));
    NULL_ARG(vetdicom_file_save_memory(file, NULL, NULL, NULL, &size));
    NULL_ARG(vetdicom_file_save_memory(file, NULL, NULL, &data, NULL));

    expect_status("set_string(PatientName)", vetdicom_file_set_string(file, "PatientName", "Smith^Buddy"), VETDICOM_OK);
    expect_status("set_string(too long SH)", vetdicom_file_set_string(file, "AccessionNumber", "12345678901234567"),
                  VETDICOM_ERR_INVALID_VALUE);
    expect_status("set_int64s(Rows)", vetdicom_file_set_int64s(file, "Rows", ints, 1), VETDICOM_OK);
    expect_status("set_doubles(PixelSpacing)", vetdicom_file_set_doubles(file, "PixelSpacing", reals, 2), VETDICOM_OK);
    expect_status("set_doubles(Rows, VM 1)", vetdicom_file_set_doubles(file, "Rows", reals, 2), VETDICOM_ERR_INVALID_VALUE);
    expect_status("private_block", vetdicom_file_private_block(file, 0x0009, "VETDICOM", &block), VETDICOM_OK);
    CHECK(block == 0x10, "first private block is 0x%x", block);
    expect_status("item_add", vetdicom_file_item_add(file, "PatientSpeciesCodeSequence", &size), VETDICOM_OK);
    expect_status("set in item", vetdicom_file_set_string(file, "PatientSpeciesCodeSequence[0].CodeMeaning", "Dog"),
                  VETDICOM_OK);
    {
        const vetdicom_dataset *ds = NULL;
        char buffer[64];
        size_t len = 0;
        vetdicom_file_dataset(file, &ds);
        expect_status("get after edit", vetdicom_dataset_get_string(ds, "PatientSpeciesCodeSequence[0].CodeMeaning", -1,
                      buffer, sizeof buffer, &len), VETDICOM_OK);
        CHECK(strcmp(buffer, "Dog") == 0, "edited value reads back as '%s'", buffer);
    }
    data = NULL;
    expect_status("save_memory", vetdicom_file_save_memory(file, NULL, NULL, &data, &size), VETDICOM_OK);
    CHECK(data != NULL && size > 132 && memcmp(data + 128, "DICM", 4) == 0, "saved bytes are not Part 10");
    vetdicom_free(data);
    expect_status("save to a missing directory", vetdicom_file_save(file, "/nonexistent/dir/x.dcm", NULL, NULL),
                  VETDICOM_ERR_IO);
    vetdicom_file_close(file);
}

/* "Transcoding and encoded frames": NULL arguments, one transcode to RLE and back to native,
 * the encoded frame size query, refusal of an unknown syntax. */
static void test_transcode(const char *path)
{
    size_t size = 0;
    uint8_t bytes[16];
    const uint8_t *frames[1] = {bytes};
    size_t lengths[1] = {sizeof bytes};
    uint8_t *mem = NULL;
    NULL_ARG(vetdicom_file_transcode(NULL, "/tmp/x.dcm", "rle", NULL));
    NULL_ARG(vetdicom_file_transcode_memory(NULL, "rle", NULL, &mem, &size));
    NULL_ARG(vetdicom_file_encoded_frame(NULL, 0, bytes, sizeof bytes, &size));
    NULL_ARG(vetdicom_file_set_encoded_frames(NULL, "rle", 1, frames, lengths));

    vetdicom_file *file = NULL;
    vetdicom_status status = vetdicom_file_open(path, NULL, &file);
    expect_status("vetdicom_file_open(argv[1])", status, VETDICOM_OK);
    if (status != VETDICOM_OK || file == NULL)
        return;
    NULL_ARG(vetdicom_file_transcode(file, NULL, "rle", NULL));
    NULL_ARG(vetdicom_file_transcode(file, "/tmp/x.dcm", NULL, NULL));
    NULL_ARG(vetdicom_file_transcode_memory(file, NULL, NULL, &mem, &size));
    NULL_ARG(vetdicom_file_transcode_memory(file, "rle", NULL, NULL, &size));
    NULL_ARG(vetdicom_file_transcode_memory(file, "rle", NULL, &mem, NULL));
    NULL_ARG(vetdicom_file_encoded_frame(file, 0, bytes, sizeof bytes, NULL));
    NULL_ARG(vetdicom_file_set_encoded_frames(file, NULL, 1, frames, lengths));
    NULL_ARG(vetdicom_file_set_encoded_frames(file, "rle", 1, NULL, lengths));
    NULL_ARG(vetdicom_file_set_encoded_frames(file, "rle", 1, frames, NULL));
    expect_status("vetdicom_file_transcode(file, path, \"no-such-syntax\", NULL)",
                  vetdicom_file_transcode(file, "/tmp/vetdicom_test_c_never.dcm", "no-such-syntax", NULL),
                  VETDICOM_ERR_UNSUPPORTED);

    const char *out = "/tmp/vetdicom_test_c_api_transcode.dcm";
    expect_status("vetdicom_file_transcode(file, out, \"rle\", NULL)", vetdicom_file_transcode(file, out, "rle", NULL),
                  VETDICOM_OK);
    vetdicom_file *rle = NULL;
    if (vetdicom_file_open(out, NULL, &rle) == VETDICOM_OK) {
        const char *ts = NULL;
        vetdicom_file_transfer_syntax(rle, &ts);
        CHECK(ts != NULL && strcmp(ts, "1.2.840.10008.1.2.5") == 0, "transcoded file has syntax %s", ts ? ts : "(null)");
        size = 0;
        status = vetdicom_file_encoded_frame(rle, 0, NULL, 0, &size);
        CHECK(size > 64, "encoded frame size query gave %zu (status %d)", size, (int)status);
        vetdicom_file_close(rle);
    } else {
        CHECK(0, "cannot open the transcoded file %s", out);
    }
    /* To memory: the same bytes as the file (a lossless target keeps the SOP Instance UID). */
    FILE *fp = fopen(out, "rb");
    long file_size = -1;
    uint8_t *file_bytes = NULL;
    if (fp != NULL && fseek(fp, 0, SEEK_END) == 0 && (file_size = ftell(fp)) > 0 && fseek(fp, 0, SEEK_SET) == 0) {
        file_bytes = malloc((size_t)file_size);
        if (file_bytes != NULL && fread(file_bytes, 1, (size_t)file_size, fp) != (size_t)file_size)
            file_size = -1;
    }
    if (fp != NULL)
        fclose(fp);
    size = 0;
    expect_status("vetdicom_file_transcode_memory(file, \"rle\")",
                  vetdicom_file_transcode_memory(file, "rle", NULL, &mem, &size), VETDICOM_OK);
    CHECK(mem != NULL && file_bytes != NULL && (long)size == file_size && memcmp(mem, file_bytes, size) == 0,
          "transcode to memory (%zu bytes) differs from the file (%ld bytes)", size, file_size);
    vetdicom_free(mem);
    free(file_bytes);
    mem = (uint8_t *)1;
    size = 1;
    expect_status("vetdicom_file_transcode_memory(file, \"no-such-syntax\")",
                  vetdicom_file_transcode_memory(file, "no-such-syntax", NULL, &mem, &size), VETDICOM_ERR_UNSUPPORTED);
    CHECK(mem == NULL && size == 0, "a failed transcode to memory leaves data %p size %zu", (void *)mem, size);
    remove(out);
    vetdicom_file_close(file);
}

/* Fixes of the writing half: an item handle of an item added by an edit is invalidated when
 * its file is closed (VETDICOM_ERR_CLOSED, never a use of freed memory); the cached C strings
 * (transfer syntax, patient) follow edits and new encoded frames, and pointers handed out
 * before stay readable until close. */
static void test_edit_handles_and_cached_strings(const char *path)
{
    vetdicom_file *file = NULL;
    const vetdicom_dataset *ds = NULL;
    const vetdicom_dataset *item = NULL;
    size_t size = 0;

    expect_status("create", vetdicom_file_create(NULL, &file), VETDICOM_OK);
    if (file == NULL)
        return;
    expect_status("item_add", vetdicom_file_item_add(file, "ReferencedImageSequence", &size), VETDICOM_OK);
    expect_status("set in new item",
                  vetdicom_file_set_string(file, "ReferencedImageSequence[0].ReferencedSOPInstanceUID", "1.2.3"),
                  VETDICOM_OK);
    expect_status("file_dataset", vetdicom_file_dataset(file, &ds), VETDICOM_OK);
    expect_status("dataset_item(new item)", vetdicom_dataset_item(ds, "ReferencedImageSequence", 0, &item), VETDICOM_OK);
    size = 0;
    expect_status("dataset_count(new item)", vetdicom_dataset_count(item, &size), VETDICOM_OK);
    CHECK(size == 1, "the added item has %zu elements", size);
    vetdicom_file_close(file);
    expect_status("dataset_count(item of a closed file)", vetdicom_dataset_count(item, &size), VETDICOM_ERR_CLOSED);
    expect_status("dataset_count(data set of a closed file)", vetdicom_dataset_count(ds, &size), VETDICOM_ERR_CLOSED);

    if (path == NULL)
        return;
    file = NULL;
    if (vetdicom_file_open(path, NULL, &file) != VETDICOM_OK || file == NULL) {
        CHECK(0, "cannot open %s", path);
        return;
    }
    const char *ts_before = NULL, *ts_after = NULL;
    char before[80];
    vetdicom_file_transfer_syntax(file, &ts_before);
    CHECK(ts_before != NULL, "no transfer syntax");
    snprintf(before, sizeof before, "%s", ts_before ? ts_before : "");
    vetdicom_patient p0, p1;
    memset(&p0, 0, sizeof p0);
    p0.struct_size = sizeof p0;
    p1 = p0;
    expect_status("patient", vetdicom_file_patient(file, &p0), VETDICOM_OK);
    expect_status("set AnimalName-bearing PatientName", vetdicom_file_set_string(file, "PatientName", "Jones^Rex"), VETDICOM_OK);
    expect_status("patient after edit", vetdicom_file_patient(file, &p1), VETDICOM_OK);
    CHECK(p1.patient_name && strcmp(p1.patient_name, "Jones^Rex") == 0, "patient name after edit: %s",
          p1.patient_name ? p1.patient_name : "(null)");
    CHECK(p0.patient_name != NULL && strlen(p0.patient_name) < 1000, "old patient string unreadable");
    {
        uint8_t frame[4] = {0, 0, 0, 0};
        const uint8_t *frames[1] = {frame};
        size_t lengths[1] = {sizeof frame};
        expect_status("set_encoded_frames(rle)", vetdicom_file_set_encoded_frames(file, "rle", 1, frames, lengths),
                      VETDICOM_OK);
    }
    vetdicom_file_transfer_syntax(file, &ts_after);
    CHECK(ts_after != NULL && strcmp(ts_after, "1.2.840.10008.1.2.5") == 0, "transfer syntax after set_encoded_frames: %s",
          ts_after ? ts_after : "(null)");
    CHECK(strcmp(ts_before, before) == 0, "the transfer syntax string handed out before the edit changed: %s", ts_before);
    vetdicom_file_close(file);
}

/* Creating images: NULL arguments, then one real DX whose patient reads back. */
static void test_create_image(void)
{
    vetdicom_file *file = NULL;
    uint16_t pixels[4 * 6];
    for (int i = 0; i < 4 * 6; i++)
        pixels[i] = (uint16_t)(i * 100);
    vetdicom_pixel_description px = {.struct_size = sizeof px, .rows = 4, .columns = 6, .samples_per_pixel = 1,
                                     .bits_allocated = 16, .bits_stored = 12};
    vetdicom_patient patient = {.struct_size = sizeof patient, .animal_name = "Buddy", .owner_family_name = "Smith",
                                .patient_id = "VET-1", .species_description = "Canine"};
    const char *attributes[] = {"StudyDescription=Thorax", "ImagerPixelSpacing=0.1\\0.1", NULL};
    vetdicom_create_info info = {.struct_size = sizeof info, .modality = "DX", .patient = &patient,
                                 .attributes = attributes};

    NULL_ARG(vetdicom_file_create_image(NULL, &px, pixels, sizeof pixels, &file));
    CHECK(file == NULL, "vetdicom_file_create_image(NULL info) set *file");
    NULL_ARG(vetdicom_file_create_image(&info, NULL, pixels, sizeof pixels, &file));
    NULL_ARG(vetdicom_file_create_image(&info, &px, NULL, sizeof pixels, &file));
    NULL_ARG(vetdicom_file_create_image(&info, &px, pixels, sizeof pixels, NULL));
    vetdicom_create_info no_modality = info;
    no_modality.modality = NULL;
    NULL_ARG(vetdicom_file_create_image(&no_modality, &px, pixels, sizeof pixels, &file));
    vetdicom_create_info small = info;
    small.struct_size = 8;
    expect_status("vetdicom_file_create_image(struct_size 8)",
                  vetdicom_file_create_image(&small, &px, pixels, sizeof pixels, &file), VETDICOM_ERR_INVALID_ARGUMENT);
    expect_status("vetdicom_file_create_image(short pixel data)",
                  vetdicom_file_create_image(&info, &px, pixels, sizeof pixels - 2, &file), VETDICOM_ERR_INVALID_ARGUMENT);
    vetdicom_create_info xa = info;
    xa.modality = "XA";
    expect_status("vetdicom_file_create_image(modality XA)",
                  vetdicom_file_create_image(&xa, &px, pixels, sizeof pixels, &file), VETDICOM_ERR_UNSUPPORTED);
    vetdicom_create_info bad_root = info;
    bad_root.uid_root = "1.02.x";
    expect_status("vetdicom_file_create_image(bad uid_root)",
                  vetdicom_file_create_image(&bad_root, &px, pixels, sizeof pixels, &file), VETDICOM_ERR_INVALID_VALUE);
    CHECK(file == NULL, "a failed vetdicom_file_create_image left *file set");

    expect_status("vetdicom_file_create_image(DX)", vetdicom_file_create_image(&info, &px, pixels, sizeof pixels, &file),
                  VETDICOM_OK);
    if (file != NULL) {
        vetdicom_patient back = {.struct_size = sizeof back};
        expect_status("vetdicom_file_patient(created)", vetdicom_file_patient(file, &back), VETDICOM_OK);
        CHECK(back.patient_name && strcmp(back.patient_name, "Smith^Buddy") == 0, "created PatientName is %s",
              back.patient_name ? back.patient_name : "(null)");
        CHECK(back.responsible_person_role && strcmp(back.responsible_person_role, "OWNER") == 0,
              "created ResponsiblePersonRole is %s", back.responsible_person_role ? back.responsible_person_role : "(null)");
        vetdicom_file_close(file);
    }

    char uid[80];
    size_t length = 0;
    NULL_ARG(vetdicom_uid_generate(NULL, uid, sizeof uid, NULL));
    expect_status("vetdicom_uid_generate(NULL root)", vetdicom_uid_generate(NULL, uid, sizeof uid, &length), VETDICOM_OK);
    CHECK(strncmp(uid, "2.25.", 5) == 0 && length == strlen(uid) && length <= 64, "generated UID %s", uid);
    expect_status("vetdicom_uid_generate(root)", vetdicom_uid_generate("1.2.826.0.1.3680043.10.999", uid, sizeof uid, &length),
                  VETDICOM_OK);
    /* Up to 64 characters: the random 128-bit number's digits after the root, cut to fit; a
     * number with fewer digits gives a shorter UID (the version bit keeps it >= 24 digits). */
    CHECK(strncmp(uid, "1.2.826.0.1.3680043.10.999.", 27) == 0 && length == strlen(uid) && length <= 64 &&
              length >= 27 + 24 && uid[27] != '0',
          "generated UID under a root: %s", uid);
    expect_status("vetdicom_uid_generate(NULL buffer)", vetdicom_uid_generate(NULL, NULL, 0, &length),
                  VETDICOM_ERR_BUFFER_TOO_SMALL);
}

int main(int argc, char **argv)
{
    test_version_and_status_strings();
    test_options();
    test_null_handles();
    test_editing();
    test_create_image();
    if (argc > 1)
        test_null_outputs(argv[1]);
    if (argc > 1)
        test_transcode(argv[1]);
    test_edit_handles_and_cached_strings(argc > 1 ? argv[1] : NULL);
    printf("%d checks, %d failures (libvetdicom %s)\n", checks, failures, vetdicom_version_string());
    return failures == 0 ? 0 : 1;
}
