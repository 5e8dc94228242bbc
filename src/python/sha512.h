// sha512.h — a small SHA-512 (FIPS 180-4), used by random.seed(str) exactly as CPython's random.py does.
//
// Usage:
//   std::array<std::uint8_t, 64> digest = looplab::python::sha512("abc");
//   // digest == hashlib.sha512(b"abc").digest()
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace looplab::python {

// The 64-byte SHA-512 digest of the given bytes (a std::string_view holds arbitrary bytes, NULs included).
std::array<std::uint8_t, 64> sha512(std::string_view bytes);

}  // namespace looplab::python
