// The parts of a state document in WordprocessingML (ECMA-376), shared by the report's and the plan's .docx:
// runs and paragraphs, ruled tables whose header row repeats and whose rows never split, the borderless
// two-column blocks (header, signature), section properties (A4 portrait or landscape with the margins of
// NĐ 30/2020, the page number in the top margin from page 2) and the package (a zip, zip.hpp). Every text
// given is XML-escaped here; tabs and line breaks inside a text become Word's own.
#pragma once

#include "domain/plan.hpp"

#include <string>
#include <vector>

namespace domain::docx {

// Twentieths of a point. A4 is 11906 × 16838; 1 mm ≈ 56.7.
constexpr int kPageWidth = 11906, kPageHeight = 16838;
constexpr int kTop = 1134, kBottom = 1134, kLeft = 1701, kRight = 851; // 20, 20, 30, 15 mm
constexpr int kTextWidth = kPageWidth - kLeft - kRight;                // portrait
constexpr int kLandscapeTextWidth = kPageHeight - kLeft - kRight;

/// How a run of text looks: bold, italic, its size in half-points (0: the document's, 14 pt).
struct Look {
    bool bold = false, italic = false;
    int halfPoints = 0;
};

/// How a paragraph is laid out.
struct Layout {
    const char* align = "both"; ///< left, center, right, both
    bool indent = true;         ///< the first line indented 1 cm (body text)
    int after = 60;             ///< space after, twentieths of a point
    int rule = 0;               ///< a rule under it, this wide (twentieths of a point, centred); 0: none
    bool keepNext = false;      ///< kept on the page of the paragraph after it (headings)
};

std::string run(const std::string& text, Look look = {});
std::string paragraph(const std::string& runs, Layout layout = {}, int width = kTextWidth);
std::string centred(const std::string& text, Look look = {}, int after = 0);
/// A short rule centred in a column `width` wide.
std::string rule(int ruleWidth, int width = kTextWidth);
/// A bold heading kept with what follows.
std::string heading(const std::string& text);
/// A paragraph per line of `text` that holds something; "Không." when none does.
std::string bodyText(const std::string& text);

struct Column {
    std::string title;
    int width; ///< twentieths of a point
};

/// A ruled table: the header row repeated on every page, no row split across pages.
class Table {
public:
    explicit Table(std::vector<Column> columns);
    void header();
    void row(const std::vector<std::string>& texts);
    /// A row of one cell over all columns, in bold (a group of the appendix).
    void spanningRow(const std::string& text);
    std::string xml() const;

private:
    std::vector<Column> m_columns;
    int m_width = 0;
    std::string m_rows;
};

/// Two columns without borders (the header block, the recipients and the signature).
std::string twoColumns(const std::string& left, int leftWidth, const std::string& right,
                       int width = kTextWidth);

/// The header block of NĐ 30/2020: the issuing body over a rule and the number line on the left, the motto
/// over a rule and the italic place/date line on the right.
std::string documentHeader(const Plan& plan, const std::string& numberLine, const std::string& dateLine);

/// "Nơi nhận:" with its lines on the left, the signing authority, title and name on the right.
std::string signatureBlock(const std::vector<std::string>& recipients, const Signature& signature);

/// Section properties of A4 with the margins of NĐ 30/2020, headers rId3 (page number) and rId4 (none):
/// `firstPageUnnumbered` gives the section's first page the empty header (page 1 of the document).
std::string sectionProperties(bool landscape, bool firstPageUnnumbered);
/// A paragraph that ends a section with these properties (the next part starts on a new page).
std::string sectionBreak(const std::string& properties);

/// The .docx package: `body` (paragraphs and tables, ending with the last section's properties) in
/// word/document.xml, with the styles (Times New Roman 14 pt), the settings and the two headers.
std::string package(const std::string& body);

} // namespace domain::docx
