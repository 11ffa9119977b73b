// The plan document editor (see document_view.hpp).
#include "ui/views/document_view.hpp"

#include "domain/report_render.hpp"
#include "domain/schedule.hpp"
#include "ui/i18n.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <map>
#include <optional>

namespace ui {

namespace {

using domain::Plan;

/// One labelled single-line field of record `id`.
void field(FrameContext& ctx, Actions& actions, const std::string& id, const std::string& fieldName,
           const std::string& value, Str label, const std::string& widgetName) {
    std::string out, key;
    fieldLabel(tr(label));
    ImGui::SameLine(ImGui::GetFontSize() * 11);
    if (textField(ctx, widgetName, value, out, key))
        actions.setText(id, fieldName, out, key);
}

/// A legal basis date: stored as yyyy-mm-dd, shown and typed as dd/mm/yyyy (the year is required: these are
/// documents of other years). What is typed is stored once it is a whole date; text that is not one stays in
/// the field, outlined, with the reason under it.
void basisDateField(FrameContext& ctx, Actions& a, const std::string& id, const std::string& iso,
                    const std::string& widgetName) {
    static std::map<std::string, std::string> typed; // by field: typed text that is not a date (yet)
    const auto it = typed.find(widgetName);
    const std::string shown = it != typed.end() ? it->second
                              : domain::isIsoDate(iso)
                                  ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4)
                                  : iso;
    const auto read = [](const std::string& text) -> std::optional<domain::Date> {
        const auto d = domain::parseDisplayDate(text, 1);
        if (!d || domain::parseDisplayDate(text, 2) != d)
            return std::nullopt; // no year typed
        return d;
    };
    fieldLabel(tr(Str::FieldBasisDate));
    ImGui::SameLine(ImGui::GetFontSize() * 11);
    std::string out, key;
    const bool bad = !shown.empty() && !read(shown);
    if (checkedField(ctx, widgetName, shown, out, key, ImGui::GetFontSize() * 8,
                     bad && ctx.edit->owner == 0 ? tr(Str::DateInvalid) : nullptr)) {
        if (out.empty()) {
            typed.erase(widgetName);
            a.setText(id, "date", "", key);
        } else if (const auto d = read(out)) {
            typed.erase(widgetName);
            a.setText(id, "date", domain::toIso(*d), key);
        } else {
            typed[widgetName] = out;
        }
    }
}

/// ▲ ▼ ✕ buttons of a list entry.
void listButtons(FrameContext& ctx, Actions& actions, const Plan& plan, const std::string& id,
                 const std::string& name) {
    if (button(ctx, name + ".up", tr(Str::MoveUp)))
        actions.edit = domain::moveWithinListEdit(plan, id, -1);
    ImGui::SameLine();
    if (button(ctx, name + ".down", tr(Str::MoveDown)))
        actions.edit = domain::moveWithinListEdit(plan, id, +1);
    ImGui::SameLine();
    if (button(ctx, name + ".delete", tr(Str::Delete)))
        actions.edit = domain::Edit{{domain::RemoveRecord{id}}};
}

void drawHeader(const Plan& p, FrameContext& ctx, Actions& a) {
    const std::string& id = p.meta.id;
    field(ctx, a, id, "parentBody", p.parentBody, Str::FieldParentBody, "doc.parentBody");
    field(ctx, a, id, "issuingBody", p.issuingBody, Str::FieldIssuingBody, "doc.issuingBody");
    field(ctx, a, id, "numberSymbol", p.numberSymbol, Str::FieldNumberSymbol, "doc.numberSymbol");
    field(ctx, a, id, "place", p.place, Str::FieldPlace, "doc.place");
    field(ctx, a, id, "dateText", p.dateText, Str::FieldDateText, "doc.dateText");
    field(ctx, a, id, "docType", p.docType, Str::FieldDocType, "doc.docType");
}

void drawPreamble(const Plan& p, FrameContext& ctx, Actions& a,
                  const std::function<std::string(const char*)>& newId) {
    std::string out, key;
    field(ctx, a, p.meta.id, "preambleLead", p.preambleLead, Str::FieldPreambleLead, "doc.preambleLead");
    for (std::size_t i = 0; i < p.legalBases.size(); ++i) {
        const domain::LegalBasis& b = p.legalBases[i];
        const std::string n = "basis" + std::to_string(i);
        ImGui::PushID(b.meta.id.c_str());
        ImGui::SeparatorText((std::to_string(i + 1) + ". " + b.kind + " " + b.number).c_str());
        field(ctx, a, b.meta.id, "kind", b.kind, Str::FieldBasisKind, n + ".kind");
        field(ctx, a, b.meta.id, "number", b.number, Str::FieldBasisNumber, n + ".number");
        basisDateField(ctx, a, b.meta.id, b.date, n + ".date");
        field(ctx, a, b.meta.id, "issuer", b.issuer, Str::FieldBasisIssuer, n + ".issuer");
        fieldLabel(tr(Str::FieldBasisSummary));
        if (textArea(ctx, n + ".summary", b.summary, out, key, ImGui::GetFontSize() * 3))
            a.setText(b.meta.id, "summary", out, key);
        listButtons(ctx, a, p, b.meta.id, n);
        ImGui::PopID();
    }
    if (button(ctx, "doc.addBasis", tr(Str::AddBasis))) {
        domain::LegalBasis b;
        b.meta.id = newId("basis");
        b.kind = "Quyết định"; // i18n-ok: the plan document is Vietnamese in either UI language
        a.edit = domain::Edit{{domain::InsertRecord{p.meta.id, p.legalBases.size(), b}}};
    }
    fieldLabel(tr(Str::FieldPreambleClose));
    if (textArea(ctx, "doc.preambleClose", p.preambleClose, out, key, ImGui::GetFontSize() * 3))
        a.setText(p.meta.id, "preambleClose", out, key);
}

void drawBody(const Plan& p, FrameContext& ctx, Actions& a,
              const std::function<std::string(const char*)>& newId) {
    static constexpr const char* kKinds[] = {"heading1", "heading2", "paragraph", "bullet"};
    const Str kindLabels[] = {Str::BlockHeading1, Str::BlockHeading2, Str::BlockParagraph, Str::BlockBullet};
    std::string out, key;
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const domain::BodyBlock& b = p.body[i];
        const std::string n = "body" + std::to_string(i);
        ImGui::PushID(b.meta.id.c_str());
        int kind = 2;
        for (int k = 0; k < 4; ++k)
            if (b.kind == kKinds[k])
                kind = k;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        if (ImGui::BeginCombo("##kind", tr(kindLabels[kind]))) {
            for (int k = 0; k < 4; ++k)
                if (ImGui::Selectable(tr(kindLabels[k]), k == kind) && k != kind)
                    a.setText(b.meta.id, "kind", kKinds[k], "");
            ImGui::EndCombo();
        }
        ImGui::SameLine();
        listButtons(ctx, a, p, b.meta.id, n);
        ImGui::SameLine();
        if (button(ctx, n + ".addAfter", tr(Str::AddBlock))) {
            domain::BodyBlock added;
            added.meta.id = newId("body");
            added.kind = b.kind == "heading1" || b.kind == "heading2" ? "paragraph" : b.kind;
            a.edit = domain::Edit{{domain::InsertRecord{p.meta.id, i + 1, added}}};
        }
        const float lines = b.kind == "heading1" || b.kind == "heading2" ? 1.6f : 4.0f;
        if (textArea(ctx, n + ".text", b.text, out, key, ImGui::GetFontSize() * lines))
            a.setText(b.meta.id, "text", out, key);
        ImGui::PopID();
    }
    if (p.body.empty() && button(ctx, "doc.addBlock", tr(Str::AddBlock))) {
        domain::BodyBlock added;
        added.meta.id = newId("body");
        added.kind = "paragraph";
        a.edit = domain::Edit{{domain::InsertRecord{p.meta.id, 0, added}}};
    }
}

