/*
 * test_c_faults.c - misuse of the C API must give a status, never a crash (issue "survive real
 * faults"):
 *   - every function with a closed file / destroyed options / data set of a closed file
 *     -> VETDICOM_ERR_CLOSED; with a handle of another kind -> VETDICOM_ERR_WRONG_HANDLE;
 *     double close / destroy and a never-issued pointer are harmless;
 *   - the struct_size rule: any size from the 1.0 size up is accepted and the library writes
 *     min(struct_size, its size) bytes; a smaller size is INVALID_ARGUMENT and nothing is written;
 *   - vetdicom_file_render with a stride whose stride x (rows - 1) + row bytes overflows;
 *   - stack safety: open, walk and close of files nested 100, 10 000 and 100 000 sequences deep
 *     with max_depth 64 and 10 000 (the largest accepted), on a thread with a 64 KiB stack;
 *     a sequence deeper than max_depth reports LIMIT_EXCEEDED when walked into, the rest opens;
 *   - a file truncated under an open handle: values and frames give errors, not SIGBUS;
 *     text, number and byte values past the new end give TRUNCATED naming the element (not ""
 *     or zeros) in both open modes (map_file = 1 in a child process), values still inside
 *     read right; frames, JSON, image info, geometry and render of a file truncated while open
 *     give TRUNCATED with map_file = 1 as well (in a child process).
 *
 *   test_c_faults FILE.dcm     (an image file with at least 2 rows, e.g. `vetdicom sample`)
 * Exit status 0 when every check passed.
 */
#define _POSIX_C_SOURCE 200809L
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

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

/* ---- stack safety ---------------------------------------------------------------------- */

static size_t put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); return 2; }
static size_t put32(uint8_t *p, uint32_t v) { put16(p, (uint16_t)v); put16(p + 2, (uint16_t)(v >> 16)); return 4; }

/* A Part 10 file (explicit VR LE) with `depth` nested undefined-length sequences
 * (0040,A730) and a 4x4 8-bit image at top level after them. */
static uint8_t *nested_file(int depth, size_t *size)
{
    static const char ts[] = "1.2.840.10008.1.2.1";
    size_t cap = 1024 + (size_t)depth * 40;
    uint8_t *b = calloc(1, cap), *p = b + 128;
    memcpy(p, "DICM", 4); p += 4;
    p += put16(p, 2); p += put16(p, 0x10); memcpy(p, "UI", 2); p += 2; p += put16(p, 20);
    memcpy(p, ts, 20); p += 20;
    for (int i = 0; i < depth; i++) {
        p += put16(p, 0x0040); p += put16(p, 0xA730); memcpy(p, "SQ", 2); p += 2; p += put16(p, 0); p += put32(p, 0xFFFFFFFFu);
        p += put16(p, 0xFFFE); p += put16(p, 0xE000); p += put32(p, 0xFFFFFFFFu);
    }
    for (int i = 0; i < depth; i++) {
        p += put16(p, 0xFFFE); p += put16(p, 0xE00D); p += put32(p, 0);
        p += put16(p, 0xFFFE); p += put16(p, 0xE0DD); p += put32(p, 0);
    }
    const uint16_t image[][2] = {{0x0002, 1}, {0x0010, 4}, {0x0011, 4}, {0x0100, 8}, {0x0101, 8}, {0x0102, 7}, {0x0103, 0}};
    for (size_t i = 0; i < sizeof image / sizeof image[0]; i++) {
        p += put16(p, 0x0028); p += put16(p, image[i][0]); memcpy(p, "US", 2); p += 2; p += put16(p, 2); p += put16(p, image[i][1]);
        if (i == 0) { /* Photometric Interpretation after Samples per Pixel */
            p += put16(p, 0x0028); p += put16(p, 0x0004); memcpy(p, "CS", 2); p += 2; p += put16(p, 12);
            memcpy(p, "MONOCHROME2 ", 12); p += 12;
        }
    }
    p += put16(p, 0x7FE0); p += put16(p, 0x0010); memcpy(p, "OB", 2); p += 2; p += put16(p, 0); p += put32(p, 16);
    for (int i = 0; i < 16; i++) *p++ = (uint8_t)(i * 3);
    *size = (size_t)(p - b);
    return b;
}

