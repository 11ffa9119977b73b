// The plan document: header, legal bases, body sections I–III, recipients, signature and appendix heading,
// every field editable; list entries can be added, moved and removed. The plan prints (print page, PDF) and
// downloads as .docx from here.
#pragma once

#include "domain/plan.hpp"
#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <functional>
#include <string>

namespace ui {

/// `readOnly`: a tab that follows the writer (printing stays possible); `outputBusy`: a document is being
/// made (the output buttons wait for it).
void drawDocumentView(const domain::Plan& plan, bool readOnly, bool outputBusy, FrameContext& ctx,
                      Actions& actions, const std::function<std::string(const char*)>& newId);

} // namespace ui
