/* vd_bench: the vetdicom side of the benchmarks (C API, release libvetdicom.so).
 *
 *   vd_bench parse LIST BUDGET_MS [PARTS] for each path in LIST (one a line): open, walk every
 *                                         element of every data set (sequences recursively),
 *                                         read every value as text (get_string) and the whole
 *                                         data set as DICOM JSON; median over repetitions.
 *                                         PARTS (default 7) selects what follows open: 1 walk +
 *                                         text, 2 JSON, 4 patient + image info; 0 = open + close.
 *                                         Prints: path \t median_us \t reps \t elements \t status
 *   vd_bench decode FILE BUDGET_MS        decode every frame in turn (one handle, opened once),
 *                                         median of the whole-file time. Prints:
 *                                         median_ms \t reps \t frames \t decoder \t status
 *   vd_bench threads FILE THREADS BUDGET_MS [COUNT]  vetdicom_file_decode_frames over the
 *                                         first COUNT frames (default all) with
 *                                         VETDICOM_OPT_THREADS. Prints: median_ms \t frames
 *   vd_bench rss MODE FILE                MODE: open (open + image info + patient + walk +
 *                                         JSON), last (open + decode the last frame).
 *                                         Prints: wall_ms \t VmHWM_kB \t status \t
 *                                         RssAnon_kB \t RssFile_kB (just before close)
 *   vd_bench baseline                     prints VmHWM_kB after loading the library only.
 *
 * Timing: CLOCK_PROCESS_CPUTIME_ID (CPU time; wall time for `threads` and `rss`); after one untimed warm-up, each measurement is repeated until
 * BUDGET_MS has elapsed, at least 3 times (once when the warm-up alone took longer than the
 * budget) and at most 2000 times; the median is printed.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <vetdicom/vetdicom.h>

/* CPU time of this process (all threads): the machine is shared, so wall time mostly measures
 * the other jobs. The threads command uses wall_ms. */
