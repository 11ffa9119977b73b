// Helpers shared by the domain tests: reading fixtures from the source tree.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace test_support {

/// The whole file at `relative` (from the repository root) as bytes; empty when missing.
inline std::string readSourceFile(const std::string& relative) {
    std::ifstream in(std::string(KSTTHC_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline std::string builtinPlanText() {
    return readSourceFile("assets/plans/hoa-tan-tay-2024.json");
}

} // namespace test_support
