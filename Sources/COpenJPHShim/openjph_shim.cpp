// vetdicom: C interface over OpenJPH (see include/vd_openjph.h).
#include "vd_openjph.h"

#include <openjph/ojph_arch.h>
#include <openjph/ojph_codestream.h>
#include <openjph/ojph_file.h>
#include <openjph/ojph_mem.h>
#include <openjph/ojph_message.h>
#include <openjph/ojph_params.h>
#include <openjph/ojph_version.h>

#include <cstdarg>
#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

// OpenJPH reports errors through a global handler that prints to stderr and throws. Ours
// formats the text into the exception (no printing); warnings and infos are dropped.
class quiet_error : public ojph::message_error {
public:
    void operator()(int code, const char *, int, const char *fmt, ...) override {
        char buf[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(buf, sizeof buf, fmt, ap);
        va_end(ap);
        char out[600];
        snprintf(out, sizeof out, "OpenJPH error 0x%x: %s", (unsigned)code, buf);
        throw std::runtime_error(out);
    }
};
class quiet_warning : public ojph::message_warning {
public:
    void operator()(int, const char *, int, const char *, ...) override {}
};
class quiet_info : public ojph::message_info {
public:
    void operator()(int, const char *, int, const char *, ...) override {}
};

void install_handlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        static quiet_error e;
        static quiet_warning w;
        static quiet_info i;
        // Debian's 0.9 build keeps printing through its default handlers: send them nowhere.
        if (FILE *null = fopen("/dev/null", "w")) {
            ojph::set_error_stream(null);
            ojph::set_warning_stream(null);
            ojph::set_info_stream(null);
        }
        ojph::configure_error(&e);
        ojph::configure_warning(&w);
        ojph::configure_info(&i);
    });
}

void set_err(char *err, size_t cap, const char *msg) {
    if (err && cap > 0) {
        snprintf(err, cap, "%s", msg);
    }
}

void fill_info(ojph::codestream &cs, vd_ojph_info *info) {
    ojph::param_siz siz = cs.access_siz();
    ojph::param_cod cod = cs.access_cod();
    ojph::point ext = siz.get_image_extent(), off = siz.get_image_offset();
    info->width = (int)(ext.x - off.x);
    info->height = (int)(ext.y - off.y);
    info->components = (int)siz.get_num_components();
    info->bit_depth = info->components > 0 ? (int)siz.get_bit_depth(0) : 0;
    info->is_signed = info->components > 0 ? (siz.is_signed(0) ? 1 : 0) : 0;
    info->reversible = cod.is_reversible() ? 1 : 0;
    info->color_transform = cod.is_using_color_transform() ? 1 : 0;
    info->subsampled = 0;
    info->uniform = 1;
    for (int c = 0; c < info->components; c++) {
        ojph::point d = siz.get_downsampling((ojph::ui32)c);
        if (d.x != 1 || d.y != 1) info->subsampled = 1;
        if ((int)siz.get_bit_depth((ojph::ui32)c) != info->bit_depth ||
            (siz.is_signed((ojph::ui32)c) ? 1 : 0) != info->is_signed)
            info->uniform = 0;
    }
}

// One decoded line of component `comp` into row `y` of interleaved containers of type T,
// clamped to [lo, hi] (written truncated: signed values sign-extended). The general form, for
// 32-bit components (whose range does not fit the 32-bit clamp below).
template <typename T>
void store_line(T *out, const ojph::si32 *sp, size_t y, size_t w, size_t nc, size_t comp, long long lo, long long hi) {
    T *d = out + (y * w) * nc + comp;
    for (size_t x = 0; x < w; x++) {
        long long v = sp[x];
        v = v < lo ? lo : (v > hi ? hi : v);
        d[x * nc] = (T)v;
    }
}

