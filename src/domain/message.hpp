// What the domain has to tell the user (why an import or an edit was refused), as a code with arguments. The
// domain decides codes and arguments; the wording, in every language, is the UI's (src/ui/messages.hpp).
#pragma once

#include <string>
#include <vector>

namespace domain {

/// Every message the domain reports. The arguments each code carries are listed with it ({0}, {1}, …).
enum class MessageCode {
    // [SECTION] Reading a snapshot, before its contents
    FileTooLarge,    ///< larger than kMaxImportBytes
    NotUtf8,         ///< not well-formed UTF-8
    TooDeep,         ///< nested deeper than kMaxImportDepth
    NotJson,         ///< {0} byte offset of the syntax error
    NumberTooLarge,  ///< a number beyond the range of a double (1e999)
    NotAnObject,     ///< the file is JSON but not an object
    NotPlanFile,     ///< {0} the file's "schema"
    NewerVersion,    ///< {0} the file's "version"
    UnexpectedError, ///< {0} what went wrong (a check the reader missed; never expected)
    // [SECTION] Shape of the JSON
    MissingField,
    MustBeString,
    MustBeArray,
    MustBeObject,
    MustBeInteger,
    MustBeNumber,
    // [SECTION] Values of records
    YearOutOfRange,       ///< the plan year is not 1900–2200
    EmptyId,              ///< a record id is ""
    InvalidId,            ///< {0} an id with control characters, invalid UTF-8 or not in NFC
    DuplicateId,          ///< {0} the id
    InvalidDate,          ///< {0} the text that is not an ISO date (yyyy-mm-dd)
    InvalidTimestamp,     ///< {0} the text that is not an ISO-8601 time ("2024-01-15T08:30:00Z")
    UnknownBlockKind,     ///< {0} the kind
    UnknownComparison,    ///< {0} the comparison
    UnknownStatus,        ///< {0} the status
    InvalidPeriodMode,    ///< {0} the period mode
    UnknownUnit,          ///< {0} the unit id a record refers to
    UnknownTask,          ///< {0} the task id a record refers to
    ProgressTwice,        ///< {0} the occurrence key recorded twice for one task
    ProgressIdNotDerived, ///< {0} the progress record's id, {1} the id it must have (progressId)
    InvalidReportPeriod,  ///< {0} a report's period that is neither a period key nor a date range
    // [SECTION] Edits
    FieldNotFound,  ///< {0} field, {1} record id
    RecordNotFound, ///< {0} record id
    IdTaken,        ///< {0} the id of an inserted record, already used in the plan
    ParentNotFound, ///< {0} the list owner an insert names
    CannotMoveTo,   ///< {0} the list owner a move names
    UnitInUse,      ///< {0} group numeral, {1} task number of a task that still names the unit
    TaskInUse,      ///< {0} task id still named by a target, progress record, event or history line
    NoPlanToReplace,
    // [SECTION] Counts of targets
    CountNotWhole,     ///< {0} the text that is not a whole number ≥ 0
    CountOverWhole,    ///< {0} numerator, {1} denominator of a share that would be over 100 %
    UnknownTarget,     ///< {0} the target id a count refers to
    InvalidMonth,      ///< {0} the month key that is not "yyyy-mm" of the plan year
    CountTwice,        ///< {0} the month counted twice for one target
    CountIdNotDerived, ///< {0} the count's id, {1} the id it must have (kpiCountId)
    TargetCounted,     ///< {0} id of a target that cannot go: it has monthly counts
    TargetOutOfRange,  ///< {0} a target value below 0, or over 100 for a share in "%"
    UnknownSource,     ///< {0} where a target's counts would come from, not a known one-stop share
    TargetNotNumber,   ///< {0} a target value typed that is not a number
    // [SECTION] One-stop figures (Biểu 06); {0} the total, {1} what its parts add up to
    OneStopTwice,         ///< {0} the month with two records of one-stop figures
    OneStopReceivedParts, ///< received ≠ online + direct + carried over
    OneStopReceivedSplit, ///< received ≠ resolved + in progress
    OneStopResolvedParts, ///< resolved ≠ before + on + after the deadline
    OneStopPendingParts,  ///< in progress ≠ within + past the deadline
    OneStopCarried,       ///< {0} carried over, {1} the month before's in progress
};

/// A message: its code and the arguments its wording shows (ids, values, numbers — never words).
struct Message {
    MessageCode code = MessageCode::UnexpectedError;
    std::vector<std::string> args;
};

inline bool operator==(const Message& a, const Message& b) {
    return a.code == b.code && a.args == b.args;
}
inline bool operator!=(const Message& a, const Message& b) {
    return !(a == b);
}

} // namespace domain
