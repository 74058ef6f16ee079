/* encode_bare.c: vetdicom's encoders vs the same Debian libraries called bare (not a test).
 *
 *   encode_bare NATIVE.dcm OUT_DIR BUDGET_S ROUNDS [SYNTAX...]
 *
 * NATIVE.dcm is a native single-frame file. For each syntax, in one process, interleaved
 * rounds of:
 *   vetdicom  vetdicom_file_transcode(file, OUT_DIR/x.dcm, syntax, NULL) (default options: the
 *             frame is read from the file, encoded, and written as Part 10, atomically)
 *   floor     the same call to "explicit" (read + Part 10 write of the native frame, no codec):
 *             vetdicom - floor estimates the encoder alone (wrapper + library)
 *   memory    vetdicom_file_transcode_memory(file, syntax, NULL, ...) + vetdicom_free: the same
 *             transcode with the Part 10 output in memory (no file system)
 *   bare      the Debian library the encoder links (CharLS 2.4.1, OpenJPEG 2.5.0, OpenJPH 0.9,
 *             libturbojpeg 2.1.5) on the same frame bytes with the parameters vetdicom gives it
 *             (JPEGLSEncoder.swift, JPEG2000Encoder.swift, HTJ2K.swift, JPEGEncoders.swift)
 * Time: CPU time of the process (CLOCK_PROCESS_CPUTIME_ID): per round, repetitions until
 * BUDGET_S is spent (at least 2), the round's median; the figure is the median of the rounds.
 * Prints one TSV line per syntax: syntax vd_ms floor_ms bare_ms vd_bytes bare_bytes memory_ms
 * (bare_ms -1 when there is no bare library call: rle, jpeg-lossless, explicit).
 */
#include <vetdicom/vetdicom.h>

#include <charls/charls.h>
#include <openjpeg.h>
#include <turbojpeg.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

size_t bare_htj2k_encode(const void *src, int width, int height, int nc, int bytes_per_sample, int bits,
                         int is_signed, int reversible, float qstep, int mct, const char *progression, int levels);

static struct {
    int rows, cols, nc, bps, bits, sgn, rgb;
    const uint8_t *px;
    size_t nbytes;
} F;

