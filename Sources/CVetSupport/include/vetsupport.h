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
#endif