void drawRecipients(const Plan& p, FrameContext& ctx, Actions& a,
                    const std::function<std::string(const char*)>& newId) {
    std::string out, key;
    for (std::size_t i = 0; i < p.recipients.size(); ++i) {
        const domain::Recipient& r = p.recipients[i];
        const std::string n = "recipient" + std::to_string(i);
        ImGui::PushID(r.meta.id.c_str());
        if (textField(ctx, n + ".text", r.text, out, key, ImGui::GetFontSize() * 22))
            a.setText(r.meta.id, "text", out, key);
        ImGui::SameLine();
        listButtons(ctx, a, p, r.meta.id, n);
        ImGui::PopID();
    }
    if (button(ctx, "doc.addRecipient", tr(Str::AddRecipient))) {
        domain::Recipient r;
        r.meta.id = newId("recipient");
        const std::size_t at = p.recipients.empty() ? 0 : p.recipients.size() - 1; // before "Lưu: VT."
        a.edit = domain::Edit{{domain::InsertRecord{p.meta.id, at, r}}};
    }
}

} // namespace

void drawDocumentView(const domain::Plan& plan, bool readOnly, bool outputBusy, FrameContext& ctx,
                      Actions& actions, const std::function<std::string(const char*)>& newId) {
    ImGui::BeginChild("document", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
    // Printing and downloading change nothing: allowed in a tab that only follows the writer.
    ImGui::EndDisabled();
    ImGui::BeginDisabled(outputBusy);
    if (button(ctx, "doc.print", tr(Str::PlanPrint)))
        actions.report = Actions::ReportOutput{"", static_cast<int>(domain::ReportFormat::Html)};
    ImGui::SameLine();
    if (button(ctx, "doc.docx", tr(Str::PlanDocx)))
        actions.report = Actions::ReportOutput{"", static_cast<int>(domain::ReportFormat::Docx)};
    ImGui::EndDisabled();
    if (outputBusy) {
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Str::ReportWorking));
    }
    ImGui::BeginDisabled(readOnly);
    ImGui::PushTextWrapPos(0.0f);
    if (ImGui::CollapsingHeader(tr(Str::SecHeader), ImGuiTreeNodeFlags_DefaultOpen))
        drawHeader(plan, ctx, actions);
    if (ImGui::CollapsingHeader(tr(Str::SecPreamble), ImGuiTreeNodeFlags_DefaultOpen))
        drawPreamble(plan, ctx, actions, newId);
    if (ImGui::CollapsingHeader(tr(Str::SecBody), ImGuiTreeNodeFlags_DefaultOpen))
        drawBody(plan, ctx, actions, newId);
    if (ImGui::CollapsingHeader(tr(Str::SecRecipients), ImGuiTreeNodeFlags_DefaultOpen))
        drawRecipients(plan, ctx, actions, newId);
    if (ImGui::CollapsingHeader(tr(Str::SecSignature), ImGuiTreeNodeFlags_DefaultOpen)) {
        const std::string& id = plan.meta.id;
        field(ctx, actions, id, "signatureAuthority", plan.signature.authority, Str::FieldAuthority,
              "doc.signatureAuthority");
        field(ctx, actions, id, "signatureTitle", plan.signature.title, Str::FieldSignerTitle,
              "doc.signatureTitle");
        field(ctx, actions, id, "signatureName", plan.signature.name, Str::FieldSignerName,
              "doc.signatureName");
    }
    if (ImGui::CollapsingHeader(tr(Str::SecAppendix), ImGuiTreeNodeFlags_DefaultOpen)) {
        field(ctx, actions, plan.meta.id, "appendixTitle", plan.appendixTitle, Str::FieldAppendixTitle,
              "doc.appendixTitle");
        field(ctx, actions, plan.meta.id, "appendixSubtitle", plan.appendixSubtitle,
              Str::FieldAppendixSubtitle, "doc.appendixSubtitle");
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

} // namespace ui
