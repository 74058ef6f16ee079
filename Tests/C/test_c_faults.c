/*
 * test_c_faults.c - misuse of the C API must give a status, never a crash (issue "survive real
 * faults"):
 *   - every function with a closed file / destroyed options / data set of a closed file
 *     -> VETDICOM_ERR_CLOSED; with a handle of another kind -> VETDICOM_ERR_WRONG_HANDLE;
 *     double close / destroy and a never-issued pointer are harmless;
 *   - the struct_size rule: any size from the 1.0 size up is accepted and the library writes
 *     min(struct_size, its size) bytes; a smaller size is INVALID_ARGUMENT and nothing is written;
 *   - vetdicom_file_render with a stride whose stride x (rows - 1) + row bytes overflows.
 *
 *   test_c_faults FILE.dcm     (an image file with at least 2 rows, e.g. `vetdicom sample`)
 * Exit status 0 when every check passed.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vetdicom/vetdicom.h>

static int failures = 0;
static int checks = 0;

static void expect(const char *what, vetdicom_status got, vetdicom_status want)
{
    checks++;
    if (got != want) {
        failures++;
        fprintf(stderr, "FAIL %s: got %d (%s), want %d (%s); message: %s\n", what, (int)got,
                vetdicom_status_string(got), (int)want, vetdicom_status_string(want), vetdicom_last_error_message());
    }
}

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

/* Every function that takes a vetdicom_file, called with `f` (and valid other arguments). */
static void all_file_functions(const char *label, const vetdicom_file *f, vetdicom_status want)
{
    char what[160];
#define F(call)                                                                                             \
    do {                                                                                                    \
        snprintf(what, sizeof what, "%s: %s", label, #call);                                                \
        expect(what, (call), want);                                                                         \
    } while (0)
    const char *s = NULL;
    const vetdicom_dataset *ds = NULL;
    size_t n = 0, m = 0;
    uint32_t w = 0, h = 0, c = 0;
    double a = 0, b = 0;
    uint8_t buf[64];
    uint8_t *mem = NULL;
    vetdicom_patient patient = {.struct_size = sizeof patient};
    vetdicom_image_info info = {.struct_size = sizeof info};
    vetdicom_frame_info finfo = {.struct_size = sizeof finfo};
    vetdicom_geometry geometry = {.struct_size = sizeof geometry};
    F(vetdicom_file_transfer_syntax(f, &s));
    F(vetdicom_file_dataset(f, &ds));
    F(vetdicom_file_meta(f, &ds));
    F(vetdicom_file_patient(f, &patient));
    F(vetdicom_file_image_info(f, &info));
    F(vetdicom_file_frame_count(f, &n));
    F(vetdicom_file_frame_size(f, NULL, &n, &finfo));
    F(vetdicom_file_decode_frame(f, NULL, 0, buf, sizeof buf));
    F(vetdicom_file_decode_frames(f, NULL, 0, 1, buf, sizeof buf));
    F(vetdicom_file_decoder_name(f, &s));
    F(vetdicom_file_render_size(f, NULL, &w, &h, &c));
    F(vetdicom_file_render(f, NULL, 0, buf, 0, sizeof buf));
    F(vetdicom_file_render_png(f, NULL, 0, "/nonexistent-dir/x.png"));
    F(vetdicom_file_render_jpeg(f, NULL, 0, "/nonexistent-dir/x.jpg"));
    F(vetdicom_file_render_png_memory(f, NULL, 0, &mem, &n));
    F(vetdicom_file_render_jpeg_memory(f, NULL, 0, &mem, &n));
    F(vetdicom_file_voi_count(f, 0, &n, &m));
    F(vetdicom_file_window(f, 0, 0, &a, &b, NULL, 0, &n));
    F(vetdicom_file_geometry(f, 0, &geometry));
#undef F
}

/* Every function that takes a vetdicom_dataset. */
static void all_dataset_functions(const char *label, const vetdicom_dataset *d, vetdicom_status want)
{
    char what[160];
#define D(call)                                                                                             \
    do {                                                                                                    \
        snprintf(what, sizeof what, "%s: %s", label, #call);                                                \
        expect(what, (call), want);                                                                         \
    } while (0)
    size_t n = 0;
    uint32_t tag = 0;
    char vr[3];
    uint64_t len = 0;
    int64_t i = 0;
    double x = 0;
    char text[64];
    const vetdicom_dataset *item = NULL;
    D(vetdicom_dataset_count(d, &n));
    D(vetdicom_dataset_element_at(d, 0, &tag, vr, &len));
    D(vetdicom_dataset_vr(d, "PatientName", vr));
    D(vetdicom_dataset_vm(d, "PatientName", &n));
    D(vetdicom_dataset_get_string(d, "PatientName", -1, text, sizeof text, &n));
    D(vetdicom_dataset_get_int64(d, "Rows", 0, &i));
    D(vetdicom_dataset_get_double(d, "Rows", 0, &x));
    D(vetdicom_dataset_get_bytes(d, "PatientName", (uint8_t *)text, sizeof text, &n));
    D(vetdicom_dataset_item_count(d, "PatientSpeciesCodeSequence", &n));
    D(vetdicom_dataset_item(d, "PatientSpeciesCodeSequence", 0, &item));
    D(vetdicom_dataset_to_json(d, 0, text, sizeof text, &n));
#undef D
}

static void all_options_functions(const char *label, vetdicom_options *o, vetdicom_status want)
{
    char what[160];
    snprintf(what, sizeof what, "%s: vetdicom_options_set_int64", label);
    expect(what, vetdicom_options_set_int64(o, "max_depth", 10), want);
    snprintf(what, sizeof what, "%s: vetdicom_options_set_double", label);
    expect(what, vetdicom_options_set_double(o, "window_center", 10.0), want);
    snprintf(what, sizeof what, "%s: vetdicom_options_set_string", label);
    expect(what, vetdicom_options_set_string(o, "output_format", "gray8"), want);
}

static void test_handles(const char *path)
{
    vetdicom_file *f = NULL;
    vetdicom_options *o = NULL;
    expect("open", vetdicom_file_open(path, NULL, &f), VETDICOM_OK);
    expect("options_create", vetdicom_options_create(&o), VETDICOM_OK);
    if (!f || !o)
        return;
    const vetdicom_dataset *ds = NULL, *meta = NULL, *item = NULL;
    expect("dataset", vetdicom_file_dataset(f, &ds), VETDICOM_OK);
    expect("meta", vetdicom_file_meta(f, &meta), VETDICOM_OK);
    vetdicom_dataset_item(ds, "PatientSpeciesCodeSequence", 0, &item);

    /* Live handles of the wrong kind. */
    all_file_functions("options as file", (const vetdicom_file *)o, VETDICOM_ERR_WRONG_HANDLE);
    all_file_functions("dataset as file", (const vetdicom_file *)ds, VETDICOM_ERR_WRONG_HANDLE);
    all_dataset_functions("file as dataset", (const vetdicom_dataset *)f, VETDICOM_ERR_WRONG_HANDLE);
    all_options_functions("file as options", (vetdicom_options *)f, VETDICOM_ERR_WRONG_HANDLE);
    /* A file function given a file handle where the options go. */
    uint8_t buf[16];
    expect("decode_frame(options = a file)", vetdicom_file_decode_frame(f, (const vetdicom_options *)f, 0, buf, sizeof buf),
           VETDICOM_ERR_WRONG_HANDLE);
    vetdicom_file *g = NULL;
    expect("open(options = a file)", vetdicom_file_open(path, (const vetdicom_options *)f, &g), VETDICOM_ERR_WRONG_HANDLE);
    CHECK(g == NULL, "open with a wrong options handle left *out = %p", (void *)g);
    /* Closing with the wrong kind does nothing (the file stays usable). */
    vetdicom_file_close((vetdicom_file *)o);
    vetdicom_options_destroy((vetdicom_options *)f);
    size_t count = 0;
    expect("dataset_count after wrong-kind close/destroy", vetdicom_dataset_count(ds, &count), VETDICOM_OK);
    expect("options usable after wrong-kind close", vetdicom_options_set_int64(o, "max_depth", 10), VETDICOM_OK);

    /* A pointer that was never a handle. */
    int local = 0;
    all_file_functions("never a handle", (const vetdicom_file *)&local, VETDICOM_ERR_CLOSED);
    all_dataset_functions("never a handle", (const vetdicom_dataset *)&local, VETDICOM_ERR_CLOSED);

    /* Destroyed options: every use, including as the options argument of a file function. */
    vetdicom_options_destroy(o);
    all_options_functions("destroyed options", o, VETDICOM_ERR_CLOSED);
    expect("decode_frame(destroyed options)", vetdicom_file_decode_frame(f, o, 0, buf, sizeof buf), VETDICOM_ERR_CLOSED);
    expect("render(destroyed options)", vetdicom_file_render(f, o, 0, buf, 0, sizeof buf), VETDICOM_ERR_CLOSED);
    expect("open(destroyed options)", vetdicom_file_open(path, o, &g), VETDICOM_ERR_CLOSED);
    vetdicom_options_destroy(o); /* double destroy: harmless */

    /* Closed file: every file function, its data sets (main, meta, items), double close. */
    vetdicom_file_close(f);
    all_file_functions("closed file", f, VETDICOM_ERR_CLOSED);
    all_dataset_functions("data set of a closed file", ds, VETDICOM_ERR_CLOSED);
    all_dataset_functions("meta of a closed file", meta, VETDICOM_ERR_CLOSED);
    if (item)
        all_dataset_functions("item of a closed file", item, VETDICOM_ERR_CLOSED);
    vetdicom_file_close(f); /* double close: harmless */
    CHECK(strstr(vetdicom_last_error_message(), "closed") != NULL, "double close left no message: '%s'",
          vetdicom_last_error_message());

    /* A new file never reuses a closed file's handle. */
    expect("reopen", vetdicom_file_open(path, NULL, &g), VETDICOM_OK);
    CHECK(g != f, "a new file got the closed file's handle");
    all_file_functions("closed file after a reopen", f, VETDICOM_ERR_CLOSED);
    vetdicom_file_close(g);
}

/* Fills `n` bytes with a pattern, calls, and checks what was written under the struct_size rule. */
#define STRUCT_RULE(T, call_expr, v1size)                                                                  \
    do {                                                                                                    \
        unsigned char mem[sizeof(T) + 64];                                                                  \
        size_t sizes[3] = {sizeof(T) + 32, (v1size), (v1size) - 8};                                         \
        for (int k = 0; k < 3; k++) {                                                                       \
            memset(mem, 0xAB, sizeof mem);                                                                  \
            size_t want_size = sizes[k];                                                                    \
            memcpy(mem, &want_size, sizeof want_size);                                                      \
            T *p = (T *)(void *)mem;                                                                        \
            vetdicom_status st = (call_expr);                                                               \
            char what[128];                                                                                 \
            snprintf(what, sizeof what, "%s struct_size %zu", #T, want_size);                               \
            size_t wrote = k < 2 ? (want_size < sizeof(T) ? want_size : sizeof(T)) : 0;                     \
            expect(what, st, k < 2 ? VETDICOM_OK : VETDICOM_ERR_INVALID_ARGUMENT);                          \
            size_t got_size;                                                                                \
            memcpy(&got_size, mem, sizeof got_size);                                                        \
            CHECK(got_size == (k < 2 ? wrote : want_size), "%s: struct_size after the call is %zu, want %zu", \
                  what, got_size, k < 2 ? wrote : want_size);                                               \
            size_t from = k < 2 ? wrote : sizeof(size_t);                                                   \
            int untouched = 1;                                                                              \
            for (size_t q = from; q < sizeof mem; q++)                                                      \
                if (mem[q] != 0xAB)                                                                         \
                    untouched = 0;                                                                          \
            CHECK(untouched, "%s: bytes written beyond %zu", what, from);                                   \
        }                                                                                                   \
    } while (0)

/* The 1.0 sizes (LP64). A later version may grow the structs; these never change. */
#define V1_PATIENT 152
#define V1_IMAGE_INFO 72
#define V1_FRAME_INFO 40
#define V1_GEOMETRY 48

static void test_struct_size(const char *path)
{
    CHECK(sizeof(vetdicom_patient) >= V1_PATIENT && sizeof(vetdicom_image_info) >= V1_IMAGE_INFO &&
              sizeof(vetdicom_frame_info) >= V1_FRAME_INFO && sizeof(vetdicom_geometry) >= V1_GEOMETRY,
          "a struct is smaller than its 1.0 size");
    vetdicom_file *f = NULL;
    expect("open", vetdicom_file_open(path, NULL, &f), VETDICOM_OK);
    if (!f)
        return;
    size_t n = 0;
    STRUCT_RULE(vetdicom_patient, vetdicom_file_patient(f, p), V1_PATIENT);
    STRUCT_RULE(vetdicom_image_info, vetdicom_file_image_info(f, p), V1_IMAGE_INFO);
    STRUCT_RULE(vetdicom_frame_info, vetdicom_file_frame_size(f, NULL, &n, p), V1_FRAME_INFO);
    STRUCT_RULE(vetdicom_geometry, vetdicom_file_geometry(f, 0, p), V1_GEOMETRY);
    vetdicom_file_close(f);
}

static void test_render_stride_overflow(const char *path)
{
    vetdicom_file *f = NULL;
    expect("open", vetdicom_file_open(path, NULL, &f), VETDICOM_OK);
    if (!f)
        return;
    uint32_t w = 0, h = 0, c = 0;
    expect("render_size", vetdicom_file_render_size(f, NULL, &w, &h, &c), VETDICOM_OK);
    CHECK(h >= 2, "the test file needs at least 2 rows, has %u", h);
    if (h >= 2) {
        size_t row = (size_t)w * c;
        size_t cap = row * h;
        uint8_t *buf = malloc(cap);
        /* stride x (h - 1) fits in int64, + row bytes does not: used to wrap and pass the check. */
        size_t stride = (size_t)INT64_MAX / (h - 1);
        expect("render, stride near INT64_MAX/(rows-1)", vetdicom_file_render(f, NULL, 0, buf, stride, cap),
               VETDICOM_ERR_BUFFER_TOO_SMALL);
        expect("render, stride near INT64_MAX/(rows-1), capacity INT64_MAX",
               vetdicom_file_render(f, NULL, 0, buf, stride, (size_t)INT64_MAX), VETDICOM_ERR_BUFFER_TOO_SMALL);
        expect("render, stride SIZE_MAX", vetdicom_file_render(f, NULL, 0, buf, SIZE_MAX, cap),
               VETDICOM_ERR_INVALID_ARGUMENT);
        expect("render, right stride", vetdicom_file_render(f, NULL, 0, buf, row, cap), VETDICOM_OK);
        free(buf);
    }
    vetdicom_file_close(f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_c_faults FILE.dcm\n");
        return 2;
    }
    test_handles(argv[1]);
    test_struct_size(argv[1]);
    test_render_stride_overflow(argv[1]);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
