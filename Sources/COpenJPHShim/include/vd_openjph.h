/* vetdicom: a small C interface over OpenJPH (HTJ2K, ISO/IEC 15444-15), for the Swift core.
 * Internal to vetdicom (not installed, not part of the C ABI). Every function catches OpenJPH's
 * C++ exceptions and reports them as a non-zero return with a message in `err`.
 * Thread safety: each call uses its own codestream; calls may run concurrently. */
#ifndef VD_OPENJPH_H
#define VD_OPENJPH_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif

/* What a codestream header declares. */
typedef struct vd_ojph_info {
    int width, height, components;
    int bit_depth;          /* of component 0 */
    int is_signed;          /* of component 0 */
    int reversible;         /* COD: 5/3 reversible wavelet */
    int color_transform;    /* COD: multi-component transform */
    int subsampled;         /* some component has downsampling other than 1x1 */
    int uniform;            /* all components have the same depth and sign */
} vd_ojph_info;

/* Reads the main header of an HTJ2K codestream (raw J2K, starting FF4F FF51).
 * Returns 0, or -1 with a message in err (NUL-terminated, at most err_cap bytes). */
int vd_ojph_read_info(const uint8_t *src, size_t n, vd_ojph_info *info, char *err, size_t err_cap);

/* Decodes an HTJ2K codestream into dst: samples interleaved, each written from its 32-bit value
 * into a little-endian container of bytes_per_sample (1, 2 or 4) bytes (truncated: signed
 * values are sign-extended), after clamping to the component's range (as OpenJPEG does).
 * dst_cap must be width*height*components*bytes_per_sample. The header must match
 * expect_w/expect_h/expect_c, components must not be subsampled and must be uniform.
 * Returns 0 (info filled), -1 error (message in err), -2 header mismatch (message in err). */
int vd_ojph_decode(const uint8_t *src, size_t n, void *dst, size_t dst_cap, int bytes_per_sample,
                   int expect_w, int expect_h, int expect_c, vd_ojph_info *info, char *err, size_t err_cap);

/* Encodes interleaved samples (containers of bytes_per_sample = 1, 2 or 4 bytes, host order)
 * as an HTJ2K codestream. Only the low bit_depth bits of a container are the sample: unsigned
 * samples are masked to them, signed ones (is_signed) sign-extended from bit bit_depth - 1, so a
 * frame can be passed as stored (high bits above Bits Stored are ignored).
 * reversible: 5/3 wavelet (lossless) else 9/7 with quantization step qstep (> 0).
 * color_transform: RCT/ICT over components 0-2 (components must be 3).
 * progression: "LRCP", "RLCP", "RPCL", "PCRL" or "CPRL". decompositions: 0...32.
 * On success returns 0 and *out (free with vd_ojph_free) holding *out_len bytes. */
int vd_ojph_encode(const void *src, int width, int height, int components, int bytes_per_sample,
                   int bit_depth, int is_signed, int reversible, float qstep, int color_transform,
                   const char *progression, int decompositions, int block_size,
                   uint8_t **out, size_t *out_len, char *err, size_t err_cap);

void vd_ojph_free(uint8_t *p);

/* The OpenJPH version the shim was built against, e.g. "0.9.0". */
const char *vd_ojph_version(void);

#ifdef __cplusplus
}
#endif
#endif
