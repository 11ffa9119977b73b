// The plan document: header, legal bases, body sections I–III, recipients, signature and appendix heading,
// every field editable; list entries can be added, moved and removed.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <functional>
#include <string>

namespace ui {

void drawDocumentView(const domain::Plan& plan, FrameContext& ctx, Actions& actions,
                      const std::function<std::string(const char*)>& newId);

} // namespace ui