// The same for components of at most 31 bits (lo and hi fit an si32), with the component
// stride a compile-time constant where it is 1 or 3 (NC = 0: nc at run time), and three
// components of row `y` (copied from OpenJPH's lines into `rows`, one row of w each) written
// interleaved in one pass. The loops vectorize (the 64-bit general form above cost 9-12% of an
// HTJ2K decode); on x86-64 they are compiled twice, for the baseline and for AVX2 (chosen once
// at run time with CPUID), since the stride-3 byte stores of RGB only vectorize with AVX2.
#define VD_STORE_KERNELS(SUFFIX, ATTR)                                                              \
    template <typename T, int NC>                                                                   \
    ATTR void store_line32_##SUFFIX(T *__restrict out, const ojph::si32 *__restrict sp, size_t y,   \
                                    size_t w, size_t nc, size_t comp, ojph::si32 lo, ojph::si32 hi) { \
        const size_t stride = NC > 0 ? (size_t)NC : nc;                                             \
        T *__restrict d = out + (y * w) * stride + comp;                                            \
        for (size_t x = 0; x < w; x++) {                                                            \
            ojph::si32 v = sp[x];                                                                   \
            v = v < lo ? lo : v;                                                                    \
            v = v > hi ? hi : v;                                                                    \
            d[x * stride] = (T)v;                                                                   \
        }                                                                                           \
    }                                                                                               \
    template <typename T>                                                                           \
    ATTR void store_row3_##SUFFIX(T *__restrict out, const ojph::si32 *__restrict rows, size_t y,   \
                                  size_t w, ojph::si32 lo, ojph::si32 hi) {                         \
        T *__restrict d = out + (y * w) * 3;                                                        \
        const ojph::si32 *r0 = rows, *r1 = rows + w, *r2 = rows + 2 * w;                            \
        for (size_t x = 0; x < w; x++) {                                                            \
            ojph::si32 a = r0[x], b = r1[x], c = r2[x];                                             \
            a = a < lo ? lo : (a > hi ? hi : a);                                                    \
            b = b < lo ? lo : (b > hi ? hi : b);                                                    \
            c = c < lo ? lo : (c > hi ? hi : c);                                                    \
            d[3 * x] = (T)a;                                                                        \
            d[3 * x + 1] = (T)b;                                                                    \
            d[3 * x + 2] = (T)c;                                                                    \
        }                                                                                           \
    }

VD_STORE_KERNELS(base, )
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
VD_STORE_KERNELS(avx2, __attribute__((target("avx2"))))

// AVX2 in the CPU and its YMM state enabled by the OS (CPUID.1:ECX OSXSAVE+AVX, XCR0 bits 1-2,
// CPUID.7.0:EBX bit 5).
bool cpu_has_avx2() {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    if ((c & (1u << 27)) == 0 || (c & (1u << 28)) == 0) return false;
    unsigned xlo, xhi;
    __asm__("xgetbv" : "=a"(xlo), "=d"(xhi) : "c"(0));
    if ((xlo & 6u) != 6u) return false;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return (b & (1u << 5)) != 0;
}
const bool use_avx2 = cpu_has_avx2();
#define VD_DISPATCH(NAME, ...) (use_avx2 ? NAME##_avx2 __VA_ARGS__ : NAME##_base __VA_ARGS__)
#else
#define VD_DISPATCH(NAME, ...) (NAME##_base __VA_ARGS__)
#endif

template <typename T>
void store_line_fast(T *out, const ojph::si32 *sp, size_t y, size_t w, size_t nc, size_t comp,
                     ojph::si32 lo, ojph::si32 hi) {
    if (nc == 1) VD_DISPATCH(store_line32, <T, 1>(out, sp, y, w, nc, comp, lo, hi));
    else if (nc == 3) VD_DISPATCH(store_line32, <T, 3>(out, sp, y, w, nc, comp, lo, hi));
    else VD_DISPATCH(store_line32, <T, 0>(out, sp, y, w, nc, comp, lo, hi));
}

template <typename T>
void store_row3(T *out, const ojph::si32 *rows, size_t y, size_t w, ojph::si32 lo, ojph::si32 hi) {
    VD_DISPATCH(store_row3, <T>(out, rows, y, w, lo, hi));
}

}  // namespace

