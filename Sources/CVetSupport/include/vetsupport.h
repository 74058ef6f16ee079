#ifndef VETSUPPORT_H
#define VETSUPPORT_H
#include <stddef.h>
#include <stdint.h>
/* Thread-local storage of the last error message (internal; not exported). */
void vetsupport_set_error(const char *message);
const char *vetsupport_get_error(void);
/* iconv wrapper: converts `in` from `charset` to UTF-8. Returns the number of bytes written
   to out, or -1 when the charset is unknown. Invalid sequences are replaced by U+FFFD. */
ptrdiff_t vetsupport_to_utf8(const char *charset, const uint8_t *in, size_t in_len,
                             uint8_t *out, size_t out_cap);
/* The lowest address of the calling thread's stack (0 if unknown; pthread_getattr_np). */
uintptr_t vetsupport_stack_low(void);
/* ByteStore's bitmap of loaded chunks: bits are set (release) under its mutex after the chunk's
   bytes are written, and read (acquire) without the mutex, so a loaded chunk costs no lock. */
static inline uint64_t vetsupport_load_acquire_u64(const uint64_t *p) { return __atomic_load_n(p, __ATOMIC_ACQUIRE); }
static inline void vetsupport_or_release_u64(uint64_t *p, uint64_t bits) { __atomic_fetch_or(p, bits, __ATOMIC_RELEASE); }
#endif
