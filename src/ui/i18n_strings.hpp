// The translation table: X(key, Vietnamese, English). Every string a view shows comes from here.
// Included by i18n.hpp (to make the enum) and i18n.cpp (to make the table).
#define KSTTHC_STRINGS(X)                                                                                                                               \
    X(AppTitle, "Kế hoạch kiểm soát TTHC", "Administrative procedure control plan")                                                                     \
    X(MenuPlan, "Kế hoạch", "Plan")                                                                                                                     \
    X(MenuProgress, "Tiến độ", "Progress")                                                                                                              \
    X(MenuReports, "Báo cáo", "Reports")                                                                                                                \
    X(MenuData, "Dữ liệu", "Data")                                                                                                                      \
    X(MenuHelp, "Trợ giúp", "Help")                                                                                                                     \
    X(MenuComingSoon, "(sắp có)", "(coming soon)")                                                                                                      \
    X(MenuAbout, "Giới thiệu", "About")                                                                                                                 \
    X(MenuKeys, "Phím tắt", "Keyboard shortcuts")                                                                                                       \
    X(KeyTab, "Đi tới ô, nút hoặc bảng kế tiếp / trước đó, theo thứ tự đọc",                                                                            \
      "Go to the next / previous field, button or table, in reading order")                                                                             \
    X(KeyArrowsName, "Phím mũi tên", "Arrow keys")                                                                                                      \
    X(KeyArrows, "Trong bảng: chuyển giữa các dòng; trên thẻ và nút: chuyển sang bên cạnh",                                                             \
      "In a table: move between rows; on tabs and buttons: move to the neighbour")                                                                      \
    X(KeyEnter, "Mở dòng đang chọn; bấm nút đang chọn; trong hộp thoại: Lưu",                                                                           \
      "Open the focused row; press the focused button; in a dialog: Save")                                                                              \
    X(KeySpace, "Bấm nút, chọn ô chọn đang chọn", "Press the focused button, tick the focused choice")                                                  \
    X(KeyCtrlEnter, "Lưu hộp thoại khi đang ở ô nhiều dòng (Enter xuống dòng)",                                                                         \
      "Save a dialog from a multi-line field (Enter starts a new line)")                                                                                \
    X(KeyEscape, "Rời ô đang sửa, giữ nội dung; lần nữa: đóng hộp thoại (hỏi trước nếu có thay đổi)",                                                   \
      "Leave the field, keeping its text; again: close the dialog (asks first if something changed)")                                                   \
    X(KeyUndo, "Hoàn tác / làm lại", "Undo / redo")                                                                                                     \
    X(KeyAlt, "Chuyển tới thanh thực đơn", "Go to the menu bar")                                                                                        \
    X(KeyZoom, "Phóng to / thu nhỏ chữ", "Larger / smaller text")                                                                                       \
    X(MenuLanguage, "Ngôn ngữ", "Language")                                                                                                             \
    X(MenuUndo, "Hoàn tác", "Undo")                                                                                                                     \
    X(MenuRedo, "Làm lại", "Redo")                                                                                                                      \
    X(MenuExportJson, "Xuất tệp JSON", "Export JSON file")                                                                                              \
    X(MenuImportJson, "Nhập tệp JSON…", "Import JSON file…")                                                                                            \
    X(MenuPlans, "Các kế hoạch đã lưu", "Stored plans")                                                                                                 \
    X(LangVietnamese, "Tiếng Việt", "Tiếng Việt (Vietnamese)")                                                                                          \
    X(LangEnglish, "English (tiếng Anh)", "English")                                                                                                    \
    X(AboutText,                                                                                                                                        \
      "Ứng dụng theo dõi kế hoạch kiểm soát thủ tục hành chính của UBND xã. Chạy không cần mạng; dữ liệu "              \
      "lưu "                                                                                                                                           \
      "trong trình duyệt. Kéo thả tệp JSON vào trang để nhập.",                                                                                         \
      "Tracks a commune's administrative procedure control plan. Works offline; data is kept in the "                                                   \
      "browser. "                                                                                                                                       \
      "Drop a JSON file on the page to import it.")                                                                                                     \
    X(Loading, "Đang mở dữ liệu đã lưu…", "Opening saved data…")                                                                                        \
    X(Ok, "Đồng ý", "OK")                                                                                                                               \
    X(Cancel, "Hủy", "Cancel")                                                                                                                          \
    X(DiscardQuestion, "Bỏ các thay đổi chưa lưu trong hộp này?",                                                                                       \
      "Discard the changes not saved in this dialog?")                                                                                                  \
    X(KeepEditing, "Tiếp tục sửa", "Keep editing")                                                                                                      \
    X(DiscardChanges, "Bỏ thay đổi", "Discard changes")                                                                                                 \
    X(Delete, "Xóa", "Delete")                                                                                                                          \
    X(Add, "Thêm", "Add")                                                                                                                               \
    X(MoveUp, "Lên", "Up")                                                                                                                              \
    X(MoveDown, "Xuống", "Down")                                                                                                                        \
    X(Remove, "Bỏ", "Remove")                                                                                                                           \
    X(Confirm, "Xác nhận", "Confirm")                                                                                                                   \
    X(Notice, "Thông báo", "Notice")                                                                                                                    \
    X(PlanTitleLabel, "Tên kế hoạch", "Plan title")                                                                                                     \
    X(TabAppendix, "Phụ lục nhiệm vụ", "Task appendix")                                                                                                 \
    X(TabDocument, "Văn bản kế hoạch", "Plan document")                                                                                                 \
    X(TabReports, "Báo cáo", "Reports")                                                                                                                 \
    X(MenuReportsOpen, "Báo cáo định kỳ…", "Periodic reports…")                                                                                         \
    X(ReportsHint,                                                                                                                                      \
      "Báo cáo gửi cấp trên: chọn kỳ, tạo báo cáo, điền các mục rồi in hoặc tải về. Số liệu tính đến ngày "       \
      "ghi dưới đây, không thay đổi theo ngày xem.",                                                                                                    \
      "Reports to the level above: choose the period, create the report, fill it in, then print or "                                                    \
      "download it. Its figures are as of the day shown below, whatever the day viewed.")                                                               \
    X(ReportsNone, "Chưa có báo cáo nào.", "No report yet.")                                                                                            \
    X(ReportNewLabel, "Báo cáo mới cho kỳ:", "New report for:")                                                                                         \
    X(ReportRange, "Khoảng ngày", "Date range")                                                                                                         \
    X(ReportFrom, "Từ ngày", "From")                                                                                                                    \
    X(ReportTo, "Đến ngày", "To")                                                                                                                       \
    X(ReportRangeInvalid, "Ngày cuối phải từ ngày đầu trở đi", "The last day must not be before the first")                                             \
    X(ReportCreate, "Tạo báo cáo", "Create report")                                                                                                     \
    X(ReportPeriodLabel, "Kỳ báo cáo", "Period")                                                                                                        \
    X(ReportNumber, "Số", "Number")                                                                                                                     \
    X(ReportDate, "Ngày báo cáo", "Report date")                                                                                                        \
    X(ReportAsOf, "Số liệu tính đến hết ngày", "Figures as of the end of")                                                                              \
    X(ReportRefresh, "Cập nhật số liệu", "Update figures")                                                                                              \
    X(ReportDifficulties, "Khó khăn, vướng mắc", "Difficulties")                                                                                        \
    X(ReportProposals, "Kiến nghị, đề xuất", "Proposals")                                                                                               \
    X(ReportNextSteps, "Phương hướng kỳ tới", "Next period")                                                                                            \
    X(ReportRecipients, "Nơi nhận (mỗi dòng một nơi)", "Recipients (one per line)")                                                                     \
    X(ReportSignerAuthority, "Thẩm quyền ký", "Signing authority")                                                                                      \
    X(ReportSignerTitle, "Chức vụ người ký", "Signer's title")                                                                                          \
    X(ReportSignerName, "Họ tên người ký", "Signer's name")                                                                                             \
    X(ReportPrint, "In / Lưu PDF", "Print / Save as PDF")                                                                                               \
    X(PlanPrint, "In kế hoạch / Lưu PDF", "Print the plan / Save as PDF")                                                                               \
    X(PlanDocx, "Tải kế hoạch Word (.docx)", "Download the plan as Word (.docx)")                                                                       \
    X(ReportDocx, "Tải Word (.docx)", "Download Word (.docx)")                                                                                          \
    X(ReportCsv, "Tải Excel (.csv)", "Download Excel (.csv)")                                                                                           \
    X(ReportDelete, "Xóa báo cáo", "Delete report")                                                                                                     \
    X(ReportDeleteConfirm, "Xóa báo cáo này? Có thể hoàn tác.", "Delete this report? It can be undone.")                                                \
    X(ReportWorking, "Đang tạo văn bản…", "Making the document…")                                                                                       \
    X(ReportFailedLoad,                                                                                                                                 \
      "Không mở được phần tạo báo cáo (lần đầu dùng cần có mạng). Thử lại khi có mạng; dữ liệu không bị "         \
      "ảnh hưởng.",                                                                                                                                     \
      "The report maker could not be loaded (its first use needs the network). Try again online; no data "                                              \
      "is affected.")                                                                                                                                   \
    X(ReportFailedMake, "Không tạo được văn bản từ kế hoạch này; dữ liệu không bị ảnh hưởng.",                                                          \
      "The document could not be made from this plan; no data is affected.")                                                                            \
    X(MsgInvalidReportPeriod, "kỳ báo cáo \"{0}\" không hợp lệ", "report period \"{0}\" is not valid")                                                  \
    X(TabUnits, "Đơn vị", "Units")                                                                                                                      \
    X(TabPlans, "Các kế hoạch", "Plans")                                                                                                                \
    X(ColNumber, "STT", "No.")                                                                                                                          \
    X(ColContent, "Nội dung công việc", "Task")                                                                                                         \
    X(ColProduct, "Sản phẩm", "Product")                                                                                                                \
    X(ColLead, "Chủ trì", "Lead")                                                                                                                       \
    X(ColCoordinators, "Phối hợp", "Coordinating")                                                                                                      \
    X(ColTimeframe, "Thời gian", "Timeframe")                                                                                                           \
    X(TaskHeading, "Nhiệm vụ", "Task")                                                                                                                  \
    X(GroupHeading, "Nhóm", "Group")                                                                                                                    \
    X(FieldNumber, "Số thứ tự", "Number")                                                                                                               \
    X(FieldContent, "Nội dung công việc", "Task content")                                                                                               \
    X(FieldProduct, "Sản phẩm", "Product")                                                                                                              \
    X(FieldLead, "Bộ phận chủ trì", "Lead unit")                                                                                                        \
    X(FieldCoordinators, "Bộ phận phối hợp", "Coordinating units")                                                                                      \
    X(FieldTimeframe, "Thời gian thực hiện", "Timeframe")                                                                                               \
    X(FieldNumeral, "Số La Mã", "Roman numeral")                                                                                                        \
    X(FieldGroupTitle, "Tên nhóm", "Group title")                                                                                                       \
    X(NoUnit, "(chưa chọn)", "(none)")                                                                                                                  \
    X(AddCoordinator, "Thêm bộ phận phối hợp…", "Add coordinating unit…")                                                                               \
    X(MoveToGroup, "Chuyển sang nhóm…", "Move to group…")                                                                                               \
    X(AddTask, "Thêm nhiệm vụ", "Add task")                                                                                                             \
    X(AddTaskAfter, "Thêm nhiệm vụ sau dòng này", "Add task after this one")                                                                            \
    X(DeleteTask, "Xóa nhiệm vụ", "Delete task")                                                                                                        \
    X(ConfirmDeleteTask, "Xóa nhiệm vụ này? Có thể hoàn tác bằng Ctrl+Z.",                                                                              \
      "Delete this task? Ctrl+Z undoes it.")                                                                                                            \
    X(AddGroup, "Thêm nhóm", "Add group")                                                                                                               \
    X(DeleteGroup, "Xóa nhóm", "Delete group")                                                                                                          \
    X(ConfirmDeleteGroup, "Xóa nhóm này cùng mọi nhiệm vụ trong nhóm? Có thể hoàn tác bằng Ctrl+Z.",                                                    \
      "Delete this group and all its tasks? Ctrl+Z undoes it.")                                                                                         \
    X(Renumber, "Đánh số lại nhóm", "Renumber group")                                                                                                   \
    X(SelectHint, "Chọn một nhiệm vụ hoặc một nhóm trong bảng để sửa.",                                                                                 \
      "Select a task or a group in the table to edit it.")                                                                                              \
    X(NewTaskContent, "Nhiệm vụ mới", "New task")                                                                                                       \
    X(NewGroupTitle, "Nhóm nhiệm vụ mới", "New task group")                                                                                             \
    X(SecHeader, "Tiêu đề văn bản", "Document header")                                                                                                  \
    X(SecPreamble, "Căn cứ ban hành", "Legal bases")                                                                                                    \
    X(SecBody, "Nội dung (mục I–III)", "Body (sections I–III)")                                                                                         \
    X(SecRecipients, "Nơi nhận", "Recipients")                                                                                                          \
    X(SecSignature, "Chữ ký", "Signature")                                                                                                              \
    X(SecAppendix, "Tiêu đề phụ lục", "Appendix heading")                                                                                               \
    X(FieldParentBody, "Cơ quan chủ quản", "Parent body")                                                                                               \
    X(FieldIssuingBody, "Cơ quan ban hành", "Issuing body")                                                                                             \
    X(FieldNumberSymbol, "Số, ký hiệu", "Number and symbol")                                                                                            \
    X(FieldPlace, "Địa danh", "Place")                                                                                                                  \
    X(FieldDateText, "Ngày tháng", "Date line")                                                                                                         \
    X(FieldDocType, "Loại văn bản", "Document type")                                                                                                    \
    X(FieldPreambleLead, "Lời dẫn", "Lead-in")                                                                                                          \
    X(FieldPreambleClose, "Câu kết phần căn cứ", "Closing sentence")                                                                                    \
    X(FieldBasisKind, "Loại", "Kind")                                                                                                                   \
    X(FieldBasisNumber, "Số hiệu", "Number")                                                                                                            \
    X(FieldBasisDate, "Ngày (ngày/tháng/năm)", "Date (dd/mm/yyyy)")                                                                                     \
    X(FieldBasisIssuer, "Cơ quan ban hành", "Issuer")                                                                                                   \
    X(FieldBasisSummary, "Trích yếu", "Summary")                                                                                                        \
    X(FieldAuthority, "Quyền hạn ký", "Signing authority")                                                                                              \
    X(FieldSignerTitle, "Chức vụ", "Title")                                                                                                             \
    X(FieldSignerName, "Họ và tên", "Name")                                                                                                             \
    X(FieldAppendixTitle, "Tên phụ lục", "Appendix title")                                                                                              \
    X(FieldAppendixSubtitle, "Dòng dưới tên phụ lục", "Appendix subtitle")                                                                              \
    X(AddBasis, "Thêm căn cứ", "Add legal basis")                                                                                                       \
    X(AddBlock, "Thêm đoạn", "Add paragraph")                                                                                                           \
    X(AddRecipient, "Thêm nơi nhận", "Add recipient")                                                                                                   \
    X(BlockHeading1, "Đề mục cấp 1 (I, II)", "Heading 1 (I, II)")                                                                                       \
    X(BlockHeading2, "Đề mục cấp 2 (1, 2)", "Heading 2 (1, 2)")                                                                                         \
    X(BlockParagraph, "Đoạn văn", "Paragraph")                                                                                                          \
    X(BlockBullet, "Gạch đầu dòng", "Bullet")                                                                                                           \
    X(FieldUnitName, "Tên đơn vị", "Unit name")                                                                                                         \
    X(FieldUnitShort, "Tên viết tắt", "Short name")                                                                                                     \
    X(AddUnit, "Thêm đơn vị", "Add unit")                                                                                                               \
    X(NewUnitName, "Đơn vị mới", "New unit")                                                                                                            \
    X(UnitsHint, "Các nhiệm vụ chọn bộ phận chủ trì và phối hợp từ danh sách này.",                                                                     \
      "Tasks choose their lead and coordinating units from this list.")                                                                                 \
    X(CannotDelete, "Không xóa được", "Cannot delete")                                                                                                  \
    X(PlansHint, "Mỗi kế hoạch được lưu riêng trong trình duyệt. Kế hoạch đang mở được đánh dấu •.",                                                    \
      "Each plan is stored separately in the browser. The open plan is marked •.")                                                                      \
    X(ColYear, "Năm", "Year")                                                                                                                           \
    X(ColModified, "Sửa lần cuối", "Last changed")                                                                                                      \
    X(Open, "Mở", "Open")                                                                                                                               \
    X(Rename, "Đổi tên", "Rename")                                                                                                                      \
    X(Duplicate, "Nhân bản", "Duplicate")                                                                                                               \
    X(CopySuffix, " (bản sao)", " (copy)")                                                                                                              \
    X(ConfirmDeletePlan,                                                                                                                                \
      "Xóa hẳn kế hoạch này khỏi trình duyệt? Việc này không hoàn tác được; nên xuất tệp "                                  \
      "JSON trước.",                                                                                                                                    \
      "Delete this plan from the browser for good? This cannot be undone; export a JSON file first.")                                                   \
    X(NewPlan, "Tạo kế hoạch mới", "New plan")                                                                                                          \
    X(NewPlanYear, "Năm của kế hoạch", "Plan year")                                                                                                     \
    X(NewEmpty, "Kế hoạch trống", "Empty plan")                                                                                                         \
    X(NewFromBuiltin, "Từ kế hoạch mẫu (xã Hòa Tân Tây 2024)", "From the sample plan (Hòa Tân Tây 2024)")                                               \
    X(NewNextYear, "Sao chép kế hoạch đang mở sang năm sau", "Copy the open plan to the next year")                                                     \
    X(ReviewNextYear, "Kiểm tra trước khi lưu: các chỗ đổi năm", "Review before saving: year changes")                                                  \
    X(ReviewNextYearIntro, "Các nội dung sau sẽ được chuyển sang năm mới. Căn cứ pháp lý giữ nguyên.",                                                  \
      "These texts move to the new year. Legal bases stay as they are.")                                                                                \
    X(SaveNewPlan, "Lưu kế hoạch mới", "Save new plan")                                                                                                 \
    X(ImportTitle, "Nhập kế hoạch từ tệp", "Import a plan from a file")                                                                                 \
    X(ImportSummaryYear, "Năm", "Year")                                                                                                                 \
    X(CountGroup, "nhóm", "group")                                                                                                                      \
    X(CountGroups, "nhóm", "groups")                                                                                                                    \
    X(CountTask, "nhiệm vụ", "task")                                                                                                                    \
    X(CountTasks, "nhiệm vụ", "tasks")                                                                                                                  \
    X(CountTarget, "chỉ tiêu", "target")                                                                                                                \
    X(CountTargets, "chỉ tiêu", "targets")                                                                                                              \
    X(CountProgress, "bản ghi tiến độ", "progress record")                                                                                              \
    X(CountProgresses, "bản ghi tiến độ", "progress records")                                                                                           \
    X(CountEvent, "sự kiện", "event")                                                                                                                   \
    X(CountEvents, "sự kiện", "events")                                                                                                                 \
    X(ImportReplace, "Thay thế kế hoạch đang mở", "Replace the open plan")                                                                              \
    X(ImportAdd, "Thêm thành kế hoạch mới", "Add as a new plan")                                                                                        \
    X(ImportFailed, "Không nhập được tệp", "Could not import the file")                                                                                 \
    X(SearchLabel, "Tìm", "Search")                                                                                                                     \
    X(SearchTasksFound, "nhiệm vụ", "tasks")                                                                                                            \
    X(SearchClear, "Xóa tìm kiếm", "Clear search")                                                                                                      \
    X(FieldTargets, "Chỉ tiêu", "Targets")                                                                                                              \
    X(TabProgress, "Tiến độ", "Progress")                                                                                                               \
    X(TabTimeline, "Lịch theo tháng", "Timeline")                                                                                                       \
    X(TabDashboard, "Tổng quan", "Dashboard")                                                                                                           \
    X(TodayLabel, "Ngày xem", "As of")                                                                                                                  \
    X(TodayReset, "Hôm nay", "Today")                                                                                                                   \
    X(DateInvalid, "Không phải một ngày có thật: nhập ngày/tháng/năm, ví dụ 30/06/2024",                                                                \
      "Not a real date: type day/month/year, e.g. 30/06/2024")                                                                                          \
    X(FilterAllGroups, "Mọi nhóm", "All groups")                                                                                                        \
    X(FilterAllUnits, "Mọi bộ phận chủ trì", "All lead units")                                                                                          \
    X(FilterAllStatuses, "Mọi tình trạng", "Any status")                                                                                                \
    X(FilterWholeYear, "Cả năm", "Whole year")                                                                                                          \
    X(FilterQuarter, "Quý", "Quarter")                                                                                                                  \
    X(FilterMonth, "Tháng", "Month")                                                                                                                    \
    X(ColTask, "Nhiệm vụ", "Task")                                                                                                                      \
    X(ColOccurrence, "Kỳ / lần", "Period")                                                                                                              \
    X(ColDue, "Hạn", "Due")                                                                                                                             \
    X(ColStatus, "Tình trạng", "Status")                                                                                                                \
    X(ColEvidence, "Minh chứng", "Evidence")                                                                                                            \
    X(ItemsShown, "mục", "items")                                                                                                                       \
    X(TlNotDue, "Chưa đến kỳ", "Not yet due")                                                                                                           \
    X(TlInTime, "Trong hạn", "In time")                                                                                                                 \
    X(TlOverdue, "Quá hạn", "Overdue")                                                                                                                  \
    X(TlDoneOnTime, "Hoàn thành đúng hạn", "Done on time")                                                                                              \
    X(TlDoneLate, "Hoàn thành quá hạn", "Done late")                                                                                                    \
    X(TlNotApplicable, "Không phát sinh", "Did not arise")                                                                                              \
    X(StTodo, "Chưa thực hiện", "Not started")                                                                                                          \
    X(StDoing, "Đang thực hiện", "In progress")                                                                                                         \
    X(StDone, "Hoàn thành", "Done")                                                                                                                     \
    X(StNa, "Không phát sinh", "Did not arise")                                                                                                         \
    X(SchedUnknown, "Chưa xác định lịch: hãy đặt lịch bên dưới", "Schedule not understood: set it below")                                               \
    X(TimeframeUnread, "Chưa đọc được thời gian này: việc chưa có kỳ theo dõi (đặt lịch ở thẻ Tiến độ)",                                                \
      "This timeframe is not understood: the task has no periods yet (set its schedule in Progress)")                                                   \
    X(SchedOriginal, "Thời gian ghi trong kế hoạch", "Timeframe in the plan")                                                                           \
    X(SchedParsed, "Lịch theo dõi", "Tracked schedule")                                                                                                 \
    X(SchedHandSet, "Đặt lịch bằng tay", "Set the schedule by hand")                                                                                    \
    X(SchedHandHint, "VD: Trước ngày 30/06/2024; Hằng quý; 6 tháng; Hằng năm; Thường xuyên; Khi có yêu cầu",                                            \
      "E.g. Trước ngày 30/06/2024; Hằng quý; 6 tháng; Hằng năm; Thường xuyên; Khi có yêu cầu")                                                          \
    X(SchedHandInvalid, "Chưa hiểu lịch này; lịch cũ vẫn được dùng",                                                                                    \
      "This schedule is not understood; the previous one stays")                                                                                        \
    X(SchedContinuous, "Thường xuyên, đánh giá theo quý", "Ongoing, judged each quarter")                                                               \
    X(SchedEvent, "Khi phát sinh (ghi nhận từng lần)", "When it arises (log each event)")                                                               \
    X(SchedRecurring, "Định kỳ", "Every")                                                                                                               \
    X(SchedDeadline, "Hạn", "Due")                                                                                                                      \
    X(PeriodMonthly, "tháng", "month")                                                                                                                  \
    X(PeriodQuarterly, "quý", "quarter")                                                                                                                \
    X(PeriodHalfYearly, "6 tháng", "half-year")                                                                                                         \
    X(PeriodNineMonths, "9 tháng", "nine months")                                                                                                       \
    X(PeriodYearly, "năm", "year")                                                                                                                      \
    X(Occurrences, "Các kỳ, các lần", "Occurrences")                                                                                                    \
    X(NoOccurrences, "Chưa có kỳ nào (việc theo sự kiện: ghi nhận khi phát sinh)",                                                                      \
      "No occurrences yet (event-driven: log each event)")                                                                                              \
    X(UpdateProgress, "Cập nhật", "Update")                                                                                                             \
    X(HistoryTitle, "Lịch sử cập nhật", "History")                                                                                                      \
    X(NoHistory, "Chưa có cập nhật nào", "No updates yet")                                                                                              \
    X(EventLogTitle, "Ghi nhận phát sinh", "Log an event")                                                                                              \
    X(EventDate, "Ngày phát sinh", "Date")                                                                                                              \
    X(EventDue, "Hạn xử lý", "Due")                                                                                                                     \
    X(EventNote, "Nội dung", "Description")                                                                                                             \
    X(EventAdd, "Ghi nhận", "Log")                                                                                                                      \
    X(EditorTitle, "Cập nhật tiến độ", "Update progress")                                                                                               \
    X(FieldStatus, "Trạng thái", "Status")                                                                                                              \
    X(FieldCompletedRequired, "Ngày hoàn thành (bắt buộc)", "Completed on (required)")                                                                  \
    X(DueBeforeEvent, "Hạn phải sau ngày phát sinh", "The due date must be after the event's date")                                                     \
    X(PastYearPlan, "Kế hoạch năm", "This plan is for")                                                                                                 \
    X(PastYearOver, "đã hết năm. Ngày xem:", "— a year that is over. As of:")                                                                           \
    X(PastYearOverdue, "việc chưa ghi nhận hoàn thành trong năm đó đều hiện là quá hạn.",                                                               \
      "work not recorded as done that year shows as overdue.")                                                                                          \
    X(CreateForYear, "Tạo kế hoạch năm", "Create the plan for")                                                                                         \
    X(FromThisPlan, "từ kế hoạch này", "from this one")                                                                                                 \
    X(ImportedFrom, "Nhập từ tệp", "Imported from")                                                                                                     \
    X(FromSamplePlan, "từ kế hoạch mẫu", "from the sample plan")                                                                                        \
    X(SamplePlan, "KẾ HOẠCH MẪU năm", "SAMPLE PLAN for")                                                                                                \
    X(SampleIntro, "(kế hoạch thật của một xã, để dùng thử; không phải kế hoạch của bạn). Ngày xem:",                                                   \
      "(a real commune's plan to try the app with, not yours). As of:")                                                                                 \
    X(ViewSample, "Xem kế hoạch mẫu", "View the sample plan")                                                                                           \
    X(ViewAsOf, "Xem như ngày", "View as of")                                                                                                           \
    X(UseDueDate, "Ngày hạn", "Due date")                                                                                                               \
    X(UseToday, "Hôm nay", "Today")                                                                                                                     \
    X(OnTime, "Đúng hạn", "On time")                                                                                                                    \
    X(LateBy, "Quá hạn", "Late by")                                                                                                                     \
    X(Days, "ngày", "days")                                                                                                                             \
    X(FieldResult, "Kết quả", "Result")                                                                                                                 \
    X(FieldEvidence, "Minh chứng (số, ký hiệu, ngày văn bản)", "Evidence (document number and date)")                                                   \
    X(AddEvidence, "Thêm minh chứng", "Add evidence")                                                                                                   \
    X(Save, "Lưu", "Save")                                                                                                                              \
    X(DashOverall, "Toàn kế hoạch", "Whole plan")                                                                                                       \
    X(DashByGroup, "Theo nhóm", "By group")                                                                                                             \
    X(DashByUnit, "Theo bộ phận chủ trì", "By lead unit")                                                                                               \
    X(DashDueSoon, "Sắp đến hạn (14 ngày)", "Due within 14 days")                                                                                       \
    X(DashDone, "Đã hoàn thành", "Done")                                                                                                                \
    X(DashPercent, "Tỷ lệ hoàn thành", "Completion")                                                                                                    \
    X(DashTotal, "Tổng số", "Total")                                                                                                                    \
    X(DashNone, "Không có", "None")                                                                                                                     \
    X(NoLeadUnit, "(chưa có chủ trì)", "(no lead unit)")                                                                                                \
    X(DaysLate, "ngày quá hạn", "days late")                                                                                                            \
    X(DaysLeft, "ngày nữa", "days left")                                                                                                                \
    X(SelectTaskHint, "Chọn một dòng để xem lịch, các kỳ và lịch sử của nhiệm vụ.",                                                                     \
      "Select a row to see the task schedule, occurrences and history.")                                                                                \
    X(MenuProgressTasks, "Tiến độ nhiệm vụ", "Task progress")                                                                                           \
    X(MenuTimeline, "Lịch theo tháng", "Timeline")                                                                                                      \
    X(MenuDashboard, "Tổng quan", "Dashboard")                                                                                                          \
    X(PeriodModeCalendar, "Kỳ báo cáo theo lịch (1/1–31/3, …)", "Calendar reporting periods (1/1–31/3, …)")                                             \
    X(PeriodModeDecree, "Kỳ chốt số liệu theo NĐ 09/2019 (15/12–14/3, …)",                                                                              \
      "Decree 09/2019 cut-off periods (15/12–14/3, …)")                                                                                                 \
    X(OccMonth, "Tháng {1}/{2}", "{1}/{2}")                                                                                                             \
    X(OccQuarter, "Quý {1}/{3}", "Q{2} {3}")                                                                                                            \
    X(OccFirstHalf, "6 tháng đầu năm {1}", "H1 {1}")                                                                                                    \
    X(OccSecondHalf, "6 tháng cuối năm {1}", "H2 {1}")                                                                                                  \
    X(OccNineMonths, "9 tháng năm {1}", "9 months {1}")                                                                                                 \
    X(OccYear, "Năm {1}", "Year {1}")                                                                                                                   \
    X(ReadOnlyBanner,                                                                                                                                   \
      "Một thẻ khác của ứng dụng đang sửa kế hoạch. Thẻ này chỉ để xem và tự cập nhật khi thẻ kia lưu.",                                                \
      "Another tab of the app is editing. This tab is read-only and follows what the other tab saves.")                                                 \
    X(TakeOver, "Sửa ở thẻ này", "Edit in this tab")                                                                                                    \
    X(TakingOver, "Đang nhận quyền sửa từ thẻ kia…", "Taking over from the other tab…")                                                                 \
    X(StoppedBanner,                                                                                                                                    \
      "Một thẻ khác đã nhận quyền sửa trong lúc thẻ này đang sửa, nên thẻ này đã dừng ghi để không ghi đè "           \
      "lên. "                                                                                                                                          \
      "Số sửa đổi của thẻ này có thể chưa được lưu:",                                                                                                   \
      "Another tab took over editing while this tab was editing, so this tab stopped writing rather than "                                              \
      "write "                                                                                                                                          \
      "over it. Edits of this tab that may not be stored:")                                                                                             \
    X(StoppedResume, "Tiếp tục sửa ở thẻ này (ghi lại các sửa đổi này)",                                                                                \
      "Go on editing here (keeps these edits)")                                                                                                         \
    X(StoppedRestored, "Đã ghi lại các sửa đổi của thẻ này lên bản đang lưu; số sửa đổi:",                                                              \
      "This tab's edits were applied again onto what is stored; edits:")                                                                                \
    X(StoppedSkipped,                                                                                                                                   \
      "Không ghi lại (thẻ kia đã sửa cùng mục sau đó, bản của thẻ kia được giữ); số sửa đổi:",                                                          \
      "Not applied again (the other tab changed the same item later, and its change is kept); edits:")                                                  \
    X(JournalFailed,                                                                                                                                    \
      "Trình duyệt không giữ được bản ghi tạm các sửa đổi: nếu trang bị đóng trước khi lưu xong, sửa đổi "           \
      "cuối có "                                                                                                                                     \
      "thể mất.",                                                                                                                                       \
      "The browser would not keep the temporary record of your edits: if the page closes before the save, "                                             \
      "the "                                                                                                                                            \
      "last edits may be lost.")                                                                                                                        \
    X(StorageWriteFailed,                                                                                                                               \
      "trình duyệt không ghi được vào bộ nhớ (ổ đĩa có thể đã đầy); ứng dụng sẽ tự thử lại",                                                            \
      "the browser could not write to its storage (the disk may be full); the app will try again")                                                      \
    X(StorageNoAnswer, "bộ nhớ của trình duyệt không trả lời; ứng dụng sẽ tự thử lại.",                                                                 \
      "the browser storage does not answer; the app will try again.")                                                                                   \
    X(StorageFull, "bộ nhớ lưu trữ của trình duyệt đã đầy.", "the browser storage is full.")                                                            \
    X(StorageBlocked,                                                                                                                                   \
      "trình duyệt không cho trang này lưu dữ liệu (cửa sổ ẩn danh, lưu trữ bị chặn hoặc mở từ tệp).",                                                  \
      "the browser does not let this page store data (private window, blocked storage, or opened from a "                                               \
      "file).")                                                                                                                                         \
    X(ExportNow, "Xuất tệp JSON ngay", "Export JSON now")                                                                                               \
    X(WorkInMemory, "Công việc vẫn còn trong trang này; hãy xuất tệp JSON để giữ lại.",                                                                 \
      "Your work is still in this page; export a JSON file to keep it.")                                                                                \
    X(OpenedVersion, "Đã mở phiên bản lưu lúc", "Opened the version saved at")                                                                          \
    X(SettingsReset,                                                                                                                                    \
      "Tệp cài đặt bị hỏng nên đã được đặt lại (ngôn ngữ, cỡ chữ, ngày xem…). Các kế hoạch không bị ảnh "     \
      "hưởng.",                                                                                                                                         \
      "The settings file was damaged and has been reset (language, zoom, viewing date…). Your plans are "                                             \
      "untouched.")                                                                                                                                     \
    X(JournalRestored, "Đã khôi phục các thay đổi chưa kịp lưu khi trang đóng lần trước; số thay đổi:",                                                 \
      "Restored the changes that were not yet stored when the page last closed; changes:")                                                              \
    X(InternalErrorTitle, "Ứng dụng gặp lỗi", "The app ran into an error")                                                                              \
    X(InternalErrorText,                                                                                                                                \
      "Thao tác vừa rồi không thực hiện được. Dữ liệu đang mở vẫn còn nguyên; nên xuất tệp JSON để giữ một "       \
      "bản.",                                                                                                                                           \
      "The last action could not be completed. The open data is intact; exporting a JSON copy is advised.")                                             \
    X(MenuVersions, "Phiên bản đã lưu…", "Saved versions…")                                                                                             \
    X(VersionsTitle, "Phiên bản đã lưu", "Saved versions")                                                                                              \
    X(VersionsHint,                                                                                                                                     \
      "Mỗi lần lưu sau 10 phút làm việc, ứng dụng giữ một bản (tối đa 20 bản). Khôi phục có thể hoàn tác.",                                             \
      "The app keeps a copy every 10 minutes of work (up to 20). Restoring can be undone.")                                                             \
    X(VersionsNone, "Chưa có phiên bản nào.", "No versions yet.")                                                                                       \
    X(Restore, "Khôi phục", "Restore")                                                                                                                  \
    X(Close, "Đóng", "Close")                                                                                                                           \
    X(VersionUnreadable, "Không đọc được phiên bản này.", "This version cannot be read.")                                                               \
    X(VersionSummary, "nhiệm vụ, cập nhật tiến độ:", "tasks, progress records:")                                                                        \
    X(StorageUsage, "Đã dùng", "Used")                                                                                                                  \
    X(StoragePersisted, "Trình duyệt đã đồng ý giữ dữ liệu lâu dài.",                                                                                   \
      "The browser agreed to keep the data persistently.")                                                                                              \
    X(StorageNotPersisted,                                                                                                                              \
      "Trình duyệt có thể tự xóa dữ liệu khi thiếu chỗ: hãy xuất tệp JSON thường xuyên.",                                                               \
      "The browser may clear the data when space runs low: export JSON regularly.")                                                                     \
    X(BackupReminder, "Dữ liệu trong trình duyệt không phải bản sao lưu. Đã lâu chưa xuất tệp JSON.",                                                   \
      "Browser storage is not a backup. It has been a while since the last JSON export.")                                                               \
    X(UpdateReady, "Có phiên bản mới của ứng dụng.", "A new version of the app is ready.")                                                              \
    X(UpdateReload, "Tải lại", "Reload")                                                                                                                \
    X(ImportUnchanged, "Kế hoạch đang mở không thay đổi.", "The open plan is unchanged.")                                                               \
    X(LegacyPasteTcvn3, "Văn bản vừa dán có vẻ ở bảng mã TCVN3 (ABC) cũ.",                                                                              \
      "The pasted text looks like the old TCVN3 (ABC) encoding.")                                                                                       \
    X(LegacyPasteVni, "Văn bản vừa dán có vẻ ở bảng mã VNI cũ.",                                                                                        \
      "The pasted text looks like the old VNI encoding.")                                                                                               \
    X(LegacyConvert, "Chuyển sang Unicode", "Convert to Unicode")                                                                                       \
    X(LegacyKeep, "Giữ nguyên", "Keep as is")                                                                                                           \
    X(LegacyFileTcvn3, "Chữ trong tệp có vẻ ở bảng mã TCVN3 (ABC) cũ.",                                                                                 \
      "The text in this file looks like the old TCVN3 (ABC) encoding.")                                                                                 \
    X(LegacyFileVni, "Chữ trong tệp có vẻ ở bảng mã VNI cũ.",                                                                                           \
      "The text in this file looks like the old VNI encoding.")                                                                                         \
    X(LegacyConvertOnImport, "Chuyển sang Unicode khi nhập", "Convert to Unicode on import")                                                            \
    X(ImportTooBig, "tệp quá lớn (trên 50 MB)", "the file is larger than 50 MB")                                                                        \
    X(SaveSaved, "Đã lưu lúc", "Saved at")                                                                                                              \
    X(SaveSaving, "Đang lưu…", "Saving…")                                                                                                               \
    X(SavePending, "Có thay đổi chưa lưu", "Unsaved changes")                                                                                           \
    X(SaveFailed, "Chưa lưu được:", "Could not save:")                                                                                                  \
    X(SaveMemoryOnly, "Chỉ giữ trong bộ nhớ — hãy xuất tệp JSON để không mất dữ liệu",                                                                  \
      "Kept in memory only — export a JSON file to keep your data")                                                                                     \
    X(StorageUnavailable, "Trình duyệt không cho lưu dữ liệu (IndexedDB):",                                                                             \
      "The browser does not allow storing data (IndexedDB):")                                                                                           \
    X(StoredPlanDamaged, "Tệp kế hoạch đã lưu bị hỏng, đã được cất riêng:",                                                                             \
      "A stored plan file was damaged and was set aside:")                                                                                              \
    X(EditRefused, "Không thực hiện được thay đổi:", "The change was not made:")                                                                        \
    /* [SECTION] Domain messages (ui/messages.cpp): {0}, {1} are the message's arguments */                                                             \
    X(MsgFileTooLarge, "tệp quá lớn (trên 50 MB)", "file is larger than 50 MB")                                                                         \
    X(MsgNotUtf8, "tệp không phải văn bản UTF-8 hợp lệ", "file is not valid UTF-8 text")                                                                \
    X(MsgTooDeep, "cấu trúc lồng nhau quá sâu (trên 64 cấp)", "nesting is deeper than 64 levels")                                                       \
    X(MsgNotJson, "không phải JSON hợp lệ (lỗi ở ký tự thứ {0})", "not valid JSON (error at byte {0})")                                                 \
    X(MsgNumberTooLarge, "số quá lớn", "number is too large")                                                                                           \
    X(MsgNotAnObject, "tệp phải chứa một đối tượng JSON", "the file must hold a JSON object")                                                           \
    X(MsgNotPlanFile, "không phải tệp kế hoạch KSTTHC (schema \"{0}\")",                                                                                \
      "not a KSTTHC plan file (schema \"{0}\")")                                                                                                        \
    X(MsgNewerVersion, "tệp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản {0})",                                                               \
      "file was made by a newer version of the app (version {0})")                                                                                      \
    X(MsgUnexpectedError, "lỗi không mong đợi khi đọc tệp: {0}", "unexpected error while reading: {0}")                                                 \
    X(MsgMissingField, "thiếu trường bắt buộc", "required field is missing")                                                                            \
    X(MsgMustBeString, "phải là chuỗi văn bản", "must be a string")                                                                                     \
    X(MsgMustBeArray, "phải là danh sách (mảng JSON)", "must be an array")                                                                              \
    X(MsgMustBeObject, "phải là đối tượng JSON", "must be an object")                                                                                   \
    X(MsgMustBeInteger, "phải là số nguyên", "must be an integer")                                                                                      \
    X(MsgMustBeNumber, "phải là một số", "must be a number")                                                                                            \
    X(MsgYearOutOfRange, "phải là năm từ 1900 đến 2200", "must be a year from 1900 to 2200")                                                            \
    X(MsgEmptyId, "mã định danh không được để trống", "id must not be empty")                                                                           \
    X(MsgInvalidId, "mã định danh \"{0}\" có ký tự không hợp lệ",                                                                                       \
      "id \"{0}\" has characters that are not allowed")                                                                                                 \
    X(MsgDuplicateId, "mã định danh \"{0}\" bị trùng", "duplicate id \"{0}\"")                                                                          \
    X(MsgInvalidDate, "ngày \"{0}\" không hợp lệ (dạng năm-tháng-ngày)",                                                                                \
      "invalid date \"{0}\" (use yyyy-mm-dd)")                                                                                                          \
    X(MsgInvalidTimestamp, "thời điểm \"{0}\" không hợp lệ (dạng năm-tháng-ngàyTgiờ:phút:giâyZ)",                                                       \
      "invalid time \"{0}\" (use yyyy-mm-ddThh:mm:ssZ)")                                                                                                \
    X(MsgUnknownBlockKind, "loại đoạn \"{0}\" không hợp lệ", "unknown block kind \"{0}\"")                                                              \
    X(MsgUnknownComparison, "phép so sánh \"{0}\" không hợp lệ (dùng >=, >, =, <=, <)",                                                                 \
      "unknown comparison \"{0}\" (use >=, >, =, <=, <)")                                                                                               \
    X(MsgUnknownStatus, "trạng thái \"{0}\" không hợp lệ (todo, doing, done, na)",                                                                      \
      "unknown status \"{0}\" (todo, doing, done, na)")                                                                                                 \
    X(MsgInvalidPeriodMode, "cách tính kỳ báo cáo \"{0}\" không hợp lệ (calendar hoặc decree09)",                                                       \
      "unknown reporting period mode \"{0}\" (calendar or decree09)")                                                                                   \
    X(MsgUnknownUnit, "đơn vị \"{0}\" không có trong danh sách đơn vị",                                                                                 \
      "unit \"{0}\" is not in the units list")                                                                                                          \
    X(MsgUnknownTask, "nhiệm vụ \"{0}\" không có trong phụ lục", "task \"{0}\" is not in the appendix")                                                 \
    X(MsgProgressTwice, "tiến độ của kỳ \"{0}\" bị ghi hai lần", "progress for \"{0}\" is recorded twice")                                              \
    X(MsgProgressIdNotDerived, "mã tiến độ \"{0}\" phải là \"{1}\"", "progress id \"{0}\" must be \"{1}\"")                                             \
    X(MsgFieldNotFound, "không tìm thấy trường \"{0}\" của bản ghi \"{1}\"",                                                                            \
      "record \"{1}\" has no field \"{0}\"")                                                                                                            \
    X(MsgRecordNotFound, "không tìm thấy bản ghi \"{0}\"", "record \"{0}\" not found")                                                                  \
    X(MsgIdTaken, "mã định danh \"{0}\" đã có trong kế hoạch", "id \"{0}\" is already in the plan")                                                     \
    X(MsgParentNotFound, "không tìm thấy nơi chứa \"{0}\"", "there is no list under \"{0}\"")                                                           \
    X(MsgCannotMoveTo, "không chuyển được tới \"{0}\"", "cannot move to \"{0}\"")                                                                       \
    X(MsgUnitInUse, "đơn vị đang được dùng ở nhiệm vụ {0}.{1}", "the unit is used by task {0}.{1}")                                                     \
    X(MsgTaskInUse, "nhiệm vụ \"{0}\" còn chỉ tiêu, tiến độ, sự kiện hoặc lịch sử gắn với nó",                                                          \
      "task \"{0}\" still has targets, progress, events or history")                                                                                    \
    X(MsgNoPlanToReplace, "không có kế hoạch để thay", "there is no plan to replace with")                                                              \
    X(MsgCountNotWhole, "\"{0}\" không phải số nguyên không âm",                                                                                        \
      "\"{0}\" is not a whole number of zero or more")                                                                                                  \
    X(MsgCountOverWhole, "tử số {0} lớn hơn mẫu số {1}", "{0} counted is more than the {1} it is out of")                                               \
    X(MsgUnknownTarget, "không có chỉ tiêu \"{0}\"", "there is no target \"{0}\"")                                                                      \
    X(MsgInvalidMonth, "\"{0}\" không phải một tháng của năm kế hoạch (yyyy-mm)",                                                                       \
      "\"{0}\" is not a month of the plan year (yyyy-mm)")                                                                                              \
    X(MsgCountTwice, "tháng {0} được đếm hai lần cho một chỉ tiêu",                                                                                     \
      "month {0} is counted twice for one target")                                                                                                      \
    X(MsgCountIdNotDerived, "số liệu \"{0}\" phải có mã \"{1}\"", "count \"{0}\" must have the id \"{1}\"")                                             \
    X(MsgUnknownSource, "không có nguồn số liệu \"{0}\"", "there is no source of counts \"{0}\"")                                                       \
    X(MsgOneStopTwice, "tháng {0} có hai bản số liệu một cửa", "month {0} has one-stop figures twice")                                                  \
    X(MsgOneStopReceivedParts, "tổng nhận {0} khác trực tuyến + trực tiếp + kỳ trước chuyển qua = {1}",                                                 \
      "received {0} is not online + direct + carried over = {1}")                                                                                       \
    X(MsgOneStopReceivedSplit, "tổng nhận {0} khác đã giải quyết + đang giải quyết = {1}",                                                              \
      "received {0} is not resolved + in progress = {1}")                                                                                               \
    X(MsgOneStopResolvedParts, "đã giải quyết {0} khác trước hạn + đúng hạn + quá hạn = {1}",                                                           \
      "resolved {0} is not early + on time + late = {1}")                                                                                               \
    X(MsgOneStopPendingParts, "đang giải quyết {0} khác trong hạn + quá hạn = {1}",                                                                     \
      "in progress {0} is not within + past the deadline = {1}")                                                                                        \
    X(MsgOneStopCarried, "kỳ trước chuyển qua {0} khác số đang giải quyết tháng trước {1}",                                                             \
      "carried over {0} is not the month before's in progress {1}")                                                                                     \
    X(MsgTargetCounted, "chỉ tiêu \"{0}\" đã có số liệu theo tháng: hãy xóa số liệu trước",                                                             \
      "target \"{0}\" has monthly counts: remove them first")                                                                                           \
    X(TargetsHint,                                                                                                                                      \
      "Mỗi chỉ tiêu được đo bằng số liệu hằng tháng: tử số (số đạt) trên mẫu số (tổng số). Tỷ lệ của một " \
      "kỳ tính từ tổng số liệu các tháng trong kỳ, không lấy trung bình các tỷ lệ.",                                                                    \
      "Each target is measured from monthly counts: what was counted out of what. A period's rate comes "                                               \
      "from the summed counts of its months, never from averaging monthly rates.")                                                                      \
    X(TargetsPeriod, "Kỳ", "Period")                                                                                                                    \
    X(ColTarget, "Chỉ tiêu", "Target")                                                                                                                  \
    X(ColRequired, "Yêu cầu", "Required")                                                                                                               \
    X(ColResult, "Kết quả", "Result")                                                                                                                   \
    X(ColCounted, "Số liệu", "Counts")                                                                                                                  \
    X(ColVerdict, "Đánh giá", "Assessment")                                                                                                             \
    X(ColMonths, "12 tháng", "12 months")                                                                                                               \
    X(VerdictMet, "Đạt", "Met")                                                                                                                         \
    X(VerdictMissed, "Không đạt", "Missed")                                                                                                             \
    X(VerdictNoData, "Chưa có số liệu", "No data")                                                                                                      \
    X(CountsHeading,                                                                                                                                    \
      "Số liệu theo tháng: dòng trên là tử số, dòng dưới là mẫu số. Tab sang ô bên phải, Enter xuống ô "                    \
      "dưới; dán một dòng 12 số từ Excel vào ô tháng đầu.",                                                                                             \
      "Monthly counts: the upper line is what was counted, the lower what it is out of. Tab moves right, "                                              \
      "Enter down; paste a row of 12 numbers from Excel into the first month.")                                                                         \
    X(MonthPrefix, "T", "M")                                                                                                                            \
    X(PartNumerator, "Tử số", "Counted")                                                                                                                \
    X(PartDenominator, "Mẫu số", "Out of")                                                                                                              \
    X(PastedCellBad, "ô \"{0}\" không phải số: dòng dán không được lưu",                                                                                \
      "cell \"{0}\" is not a number: the pasted row was not stored")                                                                                    \
    X(ChartHeading,                                                                                                                                     \
      "Cột: tỷ lệ từng tháng (xanh là đạt, cam là không đạt). Vạch đỏ: chỉ tiêu. Đường xanh dương: tỷ lệ "          \
      "lũy kế từ đầu năm.",                                                                                                                             \
      "Bars: each month's rate (green met, orange missed). Red line: the target. Blue line: the rate so "                                               \
      "far this year.")                                                                                                                                 \
    X(ChartTip, "Tháng {0}: {1} / {2} = {3} · lũy kế từ đầu năm: {4}",                                                                                  \
      "Month {0}: {1} / {2} = {3} · so far this year: {4}")                                                                                             \
    X(TargetEditor, "Chỉ tiêu đang chọn", "Selected target")                                                                                            \
    X(FieldTargetName, "Tên chỉ tiêu", "Name")                                                                                                          \
    X(FieldTargetUnit, "Đơn vị đo", "Unit")                                                                                                             \
    X(FieldComparison, "So sánh", "Comparison")                                                                                                         \
    X(FieldTargetValue, "Giá trị chỉ tiêu", "Target value")                                                                                             \
    X(FieldNumerator, "Tử số (đếm gì)", "Counted (what)")                                                                                               \
    X(FieldDenominator, "Mẫu số (trên tổng số gì)", "Out of (what)")                                                                                    \
    X(FieldTargetTask, "Thuộc nhiệm vụ", "Belongs to task")                                                                                             \
    X(Field766, "Mã chỉ số Bộ chỉ số 766", "766 indicator code")                                                                                        \
    X(AddTarget, "Thêm chỉ tiêu", "Add target")                                                                                                         \
    X(NewTargetName, "Chỉ tiêu mới", "New target")                                                                                                      \
    X(ConfirmDeleteTarget, "Xóa chỉ tiêu \"{0}\" cùng số liệu của {1} tháng?",                                                                          \
      "Delete the target \"{0}\" with the counts of {1} months?")                                                                                       \
    X(TargetValueInvalid, "không phải số: nhập ví dụ 80 hoặc 80,5", "not a number: type e.g. 80 or 80,5")                                               \
    X(NoTargets, "Kế hoạch chưa có chỉ tiêu nào.", "The plan has no targets yet.")                                                                      \
    X(TargetsOverview, "Chỉ tiêu trong kỳ", "Targets in the period")                                                                                    \
    X(OneStopHeading, "Số liệu một cửa theo tháng (Biểu số 06/VPCP/KSTT, số hồ sơ TTHC)",                                                               \
      "One-stop figures by month (form 06/VPCP/KSTT, dossiers)")                                                                                        \
    X(OneStopHint,                                                                                                                                      \
      "Ô để trống là chưa nhập; tổng để trống được tính từ các phần. Dòng \"Cả kỳ\": số nhận và giải quyết "   \
      "cộng dồn, \"kỳ trước chuyển qua\" của tháng đầu, \"đang giải quyết\" của tháng cuối.",                                                           \
      "An empty cell is not entered yet; an empty total is the sum of its parts. The \"Whole period\" row "                                             \
      "sums what came in and was resolved, takes \"carried over\" from the first month and \"in progress\" "                                            \
      "from the last.")                                                                                                                                 \
    X(ColMonth, "Tháng", "Month")                                                                                                                       \
    X(OsReceived, "(3) Tổng nhận", "(3) Received")                                                                                                      \
    X(OsOnline, "(4) Trực tuyến", "(4) Online")                                                                                                         \
    X(OsDirect, "(5) Trực tiếp, BC", "(5) Desk, post")                                                                                                  \
    X(OsCarried, "(6) Kỳ trước", "(6) Carried")                                                                                                         \
    X(OsResolved, "(7) Đã giải quyết", "(7) Resolved")                                                                                                  \
    X(OsEarly, "(8) Trước hạn", "(8) Early")                                                                                                            \
    X(OsOnTime, "(9) Đúng hạn", "(9) On time")                                                                                                          \
    X(OsLate, "(10) Quá hạn", "(10) Late")                                                                                                              \
    X(OsPending, "(11) Đang giải quyết", "(11) In progress")                                                                                            \
    X(OsPendingOnTime, "(12) Trong hạn", "(12) Within")                                                                                                 \
    X(OsPendingLate, "(13) Quá hạn", "(13) Overdue")                                                                                                    \
    X(OneStopPeriodRow, "Cả kỳ", "Whole period")                                                                                                        \
    X(FieldSource, "Nguồn số liệu", "Counts from")                                                                                                      \
    X(SourceTyped, "Nhập tay hằng tháng", "Typed every month")                                                                                          \
    X(SourceOnline, "Biểu 06: hồ sơ trực tuyến / hồ sơ tiếp nhận", "Form 06: online / received")                                                        \
    X(SourceOnTime, "Biểu 06: giải quyết trước và đúng hạn / đã giải quyết",                                                                            \
      "Form 06: early and on time / resolved")                                                                                                          \
    X(Est766Heading, "Ước tính điểm Bộ chỉ số 766 (QĐ 766/QĐ-TTg)",                                                                                     \
      "766 index points, estimated (QĐ 766/QĐ-TTg)")                                                                                                    \
    X(Est766Hint,                                                                                                                                       \
      "Ước tính từ số liệu của chính xã cho các chỉ số mà chỉ tiêu gắn mã, theo công thức của Văn phòng "              \
      "Chính phủ; không phải điểm chính thức (Cổng Dịch vụ công quốc gia tính từ dữ liệu của hệ thống).",                                               \
      "Estimated from the commune's own counts for the indicators its targets are linked to, with the "                                                 \
      "Government Office's formulas; not the official score (the national portal computes that from its "                                               \
      "own data).")                                                                                                                                     \
    X(Est766None, "Chưa có chỉ tiêu nào gắn mã chỉ số 766: chọn mã ở phần chỉ tiêu đang chọn.",                                                         \
      "No target is linked to a 766 indicator yet: choose one for the selected target.")                                                                \
    X(ColCode, "Mã", "Code")                                                                                                                            \
    X(ColIndicator, "Chỉ số", "Indicator")                                                                                                              \
    X(ColFormula, "Cách tính", "Formula")                                                                                                               \
    X(ColPoints, "Điểm", "Points")                                                                                                                      \
    X(FormulaLinear, "{0} × tỷ lệ", "{0} × rate")                                                                                                       \
    X(FormulaThreshold, "đủ {0} điểm từ {1} %, dưới đó {0} × tỷ lệ / {1} %",                                                                            \
      "full {0} from {1} %, below that {0} × rate / {1} %")                                                                                             \
    X(Est766Total,                                                                                                                                      \
      "Tổng ước tính: {0} / {1} điểm của các chỉ số có số liệu (thang 100 điểm; ngưỡng {2}: từ {3} điểm)",                                              \
      "Estimated total: {0} of the {1} points of the indicators with data (out of 100; {2} from {3} "                                                   \
      "points)")                                                                                                                                        \
    X(NoIndicator, "— không gắn —", "— none —")                                                                                                         \
    X(MonthRange, "Khoảng tháng", "Range of months")                                                                                                    \
    X(RangeFrom, "từ", "from")                                                                                                                          \
    X(RangeTo, "đến", "to")                                                                                                                             \
    X(TabTargets, "Chỉ tiêu", "Targets")                                                                                                                \
    X(CmpAtLeast, "tối thiểu", "at least")                                                                                                              \
    X(CmpMore, "trên", "over")                                                                                                                          \
    X(CmpEqual, "đạt", "exactly")                                                                                                                       \
    X(CmpAtMost, "tối đa", "at most")                                                                                                                   \
    X(CmpLess, "dưới", "under")                                                                                                                         \
    X(MsgTargetOutOfRange, "giá trị chỉ tiêu {0} phải từ 0 trở lên (tỷ lệ % không quá 100)",                                                            \
      "the target value {0} must be 0 or more (a share in % at most 100)")
