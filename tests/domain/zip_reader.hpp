// A reader of zip archives of stored files written here from the format (PKWARE APPNOTE), not from the
// writer's code: what the tests of the zip and of the .docx read archives back with.
#pragma once

#include <doctest/doctest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace zip_reader {

inline std::uint32_t get16(const std::string& s, std::size_t at) {
    REQUIRE(at + 2 <= s.size());
    return static_cast<unsigned char>(s[at]) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(s[at + 1])) << 8);
}

inline std::uint32_t get32(const std::string& s, std::size_t at) {
    return get16(s, at) | (get16(s, at + 2) << 16);
}

/// Reads an archive of stored files by its central directory, checking each local header against it and
/// each file's CRC (computed here bit by bit, not with the writer's table).
inline std::map<std::string, std::string> readZip(const std::string& zip) {
    REQUIRE(zip.size() >= 22);
    const std::size_t end = zip.size() - 22; // no archive comment
    REQUIRE(get32(zip, end) == 0x06054b50);
    const std::uint32_t count = get16(zip, end + 10), size = get32(zip, end + 12),
                        start = get32(zip, end + 16);
    CHECK(get16(zip, end + 8) == count);
    CHECK(start + size == end);
    auto bitwiseCrc = [](const std::string& data) {
        std::uint32_t crc = 0xFFFFFFFFu;
        for (const char ch : data) {
            crc ^= static_cast<unsigned char>(ch);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
        return ~crc;
    };
    std::map<std::string, std::string> files;
    std::size_t at = start;
    for (std::uint32_t i = 0; i < count; ++i) {
        REQUIRE(get32(zip, at) == 0x02014b50);
        CHECK(get16(zip, at + 10) == 0); // stored
        const std::uint32_t crc = get32(zip, at + 16), packed = get32(zip, at + 20),
                            unpacked = get32(zip, at + 24);
        const std::uint32_t nameLength = get16(zip, at + 28), extra = get16(zip, at + 30),
                            comment = get16(zip, at + 32);
        const std::uint32_t local = get32(zip, at + 42);
        const std::string name = zip.substr(at + 46, nameLength);
        CHECK(packed == unpacked);
        REQUIRE(get32(zip, local) == 0x04034b50);
        CHECK(get32(zip, local + 14) == crc);
        CHECK(get32(zip, local + 18) == packed);
        CHECK(get16(zip, local + 26) == nameLength);
        CHECK(zip.substr(local + 30, nameLength) == name);
        const std::string data = zip.substr(local + 30 + nameLength + get16(zip, local + 28), packed);
        CHECK(bitwiseCrc(data) == crc);
        files[name] = data;
        at += 46 + nameLength + extra + comment;
    }
    CHECK(at == end);
    return files;
}

/// Checks that every part opens and closes its elements in order (well-formed as far as tags go).
inline void checkTagsBalanced(const std::map<std::string, std::string>& files) {
    for (const auto& [name, xml] : files) {
        std::vector<std::string> open;
        for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
            const std::size_t end = xml.find('>', at);
            REQUIRE(end != std::string::npos);
            const std::string tag = xml.substr(at + 1, end - at - 1);
            if (tag[0] == '?' || tag.back() == '/')
                continue;
            const std::size_t from = tag[0] == '/' ? 1 : 0;
            const std::string tagName = tag.substr(from, tag.find(' ') - from);
            if (tag[0] == '/') {
                REQUIRE_MESSAGE(!open.empty(), name);
                CHECK_MESSAGE(open.back() == tagName, name);
                open.pop_back();
            } else {
                open.push_back(tagName);
            }
        }
        CHECK_MESSAGE(open.empty(), name);
    }
}

} // namespace zip_reader

using zip_reader::checkTagsBalanced;
using zip_reader::readZip;
