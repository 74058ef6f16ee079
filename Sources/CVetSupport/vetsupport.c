#define _GNU_SOURCE 1
#include "vetsupport.h"
#include <string.h>
#include <iconv.h>
#include <errno.h>
#include <pthread.h>

static _Thread_local char vet_error[1024];

void vetsupport_set_error(const char *message) {
    if (!message) { vet_error[0] = 0; return; }
    size_t n = strlen(message);
    if (n >= sizeof vet_error) n = sizeof vet_error - 1;
    memcpy(vet_error, message, n);
    vet_error[n] = 0;
}

const char *vetsupport_get_error(void) { return vet_error; }

ptrdiff_t vetsupport_to_utf8(const char *charset, const uint8_t *in, size_t in_len,
                             uint8_t *out, size_t out_cap) {
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1) return -1;
    char *ip = (char *)in;
    size_t il = in_len;
    char *op = (char *)out;
    size_t ol = out_cap;
    while (il > 0) {
        size_t r = iconv(cd, &ip, &il, &op, &ol);
        if (r != (size_t)-1) break;
        if (errno == E2BIG) break;
        /* EILSEQ or EINVAL: skip one byte, write U+FFFD */
        ip++; il--;
        if (ol >= 3) { *op++ = (char)0xEF; *op++ = (char)0xBF; *op++ = (char)0xBD; ol -= 3; }
        else break;
    }
    iconv(cd, NULL, NULL, &op, &ol);
    iconv_close(cd);
    return (ptrdiff_t)(out_cap - ol);
}

uintptr_t vetsupport_stack_low(void)
{
    /* Cached per thread: pthread_getattr_np reads /proc/self/maps for the main thread. */
    static __thread uintptr_t cached;
    static __thread int known;
    if (known)
        return cached;
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    if (pthread_attr_getstack(&attr, &addr, &size) != 0)
        addr = NULL;
    pthread_attr_destroy(&attr);
    cached = (uintptr_t)addr;
    known = 1;
    return cached;
}
