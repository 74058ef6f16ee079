/*
 * render_png.c - render a frame of a DICOM file for display and write it as PNG (or JPEG).
 *
 *   render_png FILE.dcm OUT.png|OUT.jpg [FRAME] [WIDTHxHEIGHT]
 *
 * The library applies the display pipeline of vetdicom.h ("Rendering"): modality LUT, the
 * file's window or VOI LUT (or min/max), MONOCHROME1 inversion, colour conversion or palette.
 * With WIDTHxHEIGHT the frame is shrunk to fit that box (aspect ratio kept), like a thumbnail.
 * The program also renders into its own buffer (size query, then render with a stride) to show
 * that path, and prints the pixel spacing for measuring.
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
    fprintf(stderr, "render_png: %s: %s (%d): %s\n", what, vetdicom_status_string(status), (int)status,
            vetdicom_last_error_message());
    return 1;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 5) {
        fprintf(stderr, "usage: %s FILE.dcm OUT.png|OUT.jpg [FRAME] [WIDTHxHEIGHT]\n", argv[0]);
        return 2;
    }
    size_t frame = 0;
    long width = 0, height = 0;
    if (argc >= 4) {
        char *end = NULL;
        unsigned long long n = strtoull(argv[3], &end, 10);
        if (end == argv[3] || *end != '\0') {
            fprintf(stderr, "render_png: FRAME must be a number, not '%s'\n", argv[3]);
            return 2;
        }
        frame = (size_t)n;
    }
    if (argc == 5 && (sscanf(argv[4], "%ldx%ld", &width, &height) != 2 || width < 0 || height < 0)) {
        fprintf(stderr, "render_png: size must be WIDTHxHEIGHT, not '%s'\n", argv[4]);
        return 2;
    }

    vetdicom_options *options = NULL;
    vetdicom_status status = vetdicom_options_create(&options);
    if (status != VETDICOM_OK)
        return fail("options", status);
    if (width || height) {
        if ((status = vetdicom_options_set_int64(options, VETDICOM_OPT_OUTPUT_WIDTH, width)) != VETDICOM_OK ||
            (status = vetdicom_options_set_int64(options, VETDICOM_OPT_OUTPUT_HEIGHT, height)) != VETDICOM_OK) {
            vetdicom_options_destroy(options);
            return fail("size option", status);
        }
    }

    vetdicom_file *file = NULL;
    status = vetdicom_file_open(argv[1], NULL, &file);
    if (status != VETDICOM_OK) {
        vetdicom_options_destroy(options);
        return fail(argv[1], status);
    }

    int rc = 1;
    uint8_t *pixels = NULL;

    /* Render into our own buffer: ask the size, then render with a stride. */
    uint32_t w = 0, h = 0, channels = 0;
    status = vetdicom_file_render_size(file, options, &w, &h, &channels);
    if (status != VETDICOM_OK) {
        rc = fail("render size", status);
        goto done;
    }
    size_t stride = (size_t)w * channels;
    size_t capacity = stride * h;
    pixels = malloc(capacity ? capacity : 1);
    if (!pixels) {
        fprintf(stderr, "render_png: out of memory\n");
        goto done;
    }
    status = vetdicom_file_render(file, options, frame, pixels, stride, capacity);
    if (status != VETDICOM_OK) {
        rc = fail("render", status);
        goto done;
    }
    unsigned long long sum = 0;
    for (size_t i = 0; i < capacity; i++)
        sum += pixels[i];

    /* The library encodes and writes the file itself. */
    if (ends_with(argv[2], ".jpg") || ends_with(argv[2], ".jpeg"))
        status = vetdicom_file_render_jpeg(file, options, frame, argv[2]);
    else
        status = vetdicom_file_render_png(file, options, frame, argv[2]);
    if (status != VETDICOM_OK) {
        rc = fail(argv[2], status);
        goto done;
    }

    vetdicom_geometry geometry;
    memset(&geometry, 0, sizeof geometry);
    geometry.struct_size = sizeof geometry;
    status = vetdicom_file_geometry(file, frame, &geometry);
    if (status != VETDICOM_OK) {
        rc = fail("geometry", status);
        goto done;
    }

    printf("frame: %zu\n", frame);
    printf("size: %ux%u\n", (unsigned)w, (unsigned)h);
    printf("channels: %u\n", (unsigned)channels);
    printf("mean: %.3f\n", capacity ? (double)sum / (double)capacity : 0.0);
    printf("pixel spacing: %.6g x %.6g mm (%s)\n", geometry.row_spacing_mm, geometry.column_spacing_mm,
           geometry.source);
    printf("wrote: %s\n", argv[2]);
    rc = 0;

done:
    free(pixels);
    vetdicom_file_close(file);
    vetdicom_options_destroy(options);
    return rc;
}
