/*
 * decode_frame.c - decode frame 0 of a DICOM file and write it as a PGM (grayscale) or PPM (colour).
 *
 *   decode_frame FILE.dcm OUT.pgm|OUT.ppm [FRAME]
 *
 * The decoded layout is described in vetdicom.h: samples interleaved, little endian, one
 * container of 8, 16 or 32 bits per sample. PGM/PPM store samples of 1 byte (maxval 255) or
 * 2 bytes big endian (maxval 65535), so 16-bit samples are written as they are (byte-swapped,
 * maxval 65535; a 12-bit image therefore looks dark) and signed 16-bit samples are shifted by
 * 32768 to make them unsigned. 32-bit and floating-point frames are refused.
 *
 * Exit status: 0 on success, 1 on a decoding or I/O error, 2 on a usage error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vetdicom/vetdicom.h>

static int fail(const char *what, vetdicom_status status)
{
    fprintf(stderr, "decode_frame: %s: %s (%d): %s\n", what, vetdicom_status_string(status), (int)status,
            vetdicom_last_error_message());
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: %s FILE.dcm OUT.pgm|OUT.ppm [FRAME]\n", argv[0]);
        return 2;
    }
    size_t frame = 0;
    if (argc == 4) {
        char *end = NULL;
        unsigned long long n = strtoull(argv[3], &end, 10);
        if (end == argv[3] || *end != '\0') {
            fprintf(stderr, "decode_frame: FRAME must be a number, not '%s'\n", argv[3]);
            return 2;
        }
        frame = (size_t)n;
    }

    vetdicom_file *file = NULL;
    vetdicom_status status = vetdicom_file_open(argv[1], NULL, &file);
    if (status != VETDICOM_OK)
        return fail(argv[1], status);

    int rc = 1;
    uint8_t *pixels = NULL;
    FILE *out = NULL;

    size_t size = 0;
    vetdicom_frame_info info;
    memset(&info, 0, sizeof info);
    info.struct_size = sizeof info;
    status = vetdicom_file_frame_size(file, NULL, &size, &info);
    if (status != VETDICOM_OK) {
        rc = fail("frame size", status);
        goto done;
    }
    if (info.is_float || (info.bytes_per_sample != 1 && info.bytes_per_sample != 2) ||
        (info.samples_per_pixel != 1 && info.samples_per_pixel != 3)) {
        fprintf(stderr, "decode_frame: cannot write %u-byte %s samples x %u as PGM/PPM\n", info.bytes_per_sample,
                info.is_float ? "float" : "integer", info.samples_per_pixel);
        goto done;
    }
    size_t expected = (size_t)info.rows * info.columns * info.samples_per_pixel * info.bytes_per_sample;
    if (size != expected) {
        fprintf(stderr, "decode_frame: frame size %zu does not match %u x %u x %u x %u\n", size, info.rows,
                info.columns, info.samples_per_pixel, info.bytes_per_sample);
        goto done;
    }

    pixels = malloc(size > 0 ? size : 1);
    if (pixels == NULL) {
        fprintf(stderr, "decode_frame: out of memory (%zu bytes)\n", size);
        goto done;
    }
    status = vetdicom_file_decode_frame(file, NULL, frame, pixels, size);
    if (status != VETDICOM_OK) {
        rc = fail("decode", status);
        goto done;
    }

    /* PGM/PPM want big-endian 16-bit samples; the decoded frame is little endian. */
    if (info.bytes_per_sample == 2) {
        for (size_t i = 0; i + 1 < size; i += 2) {
            uint16_t v = (uint16_t)(pixels[i] | (pixels[i + 1] << 8));
            if (info.is_signed)
                v = (uint16_t)(v ^ 0x8000u); /* two's complement -> offset binary (+32768) */
            pixels[i] = (uint8_t)(v >> 8);
            pixels[i + 1] = (uint8_t)(v & 0xff);
        }
    } else if (info.is_signed) {
        for (size_t i = 0; i < size; i++)
            pixels[i] ^= 0x80u;
    }

    out = fopen(argv[2], "wb");
    if (out == NULL) {
        perror(argv[2]);
        goto done;
    }
    fprintf(out, "P%c\n%u %u\n%u\n", info.samples_per_pixel == 3 ? '6' : '5', info.columns, info.rows,
            info.bytes_per_sample == 2 ? 65535u : 255u);
    if (fwrite(pixels, 1, size, out) != size) {
        perror(argv[2]);
        goto done;
    }
    if (fclose(out) != 0) {
        out = NULL;
        perror(argv[2]);
        goto done;
    }
    out = NULL;
    printf("frame %zu: %u x %u, %u sample(s) of %u byte(s)%s, %s -> %s\n", frame, info.columns, info.rows,
           info.samples_per_pixel, info.bytes_per_sample, info.is_signed ? " signed" : "",
           info.photometric_interpretation, argv[2]);
    rc = 0;

done:
    if (out != NULL)
        fclose(out);
    free(pixels);
    vetdicom_file_close(file);
    return rc;
}
