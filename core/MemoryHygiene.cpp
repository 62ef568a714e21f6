#include "MemoryHygiene.h"

#include <openssl/crypto.h>

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LEADSCOPE_SANITIZER_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LEADSCOPE_SANITIZER_ALLOCATOR 1
#endif
#endif

#if defined(LEADSCOPE_SANITIZER_ALLOCATOR)
// The sanitizers' allocator interface (sanitizer/allocator_interface.h, which
// GCC 12 does not ship; the functions are in libasan and libtsan). Their
// names are the sanitizers' own, reserved to the implementation on purpose.
// NOLINTBEGIN(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp)
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*mallocHook)(const volatile void*, size_t),
                                              void (*freeHook)(const volatile void*));
int __sanitizer_get_ownership(const volatile void* block);
size_t __sanitizer_get_allocated_size(const volatile void* block);
}
// NOLINTEND(bugprone-reserved-identifier,cert-dcl37-c,cert-dcl51-cpp)
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

namespace leadscope::core {

namespace {

#if defined(LEADSCOPE_SANITIZER_ALLOCATOR)
void onAllocation(const volatile void*, size_t)
{
}

// Runs inside free(), before the block is released: the block is still ours.
void scrubBeforeFree(const volatile void* block)
{
    if (block && __sanitizer_get_ownership(block))
        OPENSSL_cleanse(const_cast<void*>(block), __sanitizer_get_allocated_size(block));
}
#endif

} // namespace

bool MemoryHygiene::scrubFreedMemory()
{
#if defined(LEADSCOPE_SANITIZER_ALLOCATOR)
    // A sanitizer's allocator replaces glibc's (and ignores mallopt): scrub in its free hook.
    static const bool installed = __sanitizer_install_malloc_and_free_hooks(onAllocation, scrubBeforeFree) != 0;
    return installed;
#elif defined(__GLIBC__) && defined(M_PERTURB)
    // Freed blocks are filled with this byte (and new ones with its complement).
    return mallopt(M_PERTURB, 0xa5) == 1;
#else
    return false;
#endif
}

} // namespace leadscope::core
