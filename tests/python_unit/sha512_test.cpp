// sha512_test.cpp — SHA-512 against FIPS 180-4's examples and hashlib's digests.
#include "python/sha512.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace {

std::string hex(std::string_view bytes) {
    std::string out;
    char buffer[3];
    for (const std::uint8_t b : looplab::python::sha512(bytes)) {
        std::snprintf(buffer, sizeof buffer, "%02x", b);
        out += buffer;
    }
    return out;
}

TEST(sha512, digest_of_abc_is_the_fips_example) {
    EXPECT_EQ(hex("abc"),
              "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
              "454d4423643ce80e2a9ac94fa54ca49f");
}

TEST(sha512, digest_of_the_empty_string_matches_hashlib) {
    EXPECT_EQ(hex(""),
              "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f"
              "63b931bd47417a81a538327af927da3e");
}

TEST(sha512, digest_of_a_two_block_message_matches_hashlib) {
    // 112 bytes: the padding needs a second block.
    EXPECT_EQ(hex(std::string(112, 'a')),
              "c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b71"
              "9ecbb152f58f130a407c8830604b70ca");
}

}  // namespace
