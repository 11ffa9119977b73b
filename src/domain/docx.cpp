// The parts of a state document in WordprocessingML (see docx.hpp).
#include "domain/docx.hpp"

#include "domain/escape.hpp"
#include "domain/text.hpp"
#include "domain/zip.hpp"

#include <algorithm>

namespace domain::docx {

namespace {

const char* const kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char* const kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const char* const kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string cell(const std::string& content, int width, int span = 1) {
    std::string out = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
    if (span > 1)
        out += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
    return out + "</w:tcPr>" + (content.empty() ? "<w:p/>" : content) + "</w:tc>";
}

/// A paragraph per line of `text` that holds something.
std::string cellParagraphs(const std::string& text, Look look, const char* align) {
    std::string out;
    for (const std::string& line : textLines(text))
        out += paragraph(run(line, look), Layout{align, false, 0});
    return out;
}

std::string cellText(const std::string& text, int width, Look look = {}, const char* align = "left") {
    return cell(cellParagraphs(text, look, align), width);
}

const char* const kNoBorders =
    "<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right "
    "w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>";

std::string stylesXml() {
    const std::string font =
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New "
        "Roman\" w:eastAsia=\"Times New Roman\"/>";
    return std::string(kXmlHead) + "<w:styles xmlns:w=\"" + kW + "\"><w:docDefaults><w:rPrDefault><w:rPr>" +
           font +
           "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
           "<w:pPrDefault><w:pPr><w:spacing w:after=\"60\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>"
           "</w:pPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" "
           "w:styleId=\"Normal\">"
           "<w:name w:val=\"Normal\"/><w:qFormat/></w:style><w:style w:type=\"paragraph\" "
           "w:styleId=\"Header\">"
           "<w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/></w:style></w:styles>";
}

std::string headerXml(bool pageNumber) {
    std::string p = "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>";
    if (pageNumber)
        p += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE "
             "</w:instrText></w:r><w:r><w:fldChar "
             "w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r>"
             "<w:fldChar w:fldCharType=\"end\"/></w:r>";
    return std::string(kXmlHead) + "<w:hdr xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR + "\">" + p +
           "</w:p></w:hdr>";
}

std::string relationship(const char* id, const char* type, const char* target) {
    return std::string("<Relationship Id=\"") + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"/>";
}

} // namespace

std::string run(const std::string& text, Look look) {
    std::string out = "<w:r>";
    if (look.bold || look.italic || look.halfPoints) {
        out += "<w:rPr>";
        if (look.bold)
            out += "<w:b/>";
        if (look.italic)
            out += "<w:i/>";
        if (look.halfPoints)
            out += "<w:sz w:val=\"" + std::to_string(look.halfPoints) + "\"/><w:szCs w:val=\"" +
                   std::to_string(look.halfPoints) + "\"/>";
        out += "</w:rPr>";
    }
    // A tab or line break inside a line is kept as Word's own (a raw one would be a space).
    std::string t;
    for (const char c : xmlText(text)) {
        if (c == '\t' || c == '\n' || c == '\r') {
            out += "<w:t xml:space=\"preserve\">" + t + "</w:t>" + (c == '\t' ? "<w:tab/>" : "<w:br/>");
            t.clear();
        } else {
            t += c;
        }
    }
    return out + "<w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
}

std::string paragraph(const std::string& runs, Layout layout, int width) {
    std::string out = "<w:p><w:pPr>";
    if (layout.keepNext)
        out += "<w:keepNext/>";
    if (layout.rule)
        out += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
    out += "<w:spacing w:before=\"0\" w:after=\"" + std::to_string(layout.after) + "\"/>";
    if (layout.rule) {
        const int side = std::max(0, (width - layout.rule) / 2);
        out += "<w:ind w:left=\"" + std::to_string(side) + "\" w:right=\"" + std::to_string(side) + "\"/>";
    } else if (layout.indent) {
        out += "<w:ind w:firstLine=\"567\"/>";
    }
    out += "<w:jc w:val=\"" + std::string(layout.align) + "\"/></w:pPr>" + runs + "</w:p>";
    return out;
}

std::string centred(const std::string& text, Look look, int after) {
    return paragraph(run(text, look), Layout{"center", false, after});
}

std::string rule(int ruleWidth, int width) {
    return paragraph("", Layout{"center", false, 120, ruleWidth}, width);
}

std::string heading(const std::string& text) {
    return paragraph(run(text, Look{true}), Layout{"both", true, 60, 0, true});
}

std::string bodyText(const std::string& text) {
    std::string out;
    for (const std::string& line : textLines(text))
        out += paragraph(run(line));
    return out.empty() ? paragraph(run("Không.")) : out;
}

// [SECTION] Tables

Table::Table(std::vector<Column> columns) : m_columns(std::move(columns)) {
    for (const Column& c : m_columns)
        m_width += c.width;
}

void Table::header() {
    std::string cells;
    for (const Column& c : m_columns)
        cells += cellText(c.title, c.width, Look{true, false, 24}, "center");
    m_rows += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" + cells + "</w:tr>";
}

void Table::row(const std::vector<std::string>& texts) {
    std::string cells;
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        cells +=
            cellText(i < texts.size() ? texts[i] : std::string(), m_columns[i].width, Look{false, false, 24});
    m_rows += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cells + "</w:tr>";
}

void Table::spanningRow(const std::string& text) {
    // Kept on the page of the row after it (a group's title is not left alone at the foot of a page).
    std::string paragraphs;
    for (const std::string& line : textLines(text))
        paragraphs += paragraph(run(line, Look{true, false, 24}), Layout{"left", false, 0, 0, true});
    m_rows += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" +
              cell(paragraphs, m_width, static_cast<int>(m_columns.size())) + "</w:tr>";
}

std::string Table::xml() const {
    std::string grid;
    for (const Column& c : m_columns)
        grid += "<w:gridCol w:w=\"" + std::to_string(c.width) + "\"/>";
    return "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(m_width) +
           "\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left "
           "w:val=\"single\" "
           "w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
           "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" "
           "w:sz=\"4\"/></w:tblBorders>"
           "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right "
           "w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>" +
           grid + "</w:tblGrid>" + m_rows + "</w:tbl>" + paragraph("", Layout{"left", false, 60});
}

std::string twoColumns(const std::string& left, int leftWidth, const std::string& right, int width) {
    const int rightWidth = width - leftWidth;
    return "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>" + kNoBorders +
           "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"" +
           std::to_string(leftWidth) + "\"/><w:gridCol w:w=\"" + std::to_string(rightWidth) +
           "\"/></w:tblGrid><w:tr>" + cell(left, leftWidth) + cell(right, rightWidth) + "</w:tr></w:tbl>";
}

// [SECTION] The blocks of a state document

std::string documentHeader(const Plan& plan, const std::string& numberLine, const std::string& dateLine) {
    const int leftWidth = kTextWidth * 19 / 50;
    std::string left;
    if (!plan.parentBody.empty())
        left += centred(plan.parentBody, Look{false, false, 26});
    left += centred(plan.issuingBody, Look{true, false, 26});
    left += rule(leftWidth * 2 / 5, leftWidth);
    left += centred(numberLine, Look{false, false, 26});
    std::string right = centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Look{true, false, 24});
    right += centred("Độc lập - Tự do - Hạnh phúc", Look{true, false, 26});
    right += rule((kTextWidth - leftWidth) * 3 / 5, kTextWidth - leftWidth);
    right += centred(dateLine, Look{false, true});
    return twoColumns(left, leftWidth, right);
}

