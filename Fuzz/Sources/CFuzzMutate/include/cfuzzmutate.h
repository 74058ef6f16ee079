#ifndef CFUZZMUTATE_H
#define CFUZZMUTATE_H
#include <stddef.h>
#include <stdint.h>
/* libFuzzer's LLVMFuzzerMutate when the binary is linked with libFuzzer; otherwise (the
 * Hostile driver and FuzzSeeds, built without -sanitize=fuzzer) the data is left as it is. */
size_t vd_fuzzer_mutate(uint8_t *data, size_t size, size_t max_size);
#endif
