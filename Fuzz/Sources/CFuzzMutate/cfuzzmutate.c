#include "cfuzzmutate.h"

/* Weak: resolved only in binaries that link libFuzzer. */
extern size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size) __attribute__((weak));

size_t vd_fuzzer_mutate(uint8_t *data, size_t size, size_t max_size)
{
    if (LLVMFuzzerMutate)
        return LLVMFuzzerMutate(data, size, max_size);
    return size;
}
