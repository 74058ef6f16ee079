/* The I/O floor of an open, for the Python open + describe benchmark (issue 10): what any
 * library that keeps vetdicom's open contract must do for each file, and nothing else.
 *   - files up to 1 MiB: open, fstat, one pread of the whole file into malloc'd memory, close
 *     (vetdicom reads them whole so that a file changed after open cannot affect it);
 *   - larger files: open, fstat, one pread of the first 64 KiB, close;
 *   - a deflated data set (1.2.840.10008.1.2.1.99 in the file meta group): also the inflate of
 *     everything after the meta group with libdeflate into a buffer of 8x the input.
 * No parsing. Prints the sum over the files of the best of 5 rounds of N opens (CPU time), in ms,
 * and the deflated files' share.
 *
 *   cc -O2 bench/open_floor.c -o /tmp/open_floor -ldeflate
 *   /tmp/open_floor 200 $(python3 -c 'import json; m=json.load(open("../shared/corpus/manifest.json")); print(" ".join("../shared/corpus/"+f["path"] for f in m["files"]))')
 */
#include <fcntl.h>
#include <libdeflate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double cpu_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

/* Offset of the data set after the file meta group when the file is a deflated data set, else 0. */
static size_t deflated_start(const unsigned char *b, size_t n) {
    static const char uid[] = "1.2.840.10008.1.2.1.99";
    if (n < 144 || memcmp(b + 128, "DICM", 4) != 0 || b[132] != 2 || b[133] != 0 || b[134] != 0 || b[135] != 0)
        return 0;
    size_t end = 144 + (size_t)(b[140] | b[141] << 8 | b[142] << 16 | (size_t)b[143] << 24);
    if (end >= n) return 0;
    for (size_t i = 144; i + sizeof uid - 1 <= end; i++)
        if (memcmp(b + i, uid, sizeof uid - 1) == 0) return end;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: open_floor N FILE...\n"); return 2; }
    int n = atoi(argv[1]);
    double total = 0, deflated = 0;
    struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    for (int k = 2; k < argc; k++) {
        double best = 1e300;
        int is_deflated = 0;
        for (int round = 0; round < 5; round++) {
            double t0 = cpu_us();
            for (int i = 0; i < n; i++) {
                int fd = open(argv[k], O_RDONLY | O_CLOEXEC);
                struct stat st;
                if (fd < 0 || fstat(fd, &st) != 0) { perror(argv[k]); return 1; }
                size_t size = (size_t)st.st_size, want = size <= (1u << 20) ? size : 65536;
                unsigned char *b = malloc(want ? want : 1);
                if (!b || pread(fd, b, want, 0) != (ssize_t)want) { perror(argv[k]); return 1; }
                close(fd);
                size_t start = want == size ? deflated_start(b, size) : 0;
                if (start) {
                    is_deflated = 1;
                    size_t cap = (size - start) * 8, consumed, produced;
                    unsigned char *out = malloc(cap);
                    if (out) libdeflate_deflate_decompress_ex(d, b + start, size - start, out, cap, &consumed, &produced);
                    free(out);
                }
                free(b);
            }
            double t = (cpu_us() - t0) / n;
            if (t < best) best = t;
        }
        total += best;
        if (is_deflated) deflated += best;
    }
    printf("floor: %.2f ms over %d files (deflated data sets: %.2f ms)\n", total / 1e3, argc - 2, deflated / 1e3);
    libdeflate_free_decompressor(d);
    return 0;
}
