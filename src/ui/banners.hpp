// The lines under the menu bar that tell the user something about their data: a storage problem (with an
// immediate export), a damaged file set aside, an update ready, the backup reminder, the read-only tab. Also
// the save status words shown in the menu bar. Emits actions only.
#pragma once

#include "ui/actions.hpp"
#include "ui/frame_context.hpp"

#include <string>

namespace ui {

struct BannersInput {
    std::string storageMessage; ///< set aside files, a version opened, storage unavailable ("" = none)
    bool hasPlan = false;
    bool canWrite = false;
    bool backupDue = false;
    bool journalFailed = false;     ///< the browser refused to keep the journal of unsaved edits
    int planYear = 0, realYear = 0; ///< the open plan's year and the computer's
    std::string todayShown;         ///< "Ngày xem", dd/mm/yyyy
    bool todayIsReal = true;        ///< "Ngày xem" is the computer's date
    bool isSample = false;          ///< the open plan is the built-in sample
    /// This tab stopped writing (another took over) with these edits of its own.
    std::size_t stoppedEdits = 0;
};

void drawBanners(const BannersInput& in, FrameContext& ctx, Actions& actions);

/// What the user should read for a storage error the browser reported.
std::string storageProblem(const std::string& browserError);

/// The save status for the menu bar ("" when there is nothing to say yet).
std::string saveStatusText(bool dirty);

} // namespace ui