struct deep_case {
    int depth;          /* nesting of the file */
    int64_t max_depth;  /* option, 0 = default */
    int expect_limit_at;/* walking: the level whose item_count reports LIMIT_EXCEEDED (0: none) */
    int ok;
    char detail[256];
};

static void *deep_thread(void *arg)
{
    struct deep_case *c = arg;
    size_t size = 0;
    uint8_t *data = nested_file(c->depth, &size);
    vetdicom_options *o = NULL;
    vetdicom_options_create(&o);
    if (c->max_depth)
        vetdicom_options_set_int64(o, "max_depth", c->max_depth);
    vetdicom_file *f = NULL;
    vetdicom_status st = vetdicom_file_open_memory(data, size, o, &f);
    c->ok = 0;
    if (st != VETDICOM_OK) {
        snprintf(c->detail, sizeof c->detail, "open: %d %s", (int)st, vetdicom_last_error_message());
        goto out;
    }
    /* Walk down the chain of items. */
    const vetdicom_dataset *ds = NULL;
    vetdicom_file_dataset(f, &ds);
    int level = 0;
    for (;;) {
        size_t n = 0;
        st = vetdicom_dataset_item_count(ds, "(0040,A730)", &n);
        if (st == VETDICOM_ERR_NOT_FOUND)
            break;
        level++;
        if (st == VETDICOM_ERR_LIMIT_EXCEEDED) {
            if (level != c->expect_limit_at) {
                snprintf(c->detail, sizeof c->detail, "LIMIT_EXCEEDED at level %d, expected %d", level, c->expect_limit_at);
                goto close;
            }
            break;
        }
        if (st != VETDICOM_OK || n != 1) {
            snprintf(c->detail, sizeof c->detail, "item_count at level %d: %d (%zu)", level, (int)st, n);
            goto close;
        }
        vetdicom_dataset_item(ds, "(0040,A730)", 0, &ds);
    }
    if (c->expect_limit_at == 0 && level != c->depth) {
        snprintf(c->detail, sizeof c->detail, "walked %d levels of %d", level, c->depth);
        goto close;
    }
    /* The image at top level decodes. */
    uint8_t frame[16];
    st = vetdicom_file_decode_frame(f, NULL, 0, frame, sizeof frame);
    if (st != VETDICOM_OK || frame[5] != 15) {
        snprintf(c->detail, sizeof c->detail, "decode: %d %s", (int)st, vetdicom_last_error_message());
        goto close;
    }
    /* The JSON export walks the whole nesting on this 64 KiB stack (no recursion per level);
     * a sequence skipped for max_depth gives its LIMIT_EXCEEDED. */
    {
        const vetdicom_dataset *top = NULL;
        vetdicom_file_dataset(f, &top);
        size_t len = 0;
        st = vetdicom_dataset_to_json(top, VETDICOM_JSON_BULK_OMIT, NULL, 0, &len);
        vetdicom_status want = c->expect_limit_at ? VETDICOM_ERR_LIMIT_EXCEEDED : VETDICOM_ERR_BUFFER_TOO_SMALL;
        if (st == VETDICOM_OK && len == 0)
            st = VETDICOM_ERR_BUFFER_TOO_SMALL;
        if (st != want) {
            snprintf(c->detail, sizeof c->detail, "json size query: %d %s", (int)st, vetdicom_last_error_message());
            goto close;
        }
        if (!c->expect_limit_at) {
            char *text = malloc(len + 1);
            st = vetdicom_dataset_to_json(top, VETDICOM_JSON_BULK_OMIT, text, len + 1, &len);
            /* every level opens an item object: {"0040A730":{"vr":"SQ","Value":[{ */
            size_t opened = 0;
            for (size_t k = 0; st == VETDICOM_OK && k + 10 < len; k++)
                opened += memcmp(text + k, "\"0040A730\"", 10) == 0;
            free(text);
            if (st != VETDICOM_OK || opened != (size_t)c->depth) {
                snprintf(c->detail, sizeof c->detail, "json: %d, %zu levels of %d", (int)st, opened, c->depth);
                goto close;
            }
        }
    }
    c->ok = 1;
close:
    vetdicom_file_close(f);
out:
    vetdicom_options_destroy(o);
    free(data);
    return NULL;
}

