#pragma once

namespace leadscope::core {

// Secrets pass through memory the app does not own: request bodies inside
// QtNetwork, TLS record buffers inside OpenSSL, D-Bus messages to the
// keychain. The app wipes its own copies (SecretBytes); for the rest, freed
// heap memory is scrubbed: with glibc, every free() overwrites the block
// (M_PERTURB); under a sanitizer, whose allocator replaces glibc's, a free
// hook of ours overwrites it before it is released. So nothing of a password, code, token or key outlives the
// object that held it. Sign-out and lock also drop kept-alive connections
// (ApiClient::forgetConnections), whose buffers are live, not freed.
class MemoryHygiene
{
public:
    // Once, at start, before any secret is handled. False where the C library offers no such switch.
    static bool scrubFreedMemory();
};

} // namespace leadscope::core
