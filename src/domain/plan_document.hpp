// The plan itself as a state document (NĐ 30/2020): the header block, "KẾ HOẠCH" and its title, the preamble
// with its legal bases, the body, the recipients and the signature on A4 portrait pages, then the appendix
// (the groups and tasks as a ruled table) on A4 landscape pages. As a print page (HTML, printed by the
// browser) and as a Word document (.docx), with the same building blocks as the report (report_html.hpp,
// docx.hpp). Every text from the plan is escaped.
#pragma once

#include "domain/plan.hpp"

#include <string>

namespace domain {

/// "Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính": the parts the
/// basis has, in the order a plan cites them.
std::string legalBasisCitation(const LegalBasis& basis);

/// The preamble as one paragraph: its lead, the legal bases separated by ";", its closing words.
std::string preambleText(const Plan& plan);

/// The lead and the coordinating units of a task as printed: unit names, ", " between coordinators.
std::string leadUnitText(const Plan& plan, const Task& task);
std::string coordinatorsText(const Plan& plan, const Task& task);

/// The print page of the plan and its appendix.
std::string planHtml(const Plan& plan);
/// The .docx of the plan and its appendix (two sections: portrait, then landscape).
std::string planDocx(const Plan& plan);

} // namespace domain
