// The one JSON parser (see json_parse.hpp).
#include "domain/json_parse.hpp"

#include <string>
#include <vector>

namespace domain {

namespace {

using nlohmann::json;

/// Builds the document with nlohmann's own DOM builder while keeping the path of the value being read, so
/// that one pass both parses and, on failure, says where.
class PathDomSax {
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    explicit PathDomSax(json& root) : m_dom(root, false) {}

    std::optional<ImportError> error;

    bool null() { return value(m_dom.null()); }
    bool boolean(bool b) { return value(m_dom.boolean(b)); }
    bool number_integer(number_integer_t n) { return value(m_dom.number_integer(n)); }
    bool number_unsigned(number_unsigned_t n) { return value(m_dom.number_unsigned(n)); }
    bool number_float(number_float_t d, const string_t& s) { return value(m_dom.number_float(d, s)); }
    bool string(string_t& s) { return value(m_dom.string(s)); }
    bool binary(binary_t& b) { return value(m_dom.binary(b)); }
    bool start_object(std::size_t n) {
        m_stack.push_back({false, 0, {}});
        return m_dom.start_object(n);
    }
    bool key(string_t& k) {
        m_stack.back().key = k;
        return m_dom.key(k);
    }
    bool end_object() {
        m_stack.pop_back();
        return value(m_dom.end_object());
    }
    bool start_array(std::size_t n) {
        m_stack.push_back({true, 0, {}});
        return m_dom.start_array(n);
    }
    bool end_array() {
        m_stack.pop_back();
        return value(m_dom.end_array());
    }
    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& e) {
        if (e.id == 406)
            error = ImportError{path(), {MessageCode::NumberTooLarge, {}}};
        else
            error = ImportError{"", {MessageCode::NotJson, {std::to_string(position)}}};
        m_dom.parse_error(position, token, e); // does not throw: the builder was told not to
        return false;
    }

private:
    struct Level {
        bool array;
        std::size_t index;
        std::string key;
    };
    nlohmann::detail::json_sax_dom_parser<json> m_dom;
    std::vector<Level> m_stack;

    /// A value ended: the enclosing array moves to its next element.
    bool value(bool ok) {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().index;
        return ok;
    }
    /// The path of the value being read.
    std::string path() const {
        std::string out;
        for (const Level& l : m_stack) {
            if (l.array)
                out += "[" + std::to_string(l.index) + "]";
            else
                out += (out.empty() ? "" : ".") + l.key;
        }
        return out;
    }
};

} // namespace

std::optional<json> parseJson(std::string_view text, ImportError* error) {
    try {
        json root;
        PathDomSax sax(root);
        const bool ok = json::sax_parse(text.begin(), text.end(), &sax);
        if (ok && !sax.error)
            return root;
        if (error)
            *error = sax.error.value_or(ImportError{"", {MessageCode::NotJson, {"0"}}});
    } catch (...) { // out of memory, or a limit of the parser itself: refused like a damaged file
        if (error)
            *error = ImportError{"", {MessageCode::NotJson, {"0"}}};
    }
    return std::nullopt;
}

} // namespace domain
