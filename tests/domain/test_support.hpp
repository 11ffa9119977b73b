// Helpers shared by the domain tests: reading fixtures from the source tree, random valid plans (every kind
// of record), and printing domain messages in failed checks.
#pragma once

#include "domain/message.hpp"
#include "domain/plan.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <random>
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

/// A short random text (up to `maxPieces` letters, words and signs) in stored form (NFC, no control
/// characters other than tab and newline), with the characters JSON escapes and Vietnamese letters.
std::string randomText(std::mt19937& rng, std::size_t maxPieces = 12);

/// A random valid plan with every kind of record: legal bases, body, recipients, units, groups of tasks with
/// coordinators (and hand-set schedules), targets, progress with evidence, events, history lines and
/// tombstones. Its export imports, and exports again byte for byte. `size` (at least 2) bounds the length of
/// each list (about `size` records of each kind at most, tasks `size` + 1 per group) and of texts.
domain::Plan randomPlan(std::mt19937& rng, std::size_t size = 4);

/// Fresh ids "<prefix>-t1", "<prefix>-t2", … for newId parameters (copies share the counters, as
/// std::function copies it).
struct Ids {
    std::shared_ptr<std::map<std::string, int>> next = std::make_shared<std::map<std::string, int>>();
    std::string operator()(const char* prefix) const {
        return std::string(prefix) + "-t" + std::to_string(++(*next)[prefix]);
    }
};

inline domain::Message message(domain::MessageCode code, std::vector<std::string> args = {}) {
    return domain::Message{code, std::move(args)};
}

/// How many times `what` occurs in `text`, not overlapping.
inline std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

} // namespace test_support

namespace doctest {

template <>
struct StringMaker<domain::Message> {
    static String convert(const domain::Message& m) {
        std::string s = "Message{" + std::to_string(static_cast<int>(m.code));
        for (const std::string& a : m.args)
            s += ", \"" + a + "\"";
        return String((s + "}").c_str());
    }
};

template <>
struct StringMaker<std::optional<domain::Message>> {
    static String convert(const std::optional<domain::Message>& m) {
        return m ? StringMaker<domain::Message>::convert(*m) : String("nullopt");
    }
};

} // namespace doctest