static double cpu_now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int cmpd(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}
static double median(double *v, int n) {
    qsort(v, n, sizeof *v, cmpd);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ---- bare calls: return the encoded size (0 on failure) ---- */

static uint8_t *masked; /* samples masked to Bits Stored, as CharLS needs (prepared once, untimed) */

static size_t bare_jpegls(int near) {
    int bits = F.bits < 2 ? 2 : F.bits;
    size_t count = (size_t)F.rows * F.cols * F.nc, raw = count * (bits <= 8 ? 1 : 2);
    /* CharLS reads 1 byte per sample up to 8 bits: 16-bit containers with <= 8 bits stored are
     * narrowed once, untimed, like the masking (vetdicom does both in its timed call). */
    const void *src = (F.bps == 1 || bits > 8) ? (const void *)masked : NULL;
    static uint8_t *narrow;
    if (!src) {
        if (!narrow) {
            narrow = malloc(count);
            for (size_t i = 0; i < count; i++) narrow[i] = (uint8_t)((const uint16_t *)masked)[i];
        }
        src = narrow;
    }
    charls_jpegls_encoder *e = charls_jpegls_encoder_create();
    charls_frame_info fi = {(uint32_t)F.cols, (uint32_t)F.rows, bits, F.nc};
    size_t est = 0;
    if (charls_jpegls_encoder_set_frame_info(e, &fi) || charls_jpegls_encoder_set_near_lossless(e, near) ||
        (F.nc > 1 && charls_jpegls_encoder_set_interleave_mode(e, CHARLS_INTERLEAVE_MODE_SAMPLE)) ||
        charls_jpegls_encoder_get_estimated_destination_size(e, &est)) {
        charls_jpegls_encoder_destroy(e);
        return 0;
    }
    size_t cap = (est > raw ? est : raw) + raw / 8 + 4096;
    uint8_t *out = malloc(cap);
    size_t written = 0;
    if (charls_jpegls_encoder_set_destination_buffer(e, out, cap) == CHARLS_JPEGLS_ERRC_SUCCESS &&
        charls_jpegls_encoder_encode_from_buffer(e, src, raw, 0) == CHARLS_JPEGLS_ERRC_SUCCESS &&
        charls_jpegls_encoder_get_bytes_written(e, &written) != CHARLS_JPEGLS_ERRC_SUCCESS)
        written = 0;
    charls_jpegls_encoder_destroy(e);
    free(out);
    return written;
}

typedef struct { uint8_t *b; size_t n, cap, pos; } sink;
static OPJ_SIZE_T s_write(void *buf, OPJ_SIZE_T n, void *u) {
    sink *s = u;
    if (s->pos + n > s->cap) {
        size_t c = s->cap ? s->cap : 1 << 16;
        while (c < s->pos + n) c *= 2;
        s->b = realloc(s->b, c);
        s->cap = c;
    }
    memcpy(s->b + s->pos, buf, n);
    s->pos += n;
    if (s->pos > s->n) s->n = s->pos;
    return n;
}
static OPJ_OFF_T s_skip(OPJ_OFF_T n, void *u) { ((sink *)u)->pos += n; return n; }
static OPJ_BOOL s_seek(OPJ_OFF_T n, void *u) { ((sink *)u)->pos = (size_t)n; return OPJ_TRUE; }
static void quiet(const char *m, void *u) { (void)m; (void)u; }

static int levels(void) {
    int l = 5, m = F.rows < F.cols ? F.rows : F.cols;
    while (l > 0 && (1 << l) > m) l--;
    return l;
}

static size_t bare_j2k(int lossy) {
    opj_image_cmptparm_t cp[3];
    memset(cp, 0, sizeof cp);
    for (int c = 0; c < F.nc; c++) {
        cp[c].dx = cp[c].dy = 1;
        cp[c].w = F.cols;
        cp[c].h = F.rows;
        cp[c].prec = F.bits;
        cp[c].sgnd = F.sgn;
    }
    opj_image_t *img = opj_image_create(F.nc, cp, F.nc == 3 ? OPJ_CLRSPC_SRGB : OPJ_CLRSPC_GRAY);
    img->x0 = img->y0 = 0;
    img->x1 = F.cols;
    img->y1 = F.rows;
    size_t px = (size_t)F.rows * F.cols;
    int shift = 32 - F.bits;
    int32_t mask = F.bits >= 32 ? -1 : (int32_t)((1u << F.bits) - 1);
    for (int c = 0; c < F.nc; c++) {
        OPJ_INT32 *d = img->comps[c].data;
        if (F.bps == 1) {
            for (size_t p = 0; p < px; p++) d[p] = F.px[p * F.nc + c];
        } else {
            const uint16_t *s = (const uint16_t *)F.px;
            if (F.sgn) for (size_t p = 0; p < px; p++) d[p] = ((int32_t)s[p * F.nc + c] << shift) >> shift;
            else for (size_t p = 0; p < px; p++) d[p] = s[p * F.nc + c] & mask;
        }
    }
    opj_cparameters_t p;
    opj_set_default_encoder_parameters(&p);
    p.tcp_numlayers = 1;
    p.numresolution = levels() + 1;
    p.tcp_mct = F.rgb ? 1 : 0;
    p.irreversible = lossy;
    p.cp_disto_alloc = 1;
    p.tcp_rates[0] = lossy ? 10 : 0; /* vetdicom's default j2k_ratio */
    opj_codec_t *codec = opj_create_compress(OPJ_CODEC_J2K);
    opj_set_info_handler(codec, quiet, NULL);
    opj_set_warning_handler(codec, quiet, NULL);
    opj_set_error_handler(codec, quiet, NULL);
    sink s = {0};
    size_t n = 0;
    if (opj_setup_encoder(codec, &p, img)) {
        opj_stream_t *st = opj_stream_create(1 << 20, OPJ_FALSE);
        opj_stream_set_user_data(st, &s, NULL);
        opj_stream_set_write_function(st, s_write);
        opj_stream_set_skip_function(st, s_skip);
        opj_stream_set_seek_function(st, s_seek);
        if (opj_start_compress(codec, img, st) && opj_encode(codec, st) && opj_end_compress(codec, st)) n = s.n;
        opj_stream_destroy(st);
    }
    opj_destroy_codec(codec);
    opj_image_destroy(img);
    free(s.b);
    return n;
}

static size_t bare_jpeg(void) {
    tjhandle h = tjInitCompress();
    unsigned char *j = NULL;
    unsigned long n = 0;
    int rc = tjCompress2(h, F.px, F.cols, 0, F.rows, F.nc == 3 ? TJPF_RGB : TJPF_GRAY, &j, &n,
                         F.nc == 3 ? TJSAMP_422 : TJSAMP_GRAY, 90, TJFLAG_ACCURATEDCT);
    tjFree(j);
    tjDestroy(h);
    return rc == 0 ? n : 0;
}

static size_t bare_call(const char *ts) {
    if (!strcmp(ts, "jpeg-ls")) return bare_jpegls(0);
    if (!strcmp(ts, "jpeg-ls-near")) return bare_jpegls(2);
    if (!strcmp(ts, "j2k")) return bare_j2k(0);
    if (!strcmp(ts, "j2k-lossy")) return bare_j2k(1);
    if (!strcmp(ts, "jpeg-baseline")) return bare_jpeg();
    int mct = F.rgb;
    if (!strcmp(ts, "htj2k")) return bare_htj2k_encode(F.px, F.cols, F.rows, F.nc, F.bps, F.bits, F.sgn, 1, 0, mct, "LRCP", levels());
    if (!strcmp(ts, "htj2k-rpcl")) return bare_htj2k_encode(F.px, F.cols, F.rows, F.nc, F.bps, F.bits, F.sgn, 1, 0, mct, "RPCL", levels());
    if (!strcmp(ts, "htj2k-lossy")) return bare_htj2k_encode(F.px, F.cols, F.rows, F.nc, F.bps, F.bits, F.sgn, 0, 0.005f, mct, "LRCP", levels());
    return (size_t)-1;
}

/* ---- timing ---- */

static vetdicom_file *FILE_;
static char OUT[4096];
static const char *TS;

static int vd_call(void) { return vetdicom_file_transcode(FILE_, OUT, TS, NULL); }

static void mem_call(void) {
    uint8_t *data = NULL;
    size_t size = 0;
    vetdicom_file_transcode_memory(FILE_, TS, NULL, &data, &size);
    vetdicom_free(data);
}

/* One round: repetitions of `which` (0 vetdicom, 1 floor, 2 bare, 3 memory) until `budget` CPU
 * seconds, median. */
static double round_of(int which, double budget) {
    double t[4096];
    int n = 0;
    double start = cpu_now();
    do {
        double a = cpu_now();
        if (which == 0) vd_call();
        else if (which == 1) vetdicom_file_transcode(FILE_, OUT, "explicit", NULL);
        else if (which == 3) mem_call();
        else bare_call(TS);
        t[n++] = cpu_now() - a;
    } while (n < 4096 && (n < 2 || cpu_now() - start < budget));
    return median(t, n);
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: %s NATIVE.dcm OUT_DIR BUDGET_S ROUNDS [SYNTAX...]\n", argv[0]);
        return 2;
    }
    double budget = atof(argv[3]);
    int rounds = atoi(argv[4]);
    if (rounds < 1 || rounds > 64) rounds = 5;
    snprintf(OUT, sizeof OUT, "%s/encode_bare_out.dcm", argv[2]);
    if (vetdicom_file_open(argv[1], NULL, &FILE_) != VETDICOM_OK) {
        fprintf(stderr, "open %s: %s\n", argv[1], vetdicom_last_error_message());
        return 1;
    }
    vetdicom_image_info ii;
    memset(&ii, 0, sizeof ii);
    ii.struct_size = sizeof ii;
    if (vetdicom_file_image_info(FILE_, &ii) != VETDICOM_OK || ii.encapsulated || ii.number_of_frames != 1) {
        fprintf(stderr, "%s: not a native single-frame image\n", argv[1]);
        return 1;
    }
    F.rows = ii.rows;
    F.cols = ii.columns;
    F.nc = ii.samples_per_pixel;
    F.bps = ii.bits_allocated / 8;
    F.bits = ii.bits_stored;
    F.sgn = ii.pixel_representation;
    F.rgb = F.nc == 3 && !strcmp(ii.photometric_interpretation, "RGB");
    size_t len = 0;
    vetdicom_file_encoded_frame(FILE_, 0, NULL, 0, &len);
    uint8_t *px = malloc(len);
    if (vetdicom_file_encoded_frame(FILE_, 0, px, len, &len) != VETDICOM_OK) {
        fprintf(stderr, "frame: %s\n", vetdicom_last_error_message());
        return 1;
    }
    F.px = px;
    F.nbytes = len;
    size_t count = (size_t)F.rows * F.cols * F.nc;
    masked = malloc(len);
    if (F.bps == 1) memcpy(masked, px, len);
    else {
        int b = F.bits < 2 ? 2 : F.bits;
        for (size_t i = 0; i < count; i++) ((uint16_t *)masked)[i] = ((const uint16_t *)px)[i] & (uint16_t)((1u << b) - 1);
    }
    fprintf(stderr, "%s: %dx%d, %d sample(s), %d-bit container, %d bits stored, %s\n", argv[1], F.cols, F.rows, F.nc,
            F.bps * 8, F.bits, F.sgn ? "signed" : "unsigned");
    for (int a = 5; a < argc; a++) {
        TS = argv[a];
        if (vd_call() != VETDICOM_OK) {
            printf("%s\trefused\t%d\t%s\n", TS, 0, vetdicom_last_error_message());
            fflush(stdout);
            continue;
        }
        struct stat st;
        size_t vd_bytes = stat(OUT, &st) == 0 ? (size_t)st.st_size : 0;
        size_t bare_bytes = bare_call(TS);
        int has_bare = bare_bytes != (size_t)-1;
        double vd[64], fl[64], br[64], mm[64];
        for (int r = 0; r < rounds; r++) {
            vd[r] = round_of(0, budget);
            fl[r] = round_of(1, budget);
            br[r] = has_bare ? round_of(2, budget) : -1;
            mm[r] = round_of(3, budget);
        }
        printf("%s\t%.3f\t%.3f\t%.3f\t%zu\t%zd\t%.3f\n", TS, median(vd, rounds) * 1e3, median(fl, rounds) * 1e3,
               has_bare ? median(br, rounds) * 1e3 : -1.0, vd_bytes, has_bare ? (ssize_t)bare_bytes : (ssize_t)-1,
               median(mm, rounds) * 1e3);
        fflush(stdout);
    }
    vetdicom_file_close(FILE_);
    return 0;
}