static void test_stack_safety(void)
{
    struct deep_case cases[] = {
        {100, 0, 65, 0, ""},            /* default max_depth 64: the 65th level is skipped */
        {100, 10000, 0, 0, ""},
        {10000, 10000, 0, 0, ""},        /* the largest max_depth accepted, at full depth */
        {100000, 0, 65, 0, ""},         /* like the corpus file: 100 000 levels, default options */
        {100000, 10000, 10001, 0, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        pthread_t t;
        int rc = pthread_create(&t, &attr, deep_thread, &cases[i]);
        pthread_attr_destroy(&attr);
        CHECK(rc == 0, "pthread_create with a 64 KiB stack failed: %d", rc);
        if (rc != 0)
            continue;
        pthread_join(t, NULL);
        CHECK(cases[i].ok, "depth %d, max_depth %lld on a 64 KiB stack: %s", cases[i].depth,
              (long long)cases[i].max_depth, cases[i].detail);
    }
    vetdicom_options *o = NULL;
    vetdicom_options_create(&o);
    expect("max_depth 10001 refused", vetdicom_options_set_int64(o, "max_depth", 10001), VETDICOM_ERR_INVALID_ARGUMENT);
    CHECK(strstr(vetdicom_last_error_message(), "10000") != NULL, "the message does not name the range: %s",
          vetdicom_last_error_message());
    expect("max_depth 0 refused", vetdicom_options_set_int64(o, "max_depth", 0), VETDICOM_ERR_INVALID_ARGUMENT);
    expect("max_dimension 65536 refused", vetdicom_options_set_int64(o, "max_dimension", 65536), VETDICOM_ERR_INVALID_ARGUMENT);
    expect("threads 257 refused", vetdicom_options_set_int64(o, "threads", 257), VETDICOM_ERR_INVALID_ARGUMENT);
    expect("keep_ybr 2 refused", vetdicom_options_set_int64(o, "keep_ybr", 2), VETDICOM_ERR_INVALID_ARGUMENT);
    expect("max_depth 10000 accepted", vetdicom_options_set_int64(o, "max_depth", 10000), VETDICOM_OK);
    vetdicom_options_destroy(o);
}

/* ---- a file truncated under an open handle --------------------------------------------- */

static void test_truncated_while_open(int map_file)
{
    /* 16 frames of 512 x 512 8-bit: 4 MiB of pixel data, so the file is read lazily. */
    char path[] = "/tmp/vetdicom-trunc-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0, "mkstemp failed");
    if (fd < 0)
        return;
    size_t pix = (size_t)512 * 512 * 16, size = 0;
    uint8_t *head = nested_file(0, &size);
    /* Rewrite the image: rows/columns 512, frames 16, pixel data length. */
    uint8_t *b = malloc(size + 64 + pix);
    size_t hl = size - 16 - 12; /* up to the pixel data header */
    memcpy(b, head, hl);
    free(head);
    for (size_t i = 132; i + 8 < hl; i++) {
        if (b[i] == 0x28 && b[i + 1] == 0 && (b[i + 2] == 0x10 || b[i + 2] == 0x11) && b[i + 3] == 0 && b[i + 4] == 'U')
            put16(b + i + 8, 512);
    }
    uint8_t *p = b + hl;
    p += put16(p, 0x0028); p += put16(p, 0x0008); memcpy(p, "IS", 2); p += 2; p += put16(p, 2); memcpy(p, "16", 2); p += 2;
    p += put16(p, 0x7FE0); p += put16(p, 0x0010); memcpy(p, "OB", 2); p += 2; p += put16(p, 0); p += put32(p, (uint32_t)pix);
    for (size_t i = 0; i < pix; i++) *p++ = (uint8_t)(i % 251);
    size_t total = (size_t)(p - b);
    CHECK(write(fd, b, total) == (ssize_t)total, "write failed");
    free(b);

    vetdicom_options *o = NULL;
    vetdicom_options_create(&o);
    vetdicom_options_set_int64(o, "map_file", map_file);
    vetdicom_file *f = NULL;
    expect("open the file to truncate", vetdicom_file_open(path, o, &f), VETDICOM_OK);
    if (f) {
        uint8_t *frame = malloc(512 * 512);
        expect("frame 15 before the truncation", vetdicom_file_decode_frame(f, NULL, 15, frame, 512 * 512), VETDICOM_OK);
        /* Another writer truncates the file to 1 MiB (frames 4.. are gone), then rewrites it. */
        CHECK(ftruncate(fd, 1 << 20) == 0, "ftruncate failed");
        expect("frame 0 after the truncation (still there)", vetdicom_file_decode_frame(f, NULL, 0, frame, 512 * 512), VETDICOM_OK);
        expect("frame 15 after the truncation", vetdicom_file_decode_frame(f, NULL, 15, frame, 512 * 512), VETDICOM_ERR_TRUNCATED);
        const vetdicom_dataset *ds = NULL;
        vetdicom_file_dataset(f, &ds);
        size_t n = 0;
        expect("pixel data bytes after the truncation",
               vetdicom_dataset_get_bytes(ds, "PixelData", frame, 512 * 512, &n), VETDICOM_ERR_BUFFER_TOO_SMALL);
        int64_t rows = 0;
        expect("Rows after the truncation (header in memory)", vetdicom_dataset_get_int64(ds, "Rows", 0, &rows), VETDICOM_OK);
        CHECK(rows == 512, "Rows = %lld", (long long)rows);
        CHECK(ftruncate(fd, 0) == 0, "ftruncate failed");
        expect("frame 1 after truncation to 0", vetdicom_file_decode_frame(f, NULL, 1, frame, 512 * 512), VETDICOM_ERR_TRUNCATED);
        /* JSON with inline binary reads the pixel data with pread: TRUNCATED, not zeros. */
        size_t json_len = 0;
        expect("JSON with inline binary after truncation to 0",
               vetdicom_dataset_to_json(ds, VETDICOM_JSON_BULK_BASE64, NULL, 0, &json_len), VETDICOM_ERR_TRUNCATED);
        CHECK(strstr(vetdicom_last_error_message(), "changed while open") != NULL, "JSON message: %s",
              vetdicom_last_error_message());
        /* The header was read into memory at open by default; a mapped file is measured first. */
        expect("JSON without bulk after truncation to 0",
               vetdicom_dataset_to_json(ds, VETDICOM_JSON_BULK_OMIT, NULL, 0, &json_len),
               map_file ? VETDICOM_ERR_TRUNCATED : VETDICOM_ERR_BUFFER_TOO_SMALL);
        vetdicom_image_info info = {0};
        info.struct_size = sizeof info;
        expect("image_info after truncation to 0", vetdicom_file_image_info(f, &info),
               map_file ? VETDICOM_ERR_TRUNCATED : VETDICOM_OK);
        vetdicom_geometry geo = {0};
        geo.struct_size = sizeof geo;
        expect("geometry after truncation to 0", vetdicom_file_geometry(f, 0, &geo),
               map_file ? VETDICOM_ERR_TRUNCATED : VETDICOM_OK);
        uint8_t *png = NULL;
        size_t png_size = 0;
        expect("render after truncation to 0", vetdicom_file_render_png_memory(f, NULL, 2, &png, &png_size), VETDICOM_ERR_TRUNCATED);
        vetdicom_free(png);
        free(frame);
        vetdicom_file_close(f);
        /* vetdicom_file_check lists the damage of the now empty file without failing. */
        char text[4096];
        size_t len = 0;
        expect("file_check of the truncated file", vetdicom_file_check(path, NULL, text, sizeof text, &len), VETDICOM_OK);
        CHECK(len > 0 && strstr(text, "error:") != NULL, "file_check text: %s", text);
    }
    vetdicom_options_destroy(o);
    close(fd);
    unlink(path);
}


/* ---- text values of a file truncated under an open handle ------------------------------------ */

/* An explicit VR little endian element header; returns its size. */
static size_t put_header(uint8_t *p, uint16_t g, uint16_t e, const char *vr, uint32_t len)
{
    static const char *const long_vrs[] = {"OB", "OD", "UC", "UT", "SV", "UN"};
    size_t n = 0;
    n += put16(p + n, g); n += put16(p + n, e);
    memcpy(p + n, vr, 2); n += 2;
    for (size_t i = 0; i < sizeof long_vrs / sizeof long_vrs[0]; i++) {
        if (!strcmp(vr, long_vrs[i])) {
            n += put16(p + n, 0); n += put32(p + n, len);
            return n;
        }
    }
    n += put16(p + n, (uint16_t)len);
    return n;
}

/* Values past the cut span at least one whole 64 KiB chunk holding no element header (the
 * chunks with headers are read at open), so part of them is read only after the truncation. */
#define TV_TEXT 200000u            /* >= 64 KiB: not loaded at open */
#define TV_BULK (5u << 20)         /* makes the file > 1 MiB: read lazily by default */
#define TV_NUMS 30000u

/* Preamble, meta (transfer syntax only), Patient's Name, then private elements (explicit VR,
 * long-length VRs so that values can pass 64 KiB): (0029,1010) UT of TV_TEXT bytes inside the
 * first MiB, (0029,1020) TV_BULK bytes of OB, then past it (0029,1030) UT, (0029,1040) UC of
 * 60 000 decimal values, (0029,1050) OD and (0029,1060) SV of TV_NUMS values, (0029,1070) LO. */
static uint8_t *text_values_file(size_t *size)
{
    static const char ts[] = "1.2.840.10008.1.2.1";
    size_t cap = 4096 + 2 * TV_TEXT + TV_BULK + 4 * 60000 + 16 * TV_NUMS;
    uint8_t *b = calloc(1, cap), *p = b + 128;
    memcpy(p, "DICM", 4); p += 4;
    p += put_header(p, 0x0002, 0x0010, "UI", 20); memcpy(p, ts, 20); p += 20;
    p += put_header(p, 0x0010, 0x0010, "PN", 8); memcpy(p, "Dog^Rex ", 8); p += 8;
    p += put_header(p, 0x0029, 0x0010, "LO", 8); memcpy(p, "VETTEST ", 8); p += 8;
    p += put_header(p, 0x0029, 0x1010, "UT", TV_TEXT);
    for (uint32_t i = 0; i < TV_TEXT; i++) *p++ = (uint8_t)('a' + i % 26);
    p += put_header(p, 0x0029, 0x1020, "OB", TV_BULK);
    for (uint32_t i = 0; i < TV_BULK; i++) *p++ = (uint8_t)(i % 251);
    p += put_header(p, 0x0029, 0x1030, "UT", TV_TEXT);
    for (uint32_t i = 0; i < TV_TEXT; i++) *p++ = (uint8_t)('A' + i % 26);
    p += put_header(p, 0x0029, 0x1040, "UC", 60000 * 4);
    for (uint32_t i = 0; i < 60000; i++) { memcpy(p, i + 1 < 60000 ? "1.5\\" : "1.5 ", 4); p += 4; }
    p += put_header(p, 0x0029, 0x1050, "OD", TV_NUMS * 8);
    for (uint32_t i = 0; i < TV_NUMS; i++) { double d = 2.5; memcpy(p, &d, 8); p += 8; }
    p += put_header(p, 0x0029, 0x1060, "SV", TV_NUMS * 8);
    for (uint32_t i = 0; i < TV_NUMS; i++) { int64_t v = 7; memcpy(p, &v, 8); p += 8; }
    p += put_header(p, 0x0029, 0x1070, "LO", 6); memcpy(p, "after ", 6); p += 6;
    *size = (size_t)(p - b);
    return b;
}

/* The flags of the record of `tag` in a vetdicom_dataset_elements buffer (-1: not found). */
static int record_flags(const uint8_t *buf, size_t len, uint32_t tag)
{
    if (len < 8)
        return -1;
    uint32_t count = (uint32_t)buf[0] | (uint32_t)buf[1] << 8 | (uint32_t)buf[2] << 16 | (uint32_t)buf[3] << 24;
    size_t pos = 8;
    for (uint32_t i = 0; i < count && pos + 28 <= len; i++) {
        const uint8_t *r = buf + pos;
        uint32_t t = (uint32_t)r[0] | (uint32_t)r[1] << 8 | (uint32_t)r[2] << 16 | (uint32_t)r[3] << 24;
        int flags = r[6] | r[7] << 8;
        size_t kw = (size_t)(r[12] | r[13] << 8);
        size_t vl = (size_t)r[24] | (size_t)r[25] << 8 | (size_t)r[26] << 16 | (size_t)r[27] << 24;
        if (t == tag)
            return flags;
        pos += 28 + kw + vl;
    }
    return -1;
}

/* Opens `path`, truncates the file (`fd`) to 1 MiB and reads values inside and past the new end. */
static void text_values_checks(const char *path, int fd, int map_file)
{
    vetdicom_options *o = NULL;
    vetdicom_options_create(&o);
    vetdicom_options_set_int64(o, "map_file", map_file);
    vetdicom_file *f = NULL;
    expect("open the text-values file", vetdicom_file_open(path, o, &f), VETDICOM_OK);
    vetdicom_options_destroy(o);
    if (!f)
        return;
    const vetdicom_dataset *ds = NULL;
    vetdicom_file_dataset(f, &ds);
    CHECK(ftruncate(fd, 1 << 20) == 0, "ftruncate failed");
    char *text = malloc(TV_TEXT + 1);
    size_t len = 0;
    expect("PatientName after the truncation", vetdicom_dataset_get_string(ds, "PatientName", -1, text, TV_TEXT + 1, &len),
           VETDICOM_OK);
    CHECK(len == 7 && !memcmp(text, "Dog^Rex", 7), "PatientName: %.*s", (int)len, text);
    /* A long text value still inside the file reads right (loaded now, after the truncation). */
    expect("(0029,1010) inside the file", vetdicom_dataset_get_string(ds, "(0029,1010)", -1, text, TV_TEXT + 1, &len),
           VETDICOM_OK);
    int same = len == TV_TEXT;
    for (size_t i = 0; same && i < len; i++) same = text[i] == (char)('a' + i % 26);
    CHECK(same, "(0029,1010) read %zu bytes, not the file's text", len);
    /* Past the new end: TRUNCATED naming the element, not "" or zeros. */
    vetdicom_status st = vetdicom_dataset_get_string(ds, "(0029,1030)", -1, text, TV_TEXT + 1, &len);
    expect("text value past the new end", st, VETDICOM_ERR_TRUNCATED);
    CHECK(strstr(vetdicom_last_error_message(), "(0029,1030)") != NULL, "message: %s", vetdicom_last_error_message());
    expect("size query of a text value past the new end",
           vetdicom_dataset_get_string(ds, "(0029,1030)", -1, NULL, 0, &len), VETDICOM_ERR_TRUNCATED);
    expect("one value of a text value past the new end",
           vetdicom_dataset_get_string(ds, "(0029,1040)", 3, text, TV_TEXT + 1, &len), VETDICOM_ERR_TRUNCATED);
    size_t vm = 0;
    expect("vm of a string past the new end", vetdicom_dataset_vm(ds, "(0029,1040)", &vm), VETDICOM_ERR_TRUNCATED);
    double d = 0;
    expect("double of a UC past the new end", vetdicom_dataset_get_double(ds, "(0029,1040)", 0, &d), VETDICOM_ERR_TRUNCATED);
    expect("double of an OD past the new end", vetdicom_dataset_get_double(ds, "(0029,1050)", 0, &d), VETDICOM_ERR_TRUNCATED);
    int64_t v = 0;
    expect("int64 of an SV past the new end", vetdicom_dataset_get_int64(ds, "(0029,1060)", 0, &v), VETDICOM_ERR_TRUNCATED);
    expect("get_bytes of a UT past the new end",
           vetdicom_dataset_get_bytes(ds, "(0029,1030)", (uint8_t *)text, TV_TEXT + 1, &len), VETDICOM_ERR_TRUNCATED);
    expect("vm of an OD past the new end (not read)", vetdicom_dataset_vm(ds, "(0029,1050)", &vm), VETDICOM_OK);
    CHECK(vm == 1, "vm %zu", vm);
    /* A short value past the new end: in memory since open by default; map_file checks the size. */
    st = vetdicom_dataset_get_string(ds, "(0029,1070)", -1, text, TV_TEXT + 1, &len);
    if (map_file) {
        expect("short value past the new end (map_file)", st, VETDICOM_ERR_TRUNCATED);
    } else {
        expect("short value past the new end (read at open)", st, VETDICOM_OK);
        CHECK(len == 5 && !memcmp(text, "after", 5), "(0029,1070): %.*s", (int)len, text);
    }
    /* JSON (bulk omitted): the text values are read, so TRUNCATED naming the element. */
    size_t json_len = 0;
    expect("JSON after the truncation", vetdicom_dataset_to_json(ds, VETDICOM_JSON_BULK_OMIT, NULL, 0, &json_len),
           VETDICOM_ERR_TRUNCATED);
    CHECK(strstr(vetdicom_last_error_message(), "(0029,1030)") != NULL, "JSON message: %s", vetdicom_last_error_message());
    /* The bulk call marks the values it cannot read FAILED (the element calls say why). */
    size_t blen = 0;
    vetdicom_dataset_elements(ds, (size_t)1 << 30, NULL, 0, &blen);
    uint8_t *buf = malloc(blen + 1);
    expect("dataset_elements after the truncation", vetdicom_dataset_elements(ds, (size_t)1 << 30, buf, blen, &blen),
           VETDICOM_OK);
    CHECK(record_flags(buf, blen, 0x00291030) == VETDICOM_ELEMENT_FAILED, "(0029,1030) flags %d",
          record_flags(buf, blen, 0x00291030));
    CHECK(record_flags(buf, blen, 0x00291050) == VETDICOM_ELEMENT_FAILED, "(0029,1050) flags %d",
          record_flags(buf, blen, 0x00291050));
    CHECK(record_flags(buf, blen, 0x00291010) == (VETDICOM_ELEMENT_INLINE | VETDICOM_ELEMENT_TEXT), "(0029,1010) flags %d",
          record_flags(buf, blen, 0x00291010));
    free(buf);
    free(text);
    vetdicom_file_close(f);
}

static void test_text_values_truncated_while_open(int map_file)
{
    char path[] = "/tmp/vetdicom-text-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0, "mkstemp failed");
    if (fd < 0)
        return;
    size_t size = 0;
    uint8_t *b = text_values_file(&size);
    CHECK(write(fd, b, size) == (ssize_t)size, "write failed");
    free(b);
    if (!map_file) {
        text_values_checks(path, fd, 0);
    } else {
        /* A mapped file: in a child, so that a missed check (SIGBUS) fails this test only. */
        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid == 0) {
            text_values_checks(path, fd, 1);
            _exit(failures == 0 ? 0 : 1);
        }
        int status = 0;
        CHECK(pid > 0 && waitpid(pid, &status, 0) == pid, "fork/wait failed");
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "map_file child: %s %d",
              WIFSIGNALED(status) ? "signal" : "exit status", WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    }
    close(fd);
    unlink(path);
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
    test_stack_safety();
    test_truncated_while_open(0);
    {
        /* The same with map_file = 1, in a child: every call measures the mapped file first. */
        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid == 0) {
            test_truncated_while_open(1);
            _exit(failures == 0 ? 0 : 1);
        }
        int status = 0;
        CHECK(pid > 0 && waitpid(pid, &status, 0) == pid, "fork/wait failed");
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "map_file truncation child: %s %d",
              WIFSIGNALED(status) ? "signal" : "exit status", WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    }
    test_text_values_truncated_while_open(0);
    test_text_values_truncated_while_open(1);
    printf("%d checks, %d failures\n", checks, failures);
    return failures == 0 ? 0 : 1;
}