static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double wall_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n) {
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

#define MAX_REPS 2000

static char *text_buf;
static size_t text_cap;

/* Reads one value as text into text_buf, growing it as needed. */
static vetdicom_status read_text(const vetdicom_dataset *ds, const char *key, size_t *len) {
    vetdicom_status s = vetdicom_dataset_get_string(ds, key, -1, text_buf, text_cap, len);
    if (s == VETDICOM_ERR_BUFFER_TOO_SMALL) {
        text_cap = *len + 1 > text_cap * 2 ? *len + 1 : text_cap * 2;
        text_buf = realloc(text_buf, text_cap);
        s = vetdicom_dataset_get_string(ds, key, -1, text_buf, text_cap, len);
    }
    return s;
}

static size_t checksum; /* keeps the compiler from dropping reads */
/* What parse_once does after open: bit 1 walk + text, bit 2 JSON, bit 4 patient + image info. */
static int parts = 7;

/* Walks a data set: every element, every value as text, every sequence item. */
static int walk(const vetdicom_dataset *ds, size_t *elements, int depth) {
    size_t n = 0;
    if (vetdicom_dataset_count(ds, &n) != VETDICOM_OK) return -1;
    for (size_t i = 0; i < n; i++) {
        uint32_t tag;
        char vr[3];
        uint64_t length;
        if (vetdicom_dataset_element_at(ds, i, &tag, vr, &length) != VETDICOM_OK) return -1;
        (*elements)++;
        char key[16];
        snprintf(key, sizeof key, "%08X", tag);
        if (vr[0] == 'S' && vr[1] == 'Q') {
            size_t items = 0;
            if (vetdicom_dataset_item_count(ds, key, &items) != VETDICOM_OK) return -1;
            for (size_t j = 0; j < items; j++) {
                const vetdicom_dataset *item;
                if (vetdicom_dataset_item(ds, key, j, &item) != VETDICOM_OK) return -1;
                if (walk(item, elements, depth + 1) != 0) return -1;
            }
            continue;
        }
        size_t len = 0;
        vetdicom_status s = read_text(ds, key, &len);
        /* OB/OW/UN bytes and encapsulated pixel data are TYPE_MISMATCH by design; read their
         * length only (what a dump prints). */
        if (s == VETDICOM_OK) checksum += len;
        else if (s != VETDICOM_ERR_TYPE_MISMATCH) checksum += 1;
    }
    return 0;
}

static char *json_buf;
static size_t json_cap;

/* RssAnon / RssFile (kB) from /proc/self/status, taken just before the file is closed in rss mode. */
static int snapshot;
static long rss_anon = -1, rss_file = -1;
static void take_snapshot(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    if (!f) return;
    while (fgets(line, sizeof line, f)) {
        if (!strncmp(line, "RssAnon:", 8)) rss_anon = atol(line + 8);
        if (!strncmp(line, "RssFile:", 8)) rss_file = atol(line + 8);
    }
    fclose(f);
}

/* One full metadata read of one file. Returns the status of open (others are counted). */
static vetdicom_status parse_once(const char *path, size_t *elements) {
    vetdicom_file *f = NULL;
    vetdicom_status s = vetdicom_file_open(path, NULL, &f);
    if (s != VETDICOM_OK) return s;
    const vetdicom_dataset *meta, *ds;
    *elements = 0;
    if ((parts & 1) && vetdicom_file_meta(f, &meta) == VETDICOM_OK) walk(meta, elements, 0);
    if ((parts & 1) && vetdicom_file_dataset(f, &ds) == VETDICOM_OK) walk(ds, elements, 0);
    if ((parts & 2) && vetdicom_file_dataset(f, &ds) == VETDICOM_OK) {
        size_t len = 0;
        vetdicom_status js = vetdicom_dataset_to_json(ds, VETDICOM_JSON_BULK_OMIT, json_buf, json_cap, &len);
        if (js == VETDICOM_ERR_BUFFER_TOO_SMALL) {
            json_cap = len + 1 > json_cap * 2 ? len + 1 : json_cap * 2;
            json_buf = realloc(json_buf, json_cap);
            js = vetdicom_dataset_to_json(ds, VETDICOM_JSON_BULK_OMIT, json_buf, json_cap, &len);
        }
        if (js == VETDICOM_OK) checksum += len;
    }
    if (parts & 4) {
        vetdicom_patient p = {0};
        p.struct_size = sizeof p;
        vetdicom_file_patient(f, &p);
        vetdicom_image_info im = {0};
        im.struct_size = sizeof im;
        vetdicom_file_image_info(f, &im);
    }
    if (snapshot) take_snapshot();
    vetdicom_file_close(f);
    return VETDICOM_OK;
}

static int cmd_parse(const char *list, double budget) {
    FILE *lf = fopen(list, "r");
    if (!lf) { perror(list); return 2; }
    text_cap = 1 << 16; text_buf = malloc(text_cap);
    json_cap = 1 << 20; json_buf = malloc(json_cap);
    char path[4096];
    static double t[MAX_REPS];
    while (fgets(path, sizeof path, lf)) {
        path[strcspn(path, "\n")] = 0;
        if (!path[0]) continue;
        size_t elements = 0;
        double w = now_ms();
        vetdicom_status s = parse_once(path, &elements); /* warm-up (page cache, first touch) */
        int minreps = now_ms() - w > budget ? 1 : 3;     /* pathologically slow files: one rep */
        int reps = 0;
        double start = now_ms();
        while (reps < MAX_REPS && (reps < minreps || now_ms() - start < budget)) {
            double a = now_ms();
            parse_once(path, &elements);
            t[reps++] = now_ms() - a;
        }
        printf("%s\t%.3f\t%d\t%zu\t%d\n", path, median(t, reps) * 1e3, reps, elements, s);
        fflush(stdout);
    }
    fclose(lf);
    fprintf(stderr, "checksum %zu\n", checksum);
    return 0;
}

static int cmd_decode(const char *path, double budget) {
    vetdicom_file *f = NULL;
    vetdicom_status s = vetdicom_file_open(path, NULL, &f);
    if (s != VETDICOM_OK) { printf("0\t0\t0\t-\t%d\n", s); return 0; }
    size_t frames = 0, size = 0;
    const char *decoder = "-";
    vetdicom_file_decoder_name(f, &decoder);
    s = vetdicom_file_frame_count(f, &frames);
    if (s == VETDICOM_OK) s = vetdicom_file_frame_size(f, NULL, &size, NULL);
    if (s != VETDICOM_OK) { printf("0\t0\t0\t%s\t%d\n", decoder, s); vetdicom_file_close(f); return 0; }
    uint8_t *buf = malloc(size ? size : 1);
    static double t[MAX_REPS];
    int reps = 0;
    /* warm-up */
    for (size_t i = 0; i < frames && s == VETDICOM_OK; i++) s = vetdicom_file_decode_frame(f, NULL, i, buf, size);
    double start = now_ms();
    while (s == VETDICOM_OK && reps < MAX_REPS && (reps < 3 || now_ms() - start < budget)) {
        double a = now_ms();
        for (size_t i = 0; i < frames && s == VETDICOM_OK; i++) s = vetdicom_file_decode_frame(f, NULL, i, buf, size);
        t[reps++] = now_ms() - a;
    }
    if (s != VETDICOM_OK) fprintf(stderr, "%s: %s\n", path, vetdicom_last_error_message());
    printf("%.4f\t%d\t%zu\t%s\t%d\n", reps ? median(t, reps) : 0.0, reps, frames, decoder, s);
    free(buf);
    vetdicom_file_close(f);
    return 0;
}

static int cmd_threads(const char *path, int threads, double budget, size_t limit) {
    vetdicom_file *f = NULL;
    vetdicom_options *o = NULL;
    vetdicom_status s = vetdicom_file_open(path, NULL, &f);
    if (s != VETDICOM_OK) { printf("0\t0\t%d\n", s); return 0; }
    vetdicom_options_create(&o);
    vetdicom_options_set_int64(o, VETDICOM_OPT_THREADS, threads);
    size_t frames = 0, size = 0;
    vetdicom_file_frame_count(f, &frames);
    if (limit && limit < frames) frames = limit;
    vetdicom_file_frame_size(f, o, &size, NULL);
    uint8_t *buf = malloc(size * frames);
    static double t[MAX_REPS];
    int reps = 0;
    s = vetdicom_file_decode_frames(f, o, 0, frames, buf, size * frames);
    double start = wall_ms();
    while (s == VETDICOM_OK && reps < MAX_REPS && (reps < 3 || wall_ms() - start < budget)) {
        double a = wall_ms();
        s = vetdicom_file_decode_frames(f, o, 0, frames, buf, size * frames);
        t[reps++] = wall_ms() - a;
    }
    printf("%.4f\t%zu\t%d\n", reps ? median(t, reps) : 0.0, frames, s);
    free(buf);
    vetdicom_options_destroy(o);
    vetdicom_file_close(f);
    return 0;
}

/* Peak resident set of this process image: VmHWM from /proc/self/status. (getrusage's
 * ru_maxrss is inherited across fork+exec from the parent on Linux, so a Python parent's
 * peak would leak into it.) */
static long maxrss_kb(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long v = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "VmHWM:", 6)) v = atol(line + 6);
    fclose(f);
    return v;
}

