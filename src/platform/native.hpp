// The native stand-in for the browser (native.cpp): storage in memory, no page. Lets the UI build and run in
// a native test (tests/ui), which uses these controls to set the scene and read what the app did.
#pragma once

#include "platform/platform.hpp"

#include <map>
#include <string>
#include <vector>

namespace platform::native {

/// Every file under /data and /assets, by path.
std::map<std::string, std::string>& files();
/// The journals (localStorage in the browser), by plan id.
std::map<std::string, std::string>& journals();
/// While set, journal writes are refused (as a browser with localStorage full or switched off).
bool& journalRefused();

struct Download {
    std::string name;
    std::string data;
};
/// Files the app offered for download, oldest first.
std::vector<Download>& downloads();

/// Forgets everything: no files, storage Loading, role Deciding, clock at 0.
void reset();
/// Storage answers (Ready or Unavailable) and this tab becomes `role`.
void mount(StorageState state, TabRole role);
/// The election's outcome changed (another tab took over, this tab was stopped, …).
void setRole(TabRole role);
/// Moves the clock on (nowMs()).
void advance(double ms);
/// How many pushes the app asked for.
int pushes();

} // namespace platform::native
