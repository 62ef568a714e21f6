#include "MemoryHygiene.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace leadscope::core {

bool MemoryHygiene::scrubFreedMemory()
{
#if defined(__GLIBC__) && defined(M_PERTURB)
    // Freed blocks are filled with this byte (and new ones with its complement).
    return mallopt(M_PERTURB, 0xa5) == 1;
#else
    return false;
#endif
}

} // namespace leadscope::core
