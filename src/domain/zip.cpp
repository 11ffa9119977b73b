#include "domain/zip.hpp"

#include <array>

namespace domain {

namespace {

std::array<std::uint32_t, 256> crcTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

void put16(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

constexpr std::uint32_t kDosTime = 0;            // 00:00:00
constexpr std::uint32_t kDosDate = (1 << 5) | 1; // 1980-01-01: the same bytes for the same document
constexpr std::uint32_t kUtf8Names = 1u << 11;   // general purpose flag bit 11: names are UTF-8

} // namespace

std::uint32_t crc32(std::string_view data, std::uint32_t crc) {
    static const std::array<std::uint32_t, 256> table = crcTable();
    crc = ~crc;
    for (const char ch : data)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void ZipWriter::add(std::string_view name, std::string_view content) {
    Entry e{std::string(name), crc32(content), static_cast<std::uint32_t>(content.size()),
            static_cast<std::uint32_t>(m_body.size())};
    put32(m_body, 0x04034b50); // local file header
    put16(m_body, 20);         // version needed: 2.0
    put16(m_body, kUtf8Names);
    put16(m_body, 0); // stored
    put16(m_body, kDosTime);
    put16(m_body, kDosDate);
    put32(m_body, e.crc);
    put32(m_body, e.size); // compressed size
    put32(m_body, e.size);
    put16(m_body, static_cast<std::uint32_t>(e.name.size()));
    put16(m_body, 0); // no extra field
    m_body += e.name;
    m_body += content;
    m_entries.push_back(std::move(e));
}

std::string ZipWriter::finish() const {
    std::string out = m_body;
    const auto directoryStart = static_cast<std::uint32_t>(out.size());
    for (const Entry& e : m_entries) {
        put32(out, 0x02014b50); // central directory header
        put16(out, 20);         // made by: 2.0, MS-DOS attributes
        put16(out, 20);
        put16(out, kUtf8Names);
        put16(out, 0);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, e.size);
        put32(out, e.size);
        put16(out, static_cast<std::uint32_t>(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, e.offset);
        out += e.name;
    }
    const auto directorySize = static_cast<std::uint32_t>(out.size()) - directoryStart;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(m_entries.size()));
    put16(out, static_cast<std::uint32_t>(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryStart);
    put16(out, 0); // no comment
    return out;
}

} // namespace domain
