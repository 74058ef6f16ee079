// encode_bare_ojph.cpp: the bare OpenJPH (Debian 0.9) HTJ2K encoder for bench/encode_bare.c.
// The same parameters vetdicom's encoder gives OpenJPH (Sources/DICOMCodecs/HTJ2K.swift,
// Sources/COpenJPHShim/openjph_shim.cpp): one tile, 64x64 code blocks, `levels` decompositions,
// LRCP (RPCL for .202), colour transform for RGB, reversible or irreversible with a
// quantization step. The frame is fed line by line from its native samples (what a C caller
// of the library would write): no intermediate buffer. Not part of the library or of ctest.
#include <openjph/ojph_arch.h>
#include <openjph/ojph_codestream.h>
#include <openjph/ojph_file.h>
#include <openjph/ojph_mem.h>
#include <openjph/ojph_message.h>
#include <openjph/ojph_params.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>

extern "C" size_t bare_htj2k_encode(const void *src, int width, int height, int nc, int bytes_per_sample,
                                    int bits, int is_signed, int reversible, float qstep, int mct,
                                    const char *progression, int levels) {
    static bool quiet = false;
    if (!quiet) {
        if (FILE *null = fopen("/dev/null", "w")) {
            ojph::set_error_stream(null);
            ojph::set_warning_stream(null);
            ojph::set_info_stream(null);
        }
        quiet = true;
    }
    try {
        ojph::mem_outfile file;
        file.open();
        ojph::codestream cs;
        ojph::param_siz siz = cs.access_siz();
        siz.set_image_extent(ojph::point((ojph::ui32)width, (ojph::ui32)height));
        siz.set_num_components((ojph::ui32)nc);
        for (int c = 0; c < nc; c++) siz.set_component((ojph::ui32)c, ojph::point(1, 1), (ojph::ui32)bits, is_signed != 0);
        siz.set_image_offset(ojph::point(0, 0));
        siz.set_tile_size(ojph::size((ojph::ui32)width, (ojph::ui32)height));
        siz.set_tile_offset(ojph::point(0, 0));
        ojph::param_cod cod = cs.access_cod();
        cod.set_num_decomposition((ojph::ui32)levels);
        cod.set_block_dims(64, 64);
        cod.set_progression_order(progression);
        cod.set_color_transform(mct != 0);
        cod.set_reversible(reversible != 0);
        if (!reversible) cs.access_qcd().set_irrev_quant(qstep);
        cs.set_planar(!mct);
        cs.write_headers(&file);
        const size_t w = (size_t)width;
        const size_t total = (size_t)height * (size_t)nc;
        size_t rowOf[4] = {0, 0, 0, 0};
        ojph::ui32 next = 0;
        ojph::line_buf *line = cs.exchange(nullptr, next);
        const int32_t mask = bits >= 32 ? -1 : (int32_t)((1u << bits) - 1);
        const int shift = 32 - bits;
        for (size_t k = 0; k < total; k++) {
            size_t comp = next, y = rowOf[comp]++;
            ojph::si32 *dp = line->i32;
            if (bytes_per_sample == 1) {
                const uint8_t *s = static_cast<const uint8_t *>(src) + y * w * nc + comp;
                for (size_t x = 0; x < w; x++) dp[x] = s[x * nc];
            } else {
                const uint16_t *s = static_cast<const uint16_t *>(src) + y * w * nc + comp;
                if (is_signed) for (size_t x = 0; x < w; x++) dp[x] = ((int32_t)s[x * nc] << shift) >> shift;
                else for (size_t x = 0; x < w; x++) dp[x] = (int32_t)s[x * nc] & mask;
            }
            line = cs.exchange(line, next);
        }
        cs.flush();
        size_t len = (size_t)file.tell();
        cs.close();
        return len;
    } catch (const std::exception &e) {
        fprintf(stderr, "bare OpenJPH: %s\n", e.what());
        return 0;
    }
}