extern "C" int vd_ojph_read_info(const uint8_t *src, size_t n, vd_ojph_info *info, char *err, size_t err_cap) {
    if (!src || !info) { set_err(err, err_cap, "null argument"); return -1; }
    install_handlers();
    try {
        ojph::mem_infile file;
        file.open(src, n);
        ojph::codestream cs;
        cs.read_headers(&file);
        fill_info(cs, info);
        cs.close();
        return 0;
    } catch (const std::exception &e) {
        set_err(err, err_cap, e.what());
        return -1;
    } catch (...) {
        set_err(err, err_cap, "OpenJPH: unknown error");
        return -1;
    }
}

extern "C" int vd_ojph_decode(const uint8_t *src, size_t n, void *dst, size_t dst_cap, int bps,
                              int expect_w, int expect_h, int expect_c, vd_ojph_info *info,
                              char *err, size_t err_cap) {
    if (!src || !dst || !info) { set_err(err, err_cap, "null argument"); return -1; }
    if (bps != 1 && bps != 2 && bps != 4) { set_err(err, err_cap, "unsupported container size"); return -1; }
    install_handlers();
    try {
        ojph::mem_infile file;
        file.open(src, n);
        ojph::codestream cs;
        cs.read_headers(&file);
        fill_info(cs, info);
        char msg[200];
        if (info->width != expect_w || info->height != expect_h || info->components != expect_c) {
            snprintf(msg, sizeof msg, "codestream is %dx%d with %d components, data set declares %dx%d with %d",
                     info->width, info->height, info->components, expect_w, expect_h, expect_c);
            set_err(err, err_cap, msg);
            cs.close();
            return -2;
        }
        if (info->subsampled || !info->uniform || info->bit_depth < 1 || info->bit_depth > 32 ||
            info->bit_depth > bps * 8) {
            snprintf(msg, sizeof msg, "components are subsampled, differ, or have %d bits for %d-byte samples",
                     info->bit_depth, bps);
            set_err(err, err_cap, msg);
            cs.close();
            return -2;
        }
        size_t w = (size_t)info->width, h = (size_t)info->height, nc = (size_t)info->components;
        if (w == 0 || h == 0 || nc == 0 || dst_cap / w / h / nc < (size_t)bps || w * h * nc * (size_t)bps != dst_cap) {
            set_err(err, err_cap, "destination size does not match the codestream");
            cs.close();
            return -1;
        }
        // Planar pulling is faster; with a colour transform the components come interleaved by line.
        cs.set_planar(nc == 1 || !info->color_transform);
        cs.create();
        const int depth = info->bit_depth;
        const bool sgn = info->is_signed != 0;
        long long lo, hi;
        if (sgn) { lo = -(1LL << (depth - 1)); hi = (1LL << (depth - 1)) - 1; }
        else { lo = 0; hi = (1LL << depth) - 1; }
        uint8_t *out = static_cast<uint8_t *>(dst);
        const size_t lines = h * nc;
        size_t rowOf[64] = {0};  // next row per component
        if (nc > 64) { set_err(err, err_cap, "too many components"); cs.close(); return -2; }
        // Components of at most 31 bits are clamped in 32 bits (vectorized, store_line32).
        const bool narrow = depth <= 31;
        const ojph::si32 lo32 = narrow ? (ojph::si32)lo : 0, hi32 = narrow ? (ojph::si32)hi : 0;
        // Three components pulled line by line (colour transform): the three lines of a row
        // are kept (copied, as OpenJPH does not promise its line buffers outlive the next pull)
        // and written interleaved together. Any other order falls back to line by line.
        std::vector<ojph::si32> rows3;
        bool by_row3 = narrow && nc == 3 && info->color_transform;
        if (by_row3) rows3.resize(3 * w);
        size_t held = 0;  // components of the current row held in rows3 (0, 1 or 2)
        auto store = [&](const ojph::si32 *sp, size_t y, size_t comp) {
            if (narrow) {
                switch (bps) {
                case 1: store_line_fast(reinterpret_cast<uint8_t *>(out), sp, y, w, nc, comp, lo32, hi32); break;
                case 2: store_line_fast(reinterpret_cast<uint16_t *>(out), sp, y, w, nc, comp, lo32, hi32); break;
                default: store_line_fast(reinterpret_cast<uint32_t *>(out), sp, y, w, nc, comp, lo32, hi32); break;
                }
            } else {
                switch (bps) {
                case 1: store_line(reinterpret_cast<uint8_t *>(out), sp, y, w, nc, comp, lo, hi); break;
                case 2: store_line(reinterpret_cast<uint16_t *>(out), sp, y, w, nc, comp, lo, hi); break;
                default: store_line(reinterpret_cast<uint32_t *>(out), sp, y, w, nc, comp, lo, hi); break;
                }
            }
        };
        for (size_t k = 0; k < lines; k++) {
            ojph::ui32 comp = 0;
            ojph::line_buf *line = cs.pull(comp);
            if (!line || !line->i32 || comp >= nc || rowOf[comp] >= h || line->size < w) {
                set_err(err, err_cap, "OpenJPH returned an unexpected line");
                cs.close();
                return -1;
            }
            const size_t y = rowOf[comp]++;
            if (by_row3) {
                if (comp == held && y == k / 3) {
                    memcpy(rows3.data() + comp * w, line->i32, w * sizeof(ojph::si32));
                    if (++held < 3) continue;
                    held = 0;
                    switch (bps) {
                    case 1: store_row3(reinterpret_cast<uint8_t *>(out), rows3.data(), y, w, lo32, hi32); break;
                    case 2: store_row3(reinterpret_cast<uint16_t *>(out), rows3.data(), y, w, lo32, hi32); break;
                    default: store_row3(reinterpret_cast<uint32_t *>(out), rows3.data(), y, w, lo32, hi32); break;
                    }
                    continue;
                }
                // Not the order expected: write what is held (row (k - held) / 3, components
                // 0..<held), then go line by line.
                for (size_t c = 0; c < held; c++) store(rows3.data() + c * w, (k - held) / 3, c);
                held = 0;
                by_row3 = false;
            }
            store(line->i32, y, comp);
        }
        if (by_row3 && held != 0) {
            for (size_t c = 0; c < held; c++) store(rows3.data() + c * w, (lines - held) / 3, c);
        }
        cs.close();
        return 0;
    } catch (const std::bad_alloc &) {
        set_err(err, err_cap, "OpenJPH: out of memory");
        return -1;
    } catch (const std::exception &e) {
        set_err(err, err_cap, e.what());
        return -1;
    } catch (...) {
        set_err(err, err_cap, "OpenJPH: unknown error");
        return -1;
    }
}

