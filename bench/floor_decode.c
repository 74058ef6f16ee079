/* floor_decode: the bare codec library call on the same bitstreams vetdicom decodes (the floor).
 *
 *   floor_decode KIND BUDGET_MS FRAME_FILE...
 *
 * Each FRAME_FILE holds one frame's codestream, extracted from the DICOM file by
 * decode_bench.py (pydicom.encaps.generate_frames). All files are read into memory first; one
 * repetition (CPU time, CLOCK_PROCESS_CPUTIME_ID) decodes every frame once, into one reused output buffer; repetitions run until
 * BUDGET_MS has elapsed (at least 3); the median is printed.
 *
 * KIND:
 *   tj       libturbojpeg 2.1 tjDecompress2 to TJPF_GRAY (1 component) or TJPF_RGB (3), with
 *            TJFLAG_ACCURATEDCT (islow IDCT, as vetdicom asks). One tjhandle per frame (as vetdicom).
 *   tjyuv    libturbojpeg tjDecompressToYUVPlanes (what vetdicom calls for colour; no upsampling).
 *   jls      CharLS 2.4 charls_jpegls_decoder_create/set_source_buffer/read_header/
 *            decode_to_buffer/destroy.
 *   j2k      OpenJPEG 2.5 opj_create_decompress (J2K or JP2 by signature), memory stream,
 *            opj_read_header, opj_decode, opj_end_decompress, destroy; 1 thread (library default).
 *            The printed second time adds the copy of the int32 component planes into an
 *            interleaved 8/16-bit output (what any caller must do).
 *
 * Prints: median_ms \t reps \t frames \t [median_ms_with_copy] \t status
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <turbojpeg.h>
#include <charls/charls.h>
#include <openjpeg.h>

/* CPU time of this process (all threads): the machine is shared, so wall time mostly measures
 * the other jobs. The threads command uses wall_ms. */
static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
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

typedef struct { uint8_t *data; size_t size; } blob;

static blob read_file(const char *path) {
    blob b = {0};
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    fseek(f, 0, SEEK_END);
    b.size = (size_t)ftell(f);
    fseek(f, 0, SEEK_SET);
    b.data = malloc(b.size ? b.size : 1);
    if (fread(b.data, 1, b.size, f) != b.size) { perror(path); exit(2); }
    fclose(f);
    return b;
}

static uint8_t *out;
static size_t out_cap;
static void ensure(size_t n) {
    if (n > out_cap) { free(out); out = malloc(n); out_cap = n; }
}

/* ---- libturbojpeg ---- */
static int tj_one(const blob *b, int yuv) {
    tjhandle h = tjInitDecompress();
    int w, hh, ss, cs;
    if (tjDecompressHeader3(h, b->data, b->size, &w, &hh, &ss, &cs) != 0) { tjDestroy(h); return -1; }
    int gray = cs == TJCS_GRAY;
    int rc;
    if (yuv && !gray) {
        unsigned char *planes[3];
        int strides[3];
        size_t need = 0;
        for (int c = 0; c < 3; c++) need += (size_t)tjPlaneWidth(c, w, ss) * tjPlaneHeight(c, hh, ss);
        ensure(need);
        size_t off = 0;
        for (int c = 0; c < 3; c++) {
            planes[c] = out + off;
            strides[c] = tjPlaneWidth(c, w, ss);
            off += (size_t)strides[c] * tjPlaneHeight(c, hh, ss);
        }
        rc = tjDecompressToYUVPlanes(h, b->data, b->size, planes, w, strides, hh, TJFLAG_ACCURATEDCT);
    } else {
        int pf = gray ? TJPF_GRAY : TJPF_RGB;
        ensure((size_t)w * hh * tjPixelSize[pf]);
        rc = tjDecompress2(h, b->data, b->size, out, w, 0, hh, pf, TJFLAG_ACCURATEDCT);
    }
    tjDestroy(h);
    return rc == 0 ? 0 : -1;
}

/* ---- CharLS ---- */
static int jls_one(const blob *b) {
    charls_jpegls_decoder *d = charls_jpegls_decoder_create();
    int rc = -1;
    size_t need = 0;
    if (charls_jpegls_decoder_set_source_buffer(d, b->data, b->size) == 0 &&
        charls_jpegls_decoder_read_header(d) == 0 &&
        charls_jpegls_decoder_get_destination_size(d, 0, &need) == 0) {
        ensure(need);
        rc = charls_jpegls_decoder_decode_to_buffer(d, out, need, 0) == 0 ? 0 : -1;
    }
    charls_jpegls_decoder_destroy(d);
    return rc;
}

