/* Makes the public C header visible to Swift (module CVetSupport), so the exported functions
   use the C structs as declared there instead of redeclaring them. */
#include "../../../include/vetdicom/vetdicom.h"