static int cmd_rss(const char *mode, const char *path) {
    text_cap = 1 << 16; text_buf = malloc(text_cap);
    json_cap = 1 << 20; json_buf = malloc(json_cap);
    snapshot = 1;
    double a = wall_ms();
    vetdicom_status s = VETDICOM_OK;
    if (strcmp(mode, "open") == 0) {
        size_t elements;
        s = parse_once(path, &elements);
    } else {
        vetdicom_file *f = NULL;
        s = vetdicom_file_open(path, NULL, &f);
        size_t frames = 0, size = 0;
        if (s == VETDICOM_OK) s = vetdicom_file_frame_count(f, &frames);
        if (s == VETDICOM_OK) s = vetdicom_file_frame_size(f, NULL, &size, NULL);
        if (s == VETDICOM_OK) {
            uint8_t *buf = malloc(size);
            s = vetdicom_file_decode_frame(f, NULL, frames - 1, buf, size);
            take_snapshot();
            free(buf);
        }
        vetdicom_file_close(f);
    }
    printf("%.3f\t%ld\t%d\t%ld\t%ld\n", wall_ms() - a, maxrss_kb(), s, rss_anon, rss_file);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "parse") == 0) {
        if (argc >= 5) parts = atoi(argv[4]);
        return cmd_parse(argv[2], atof(argv[3]));
    }
    if (argc >= 4 && strcmp(argv[1], "decode") == 0) return cmd_decode(argv[2], atof(argv[3]));
    if (argc >= 5 && strcmp(argv[1], "threads") == 0) return cmd_threads(argv[2], atoi(argv[3]), atof(argv[4]), argc >= 6 ? (size_t)atol(argv[5]) : 0);
    if (argc >= 4 && strcmp(argv[1], "rss") == 0) return cmd_rss(argv[2], argv[3]);
    if (argc >= 2 && strcmp(argv[1], "baseline") == 0) {
        printf("%ld\t%s\n", maxrss_kb(), vetdicom_version_string());
        return 0;
    }
    fprintf(stderr, "usage: see the comment at the top of vd_bench.c\n");
    return 2;
}