/* ---- OpenJPEG ---- */
typedef struct { const blob *b; size_t pos; } mem;
static OPJ_SIZE_T m_read(void *buf, OPJ_SIZE_T n, void *u) {
    mem *m = u;
    size_t left = m->b->size - m->pos;
    if (left == 0) return (OPJ_SIZE_T)-1;
    if (n > left) n = left;
    memcpy(buf, m->b->data + m->pos, n);
    m->pos += n;
    return n;
}
static OPJ_OFF_T m_skip(OPJ_OFF_T n, void *u) {
    mem *m = u;
    if (n < 0 || (size_t)n > m->b->size - m->pos) return -1;
    m->pos += (size_t)n;
    return n;
}
static OPJ_BOOL m_seek(OPJ_OFF_T n, void *u) {
    mem *m = u;
    if (n < 0 || (size_t)n > m->b->size) return OPJ_FALSE;
    m->pos = (size_t)n;
    return OPJ_TRUE;
}
static void quiet(const char *msg, void *u) { (void)msg; (void)u; }

static int j2k_one(const blob *b, int copy) {
    int jp2 = b->size > 12 && memcmp(b->data + 4, "jP  ", 4) == 0;
    opj_codec_t *c = opj_create_decompress(jp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K);
    opj_set_info_handler(c, quiet, NULL);
    opj_set_warning_handler(c, quiet, NULL);
    opj_set_error_handler(c, quiet, NULL);
    opj_dparameters_t p;
    opj_set_default_decoder_parameters(&p);
    opj_setup_decoder(c, &p);
    mem m = { b, 0 };
    opj_stream_t *s = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, 1);
    opj_stream_set_user_data(s, &m, NULL);
    opj_stream_set_user_data_length(s, b->size);
    opj_stream_set_read_function(s, m_read);
    opj_stream_set_skip_function(s, m_skip);
    opj_stream_set_seek_function(s, m_seek);
    opj_image_t *img = NULL;
    int rc = -1;
    if (opj_read_header(s, c, &img) && opj_decode(c, s, img) && opj_end_decompress(c, s)) {
        rc = 0;
        if (copy) {
            unsigned nc = img->numcomps, w = img->comps[0].w, h = img->comps[0].h;
            unsigned bps = img->comps[0].prec > 8 ? 2 : 1;
            size_t n = (size_t)w * h;
            ensure(n * nc * bps);
            for (unsigned k = 0; k < nc; k++) {
                const OPJ_INT32 *src = img->comps[k].data;
                if (bps == 1) {
                    uint8_t *d = out + k;
                    for (size_t i = 0; i < n; i++) d[i * nc] = (uint8_t)src[i];
                } else {
                    uint16_t *d = (uint16_t *)out + k;
                    for (size_t i = 0; i < n; i++) d[i * nc] = (uint16_t)src[i];
                }
            }
        }
    }
    if (img) opj_image_destroy(img);
    opj_stream_destroy(s);
    opj_destroy_codec(c);
    return rc;
}

static int run(const char *kind, blob *frames, int n, int copy) {
    for (int i = 0; i < n; i++) {
        int rc;
        if (!strcmp(kind, "tj")) rc = tj_one(&frames[i], 0);
        else if (!strcmp(kind, "tjyuv")) rc = tj_one(&frames[i], 1);
        else if (!strcmp(kind, "jls")) rc = jls_one(&frames[i]);
        else if (!strcmp(kind, "j2k")) rc = j2k_one(&frames[i], copy);
        else return -2;
        if (rc) return rc;
    }
    return 0;
}

#define MAX_REPS 2000
static double measure(const char *kind, blob *frames, int n, int copy, double budget, int *reps_out, int *status) {
    static double t[MAX_REPS];
    int reps = 0;
    *status = run(kind, frames, n, copy); /* warm-up */
    double start = now_ms();
    while (*status == 0 && reps < MAX_REPS && (reps < 3 || now_ms() - start < budget)) {
        double a = now_ms();
        *status = run(kind, frames, n, copy);
        t[reps++] = now_ms() - a;
    }
    *reps_out = reps;
    return reps ? median(t, reps) : 0.0;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: floor_decode KIND BUDGET_MS FRAME_FILE...\n"); return 2; }
    const char *kind = argv[1];
    double budget = atof(argv[2]);
    int n = argc - 3;
    blob *frames = calloc((size_t)n, sizeof *frames);
    for (int i = 0; i < n; i++) frames[i] = read_file(argv[3 + i]);
    int reps = 0, st = 0, reps2 = 0, st2 = 0;
    double a = measure(kind, frames, n, 0, budget, &reps, &st);
    if (!strcmp(kind, "j2k") && st == 0) {
        double b = measure(kind, frames, n, 1, budget, &reps2, &st2);
        printf("%.4f\t%d\t%d\t%.4f\t%d\n", a, reps, n, b, st2);
    } else {
        printf("%.4f\t%d\t%d\t\t%d\n", a, reps, n, st);
    }
    return 0;
}
