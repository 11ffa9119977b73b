// A zip archive written by our own code, for the .docx (a WordprocessingML package is a zip): local headers,
// the files stored (method 0) with their CRC-32, the central directory and its end record (PKWARE APPNOTE
// 4.3). Stored files are what every reader accepts; the documents are small.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace domain {

/// CRC-32 (ISO 3309, polynomial 0xEDB88320) of `data`, continuing from `crc` (0 to start).
std::uint32_t crc32(std::string_view data, std::uint32_t crc = 0);

class ZipWriter {
public:
    /// Adds a file (its name in UTF-8, '/' between folders) with its content. Names must be unique.
    void add(std::string_view name, std::string_view content);
    /// The archive: the files in the order added, then the central directory.
    std::string finish() const;

private:
    struct Entry {
        std::string name;
        std::uint32_t crc = 0, size = 0, offset = 0;
    };
    std::vector<Entry> m_entries;
    std::string m_body;
};

} // namespace domain
