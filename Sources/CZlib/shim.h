#include <zlib.h>
/* libdeflate: a faster one-shot inflate of a whole deflated data set (Parser.swift `inflate`);
   zlib stays for streaming (writing, frames inflated only as far as needed, salvage of cut
   streams). */
#include <libdeflate.h>
