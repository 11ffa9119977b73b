// Message codes to translation-table rows (see messages.hpp). A code without a row does not compile
// (-Wswitch).
#include "ui/messages.hpp"

#include "ui/i18n.hpp"

namespace ui {

namespace {

Str rowOf(domain::MessageCode code) {
    using C = domain::MessageCode;
    switch (code) {
    case C::FileTooLarge:
        return Str::MsgFileTooLarge;
    case C::NotUtf8:
        return Str::MsgNotUtf8;
    case C::TooDeep:
        return Str::MsgTooDeep;
    case C::NotJson:
        return Str::MsgNotJson;
    case C::NumberTooLarge:
        return Str::MsgNumberTooLarge;
    case C::NotAnObject:
        return Str::MsgNotAnObject;
    case C::NotPlanFile:
        return Str::MsgNotPlanFile;
    case C::NewerVersion:
        return Str::MsgNewerVersion;
    case C::UnexpectedError:
        return Str::MsgUnexpectedError;
    case C::MissingField:
        return Str::MsgMissingField;
    case C::MustBeString:
        return Str::MsgMustBeString;
    case C::MustBeArray:
        return Str::MsgMustBeArray;
    case C::MustBeObject:
        return Str::MsgMustBeObject;
    case C::MustBeInteger:
        return Str::MsgMustBeInteger;
    case C::MustBeNumber:
        return Str::MsgMustBeNumber;
    case C::YearOutOfRange:
        return Str::MsgYearOutOfRange;
    case C::EmptyId:
        return Str::MsgEmptyId;
    case C::InvalidId:
        return Str::MsgInvalidId;
    case C::DuplicateId:
        return Str::MsgDuplicateId;
    case C::InvalidDate:
        return Str::MsgInvalidDate;
    case C::InvalidTimestamp:
        return Str::MsgInvalidTimestamp;
    case C::UnknownBlockKind:
        return Str::MsgUnknownBlockKind;
    case C::UnknownComparison:
        return Str::MsgUnknownComparison;
    case C::UnknownStatus:
        return Str::MsgUnknownStatus;
    case C::InvalidPeriodMode:
        return Str::MsgInvalidPeriodMode;
    case C::InvalidReportPeriod:
        return Str::MsgInvalidReportPeriod;
    case C::UnknownUnit:
        return Str::MsgUnknownUnit;
    case C::UnknownTask:
        return Str::MsgUnknownTask;
    case C::ProgressTwice:
        return Str::MsgProgressTwice;
    case C::ProgressIdNotDerived:
        return Str::MsgProgressIdNotDerived;
    case C::FieldNotFound:
        return Str::MsgFieldNotFound;
    case C::RecordNotFound:
        return Str::MsgRecordNotFound;
    case C::IdTaken:
        return Str::MsgIdTaken;
    case C::ParentNotFound:
        return Str::MsgParentNotFound;
    case C::CannotMoveTo:
        return Str::MsgCannotMoveTo;
    case C::UnitInUse:
        return Str::MsgUnitInUse;
    case C::TaskInUse:
        return Str::MsgTaskInUse;
    case C::NoPlanToReplace:
        return Str::MsgNoPlanToReplace;
    case C::CountNotWhole:
        return Str::MsgCountNotWhole;
    case C::CountOverWhole:
        return Str::MsgCountOverWhole;
    case C::UnknownTarget:
        return Str::MsgUnknownTarget;
    case C::InvalidMonth:
        return Str::MsgInvalidMonth;
    case C::CountTwice:
        return Str::MsgCountTwice;
    case C::CountIdNotDerived:
        return Str::MsgCountIdNotDerived;
    case C::UnknownSource:
        return Str::MsgUnknownSource;
    case C::TargetNotNumber:
        return Str::TargetValueInvalid;
    case C::OneStopTwice:
        return Str::MsgOneStopTwice;
    case C::OneStopReceivedParts:
        return Str::MsgOneStopReceivedParts;
    case C::OneStopReceivedSplit:
        return Str::MsgOneStopReceivedSplit;
    case C::OneStopResolvedParts:
        return Str::MsgOneStopResolvedParts;
    case C::OneStopPendingParts:
        return Str::MsgOneStopPendingParts;
    case C::OneStopCarried:
        return Str::MsgOneStopCarried;
    case C::TargetCounted:
        return Str::MsgTargetCounted;
    case C::TargetOutOfRange:
        return Str::MsgTargetOutOfRange;
    }
    return Str::MsgUnexpectedError; // not reached: every code has a row
}

} // namespace

std::string messageText(const domain::Message& message) {
    return fillText(rowOf(message.code), message.args);
}

std::string fillText(Str key, const std::vector<std::string>& args) {
    const std::string wording = tr(key);
    std::string out;
    for (std::size_t i = 0; i < wording.size(); ++i) {
        // "{n}" (one digit) is the n-th argument; anything else is copied.
        if (wording[i] == '{' && i + 2 < wording.size() && wording[i + 1] >= '0' && wording[i + 1] <= '9' &&
            wording[i + 2] == '}') {
            const auto n = static_cast<std::size_t>(wording[i + 1] - '0');
            if (n < args.size())
                out += args[n];
            i += 2;
        } else {
            out += wording[i];
        }
    }
    return out;
}

std::string importErrorText(const domain::ImportError& error) {
    const std::string reason = messageText(error.message);
    return error.path.empty() ? reason : error.path + ": " + reason;
}

} // namespace ui