std::string signatureBlock(const std::vector<std::string>& recipients, const Signature& signature) {
    const int leftWidth = kTextWidth * 9 / 20;
    std::string left = paragraph(run("Nơi nhận:", Look{true, true, 24}), Layout{"left", false, 0});
    for (const std::string& r : recipients)
        left += paragraph(run(r, Look{false, false, 22}), Layout{"left", false, 0});
    std::string right;
    if (!signature.authority.empty())
        right += centred(signature.authority, Look{true});
    right += centred(signature.title, Look{true}, 1440); // room for the signature and seal
    right += centred(signature.name, Look{true});
    return twoColumns(left, leftWidth, right);
}

// [SECTION] Sections and the package

std::string sectionProperties(bool landscape, bool firstPageUnnumbered) {
    const int width = landscape ? kPageHeight : kPageWidth, height = landscape ? kPageWidth : kPageHeight;
    return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:headerReference "
           "w:type=\"first\" r:id=\"rId4\"/><w:pgSz w:w=\"" +
           std::to_string(width) + "\" w:h=\"" + std::to_string(height) + "\"" +
           (landscape ? " w:orient=\"landscape\"" : "") + "/><w:pgMar w:top=\"" + std::to_string(kTop) +
           "\" w:right=\"" + std::to_string(kRight) + "\" w:bottom=\"" + std::to_string(kBottom) +
           "\" w:left=\"" + std::to_string(kLeft) + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>" +
           (firstPageUnnumbered ? "<w:titlePg/>" : "") + "</w:sectPr>";
}

std::string sectionBreak(const std::string& properties) {
    return "<w:p><w:pPr>" + properties + "</w:pPr></w:p>";
}

std::string package(const std::string& body) {
    const std::string rels =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const std::string main = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    ZipWriter zip;
    zip.add(
        "[Content_Types].xml",
        std::string(kXmlHead) +
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
            "Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/"
            "document.xml\" ContentType=\"" +
            main + "document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"" + main +
            "styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\"" + main +
            "settings+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"" + main +
            "header+xml\"/><Override PartName=\"/word/header2.xml\" ContentType=\"" + main +
            "header+xml\"/></Types>");
    zip.add("_rels/.rels", std::string(kXmlHead) + rels +
                               relationship("rId1", "officeDocument", "word/document.xml") +
                               "</Relationships>");
    zip.add("word/_rels/document.xml.rels",
            std::string(kXmlHead) + rels + relationship("rId1", "styles", "styles.xml") +
                relationship("rId2", "settings", "settings.xml") +
                relationship("rId3", "header", "header1.xml") +
                relationship("rId4", "header", "header2.xml") + "</Relationships>");
    zip.add("word/document.xml", std::string(kXmlHead) + "<w:document xmlns:w=\"" + kW + "\" xmlns:r=\"" +
                                     kR + "\"><w:body>" + body + "</w:body></w:document>");
    zip.add("word/styles.xml", stylesXml());
    zip.add("word/settings.xml",
            std::string(kXmlHead) + "<w:settings xmlns:w=\"" + kW +
                "\"><w:defaultTabStop w:val=\"720\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>");
    zip.add("word/header1.xml", headerXml(true));
    zip.add("word/header2.xml", headerXml(false));
    return zip.finish();
}

} // namespace domain::docx
