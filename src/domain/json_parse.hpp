// The one JSON parser of the app: the document, or where and why it stopped. Never throws.
#pragma once

#include "domain/plan_json.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace domain {

/// Parses `text` into a document. On failure returns nullopt and, when `error` is given, sets it: a number
/// beyond the range of a double → NumberTooLarge with the JSON path of that value; anything else → NotJson
/// with the byte position. Every JSON text the app reads goes through here, so that nlohmann's parser is
/// compiled once (one input type, one SAX handler): it is a large part of the WebAssembly download.
std::optional<nlohmann::json> parseJson(std::string_view text, ImportError* error = nullptr);

} // namespace domain