// One line of component samples from the interleaved containers into OpenJPH's line buffer:
// only the low `bits` bits of a container are the sample (unsigned: masked; signed:
// sign-extended from bit `bits - 1`), so callers pass the frame as stored, without a copy.
// The single-component loops have stride 1 and vectorize.
template <typename T>
static void load_line(const T *s, size_t w, size_t nc, int bits, bool is_signed, ojph::si32 *dp) {
    if (is_signed) {
        const int sh = 32 - bits;
        if (nc == 1) for (size_t x = 0; x < w; x++) dp[x] = (ojph::si32)((uint32_t)s[x] << sh) >> sh;
        else for (size_t x = 0; x < w; x++) dp[x] = (ojph::si32)((uint32_t)s[x * nc] << sh) >> sh;
    } else {
        const uint32_t mask = bits >= 32 ? 0xFFFFFFFFu : ((1u << bits) - 1u);
        if (nc == 1) for (size_t x = 0; x < w; x++) dp[x] = (ojph::si32)((uint32_t)s[x] & mask);
        else for (size_t x = 0; x < w; x++) dp[x] = (ojph::si32)((uint32_t)s[x * nc] & mask);
    }
}

extern "C" int vd_ojph_encode(const void *src, int width, int height, int components, int bps,
                              int bit_depth, int is_signed, int reversible, float qstep, int color_transform,
                              const char *progression, int decompositions, int block_size,
                              uint8_t **out, size_t *out_len, char *err, size_t err_cap) {
    if (!src || !out || !out_len || !progression) { set_err(err, err_cap, "null argument"); return -1; }
    *out = nullptr;
    *out_len = 0;
    if (width < 1 || height < 1 || components < 1 || components > 64 || (bps != 1 && bps != 2 && bps != 4) ||
        bit_depth < 1 || bit_depth > bps * 8 || decompositions < 0 || decompositions > 32 ||
        (color_transform && components != 3) || (!reversible && !(qstep > 0.0f))) {
        set_err(err, err_cap, "invalid encoding parameters");
        return -1;
    }
    install_handlers();
    try {
        ojph::mem_outfile file;
        file.open();
        ojph::codestream cs;
        ojph::param_siz siz = cs.access_siz();
        siz.set_image_extent(ojph::point((ojph::ui32)width, (ojph::ui32)height));
        siz.set_num_components((ojph::ui32)components);
        for (int c = 0; c < components; c++)
            siz.set_component((ojph::ui32)c, ojph::point(1, 1), (ojph::ui32)bit_depth, is_signed != 0);
        siz.set_image_offset(ojph::point(0, 0));
        siz.set_tile_size(ojph::size((ojph::ui32)width, (ojph::ui32)height));
        siz.set_tile_offset(ojph::point(0, 0));
        ojph::param_cod cod = cs.access_cod();
        cod.set_num_decomposition((ojph::ui32)decompositions);
        cod.set_block_dims((ojph::ui32)block_size, (ojph::ui32)block_size);
        cod.set_progression_order(progression);
        cod.set_color_transform(color_transform != 0);
        cod.set_reversible(reversible != 0);
        if (!reversible) cs.access_qcd().set_irrev_quant(qstep);
        cs.set_planar(!color_transform);
        cs.write_headers(&file);

        const size_t w = (size_t)width, nc = (size_t)components;
        const uint8_t *in = static_cast<const uint8_t *>(src);
        ojph::ui32 next = 0;
        ojph::line_buf *line = cs.exchange(nullptr, next);
        // Planar: all rows of component 0, then 1...; else row by row, components in turn.
        const size_t total = (size_t)height * nc;
        size_t rowOf[64] = {0};
        for (size_t k = 0; k < total; k++) {
            size_t comp = next;
            if (!line || comp >= nc || rowOf[comp] >= (size_t)height || line->size < w)
                throw std::runtime_error("OpenJPH asked for an unexpected line");
            size_t y = rowOf[comp]++;
            ojph::si32 *dp = line->i32;
            switch (bps) {
            case 1: load_line(reinterpret_cast<const uint8_t *>(in) + (y * w) * nc + comp, w, nc, bit_depth, is_signed != 0, dp); break;
            case 2: load_line(reinterpret_cast<const uint16_t *>(in) + (y * w) * nc + comp, w, nc, bit_depth, is_signed != 0, dp); break;
            default: load_line(reinterpret_cast<const uint32_t *>(in) + (y * w) * nc + comp, w, nc, bit_depth, is_signed != 0, dp); break;
            }
            line = cs.exchange(line, next);
        }
        cs.flush();
        size_t len = (size_t)file.tell();
        uint8_t *buf = static_cast<uint8_t *>(malloc(len > 0 ? len : 1));
        if (!buf) { cs.close(); set_err(err, err_cap, "out of memory"); return -1; }
        memcpy(buf, file.get_data(), len);
        cs.close();
        *out = buf;
        *out_len = len;
        return 0;
    } catch (const std::bad_alloc &) {
        set_err(err, err_cap, "OpenJPH: out of memory");
        return -1;
    } catch (const std::exception &e) {
        set_err(err, err_cap, e.what());
        return -1;
    } catch (...) {
        set_err(err, err_cap, "OpenJPH: unknown error");
        return -1;
    }
}

extern "C" void vd_ojph_free(uint8_t *p) { free(p); }

extern "C" const char *vd_ojph_version(void) {
#define VD_STR2(x) #x
#define VD_STR(x) VD_STR2(x)
    return VD_STR(OPENJPH_VERSION_MAJOR) "." VD_STR(OPENJPH_VERSION_MINOR) "." VD_STR(OPENJPH_VERSION_PATCH);
}
