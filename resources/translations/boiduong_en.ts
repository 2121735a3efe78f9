<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/accounts.py" line="+51"/>
        <source>Đăng nhập — Bồi dưỡng</source>
        <translation>Sign in — Bồi dưỡng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hãy đăng nhập để tiếp tục.</source>
        <translation>Please sign in to continue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/pages/settings/users.py" line="+46"/>
        <location line="+76"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/settings/users.py" line="+7"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+188"/>
        <location filename="../../ui/dialogs/damaged.py" line="+45"/>
        <location filename="../../ui/dialogs/first_start.py" line="+77"/>
        <location filename="../../ui/main_window.py" line="+123"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Quên mật khẩu quản trị…</source>
        <translation>Forgot the administrator password…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Đặt lại mật khẩu quản trị</source>
        <translation>Reset the administrator password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhập mã khôi phục được in ra khi bật đăng nhập (dạng XXXXX-XXXXX-XXXXX-XXXXX). Mã chỉ dùng được một lần; sau khi đặt lại, ứng dụng cấp mã mới. Không còn mã? Người giữ máy có thể chạy lệnh “boiduong users reset-password TÊN”.</source>
        <translation>Enter the recovery code printed when sign-in was turned on (XXXXX-XXXXX-XXXXX-XXXXX). It works once; after the reset the app gives a new one. No code left? Whoever looks after this PC can run “boiduong users reset-password NAME”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+71"/>
        <source>Mã khôi phục</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <location filename="../../ui/pages/settings/users.py" line="+0"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="-123"/>
        <location filename="../../ui/pages/settings/users.py" line="+1"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <location filename="../../ui/dialogs/messages.py" line="+47"/>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="+69"/>
        <location filename="../../ui/pages/results/results_tab.py" line="+312"/>
        <location filename="../../ui/pages/settings/users.py" line="+5"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="+99"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+102"/>
        <location filename="../../ui/pages/sync/import_dialog.py" line="+134"/>
        <location filename="../../ui/pages/sync/page.py" line="+127"/>
        <location filename="../../ui/tasks.py" line="+80"/>
        <location filename="../../ui/widgets/forms.py" line="+24"/>
        <source>Hủy</source>
        <extracomment>The work&apos;s progress callback: report(done, total, message) returns False once the user cancelled.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-113"/>
        <location filename="../../ui/pages/settings/users.py" line="+19"/>
        <source>Hai lần nhập mật khẩu không giống nhau.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/pages/settings/users.py" line="+142"/>
        <source>Mã khôi phục mới</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đây là mã khôi phục mật khẩu quản trị. Hãy in hoặc chép ra giấy và cất ở nơi an toàn (tủ hồ sơ của cơ quan). Mã chỉ hiện một lần này; ứng dụng chỉ giữ bản băm của mã.</source>
        <translation>This is the recovery code for the administrator password. Print it or write it down and keep it somewhere safe (the office filing cabinet). It is shown this once only; the app keeps only a hash of it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tôi đã cất mã</source>
        <translation>I have put the code away</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Mã khôi phục mật khẩu quản trị — Bồi dưỡng</source>
        <translation>Administrator password recovery code — Bồi dưỡng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo ngày {day}.</source>
        <translation>Made on {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dùng mã này ở màn hình đăng nhập (“Quên mật khẩu quản trị…”) khi không ai còn nhớ mật khẩu quản trị. Cất tờ này trong tủ hồ sơ của cơ quan; một mã mới làm mã này hết hiệu lực.</source>
        <translation>Use this code on the sign-in screen (“Forgot the administrator password…”) when nobody remembers the administrator password any more. Keep this sheet in the office&apos;s files; a new code makes this one invalid.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+17"/>
        <location filename="../../ui/main_window.py" line="+87"/>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Mật khẩu của bạn vừa được đặt lại. Hãy chọn mật khẩu mới của riêng bạn.</source>
        <translation>Your password has just been reset. Please choose a new password of your own.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged.py" line="-18"/>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp dữ liệu {path} không qua được bước kiểm tra khi khởi động (có thể do mất điện khi đang ghi).</source>
        <translation>The data file {path} failed the check made at start (perhaps the power went off while it was being written).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản sao lưu tốt gần nhất: {when} ({reason}). Khôi phục bản này? Tệp hỏng được giữ lại trong thư mục sao lưu; những gì nhập sau thời điểm đó cần nhập lại.</source>
        <translation>Newest good backup: {when} ({reason}). Restore it? The damaged file is kept in the backups folder; anything entered after that time must be entered again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục bản sao lưu</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không tìm thấy bản sao lưu tự động nào còn tốt. Đừng xóa tệp; hãy liên hệ bộ phận hỗ trợ, hoặc khôi phục từ bản sao lưu đã lưu ra ngoài bằng lệnh “boiduong restore TỆP”.</source>
        <translation>No sound automatic backup was found. Do not delete the file; contact support, or restore a backup you saved elsewhere with “boiduong restore FILE”.</translation>
    </message>
    <message>
        <location filename="../../ui/gui.py" line="+159"/>
        <source>Nhật ký: {path}</source>
        <extracomment>set to a number of milliseconds: quit that long after the main window is shown (installer check)</extracomment>
        <translation>Log: {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Thư mục chứa cơ sở dữ liệu không tồn tại: {path}</source>
        <translation>The database folder does not exist: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bồi dưỡng đang mở</source>
        <translation>Bồi dưỡng is already open</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/pages/settings/backups.py" line="+152"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit/model.py" line="+35"/>
        <location filename="../../ui/pages/settings/backups.py" line="-115"/>
        <location filename="../../ui/pages/sync/models.py" line="+274"/>
        <source>Thời điểm</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại dữ liệu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/sync/models.py" line="+45"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay đổi</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit/page.py" line="+34"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 ngày qua</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 tháng qua</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi thời điểm</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhật ký thay đổi</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tìm theo tên bản ghi, người thực hiện… (gõ không dấu cũng được)</source>
        <translation>Search by record name, user… (accents optional)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mọi thao tác</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hiện đầy đủ CCCD, ngày sinh, điện thoại</source>
        <translation>Show ID numbers, dates of birth and phones in full</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất ra tệp…</source>
        <translation>Export to file…</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../../ui/pages/classes/page.py" line="+179"/>
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi loại dữ liệu</source>
        <translation>All kinds of record</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Đang đọc nhật ký…</source>
        <translation>Reading the audit trail…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (mới nhất; hãy lọc hẹp hơn để xem các mục cũ)</source>
        <translation> (newest; narrow the filters to see older entries)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} mục{more}</source>
        <translation>{count} entries{more}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một dòng để xem chi tiết trước và sau khi sửa.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a line to see the values before and after the change.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Trước</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sau</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;i&gt;Không có giá trị nào thay đổi.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No value changed.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#777&apos;&gt;Mã định danh: {entity_uid}&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#777&apos;&gt;Identifier: {entity_uid}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;{action_label}&lt;/b&gt; — {entity_label}: &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{when}, {who}{uid}&lt;/p&gt;{table}</source>
        <translation>&lt;p&gt;&lt;b&gt;{action_label}&lt;/b&gt; — {entity_label}: &lt;b&gt;{label}&lt;/b&gt;&lt;br&gt;{when}, {who}{uid}&lt;/p&gt;{table}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Xuất nhật ký thay đổi</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xuất {count} mục ({lines} dòng) vào:
{path}</source>
        <translation>Exported {count} entries ({lines} lines) to:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang xuất nhật ký…</source>
        <translation>Exporting the audit trail…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+59"/>
        <location filename="../../ui/pages/courses/page.py" line="+35"/>
        <location filename="../../ui/pages/decisions/page.py" line="+407"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+314"/>
        <location filename="../../ui/pages/nominations/page.py" line="+49"/>
        <location line="+432"/>
        <location filename="../../ui/pages/results/results_tab.py" line="-265"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="+68"/>
        <location line="+15"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/classes/planner.py" line="+299"/>
        <source>Khu vực, đợt</source>
        <translation>Region, batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Thứ</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/classes/dialogs.py" line="+247"/>
        <source>Giảng viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm, phòng</source>
        <translation>Venue, room</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../ui/pages/courses/page.py" line="+1"/>
        <location line="+328"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+1"/>
        <location filename="../../ui/pages/settings/backups.py" line="+0"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+17"/>
        <location filename="../../ui/pages/sync/models.py" line="-1"/>
        <location filename="../../ui/pages/sync/page.py" line="-5"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trạng thái lớp</source>
        <translation>Class status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chia học viên vào lớp…</source>
        <translation>Split learners into classes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chia người được cử của khóa học (hoặc số lượng theo chức danh) thành các lớp, rồi tạo các lớp</source>
        <translation>Split the course&apos;s nominees (or counts by job title) into classes, then create the classes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In, xuất tệp</source>
        <translation>Print, export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp lịch cho điện thoại, Outlook (.ics)…</source>
        <translation>Calendar file for phones, Outlook (.ics)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Lập lịch học…</source>
        <translation>Make schedule…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm buổi…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa buổi…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa buổi</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chuyển sang lớp khác…</source>
        <translation>Move to another class…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi nhận hoàn thành</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các học viên đã chọn (đang học) hoàn thành khóa học</source>
        <translation>The selected learners (studying) have completed the course</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lưu điểm danh</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn tác thay đổi</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cả buổi có mặt</source>
        <translation>Whole session present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Những người chưa điểm danh ở buổi đang chọn được ghi có mặt</source>
        <translation>Everyone not yet marked at the selected session is marked present</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buổi học</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/results/results_tab.py" line="+2"/>
        <source>Học viên</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} lớp</source>
        <translation>{0} classes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Chọn một lớp.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Pick a class.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Xung đột ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} · {1} buổi · sĩ số &lt;span style=&apos;color:{2}&apos;&gt;{3}&lt;/span&gt; · {4}</source>
        <translation>{0} · {1} sessions · learners &lt;span style=&apos;color:{2}&apos;&gt;{3}&lt;/span&gt; · {4}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa có ngày</source>
        <translation>no dates yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lý do hủy: {0}</source>
        <translation>Cancelled because: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Điểm danh do đơn vị tổ chức lớp ({0}) thực hiện; ở đây chỉ xem.</source>
        <translation>Attendance is taken by the unit running the class ({0}); read only here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gõ x (có mặt), p (vắng có phép), k (vắng không phép); Phím cách đổi lần lượt; Delete xóa; Ctrl+S lưu. Tối thiểu {0} số buổi để được ghi nhận hoàn thành.</source>
        <translation>Type x (present), p (excused), k (absent); Space cycles; Delete clears; Ctrl+S saves. At least {0} of the sessions to be marked completed.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lớp do đơn vị {0} quản lý.</source>
        <translation>The class is managed by unit {0}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thêm lớp</source>
        <translation>Add class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hãy chọn khóa học ở ô “Khóa học” phía trên trước.</source>
        <translation>Choose the course in the “Course” box above first.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hủy lớp {0}</source>
        <translation>Cancel class {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do hủy lớp (ghi vào ghi chú của lớp; các lượt cử vẫn được giữ để xếp lớp khác):</source>
        <translation>Why is the class cancelled (kept in the class&apos;s note; the nominations stay, to be put in another class):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy lớp</source>
        <translation>Cancel class</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không đổi được trạng thái lớp</source>
        <translation>Could not change the class&apos;s status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lớp chuyển sang “{0}”.</source>
        <translation>The class is now “{0}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã tạo {0} lớp.</source>
        <translation>Created {0} classes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã thêm {0} buổi học.</source>
        <translation>Added {0} sessions.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã lưu buổi học.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Xóa {0} buổi học ({1})?</source>
        <translation>Delete {0} sessions ({1})?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã điểm danh {0} lượt ở các buổi này; phần điểm danh đó cũng bị xóa.</source>
        <translation>{0} attendance marks were taken at these sessions; they are deleted too.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xóa {0} buổi học.</source>
        <translation>Deleted {0} sessions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa buổi học</source>
        <translation>Delete sessions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không chuyển được</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã chuyển {0} học viên sang lớp khác.</source>
        <translation>Moved {0} learners to another class.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa ghi nhận hoàn thành</source>
        <translation>Not marked completed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã ghi nhận {0} học viên hoàn thành khóa học.</source>
        <translation>Marked {0} learners as having completed the course.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa lưu được điểm danh</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã lưu điểm danh ({0} ô).</source>
        <translation>Attendance saved ({0} cells).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tệp lịch (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/pages/classes/page.py" line="+127"/>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang xuất {0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/page.py" line="-326"/>
        <source>Cơ quan tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+327"/>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Cấp khi hoàn thành</source>
        <translation>Awarded on completion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-646"/>
        <location filename="../../ui/pages/classes/planner.py" line="-203"/>
        <location filename="../../ui/pages/courses/page.py" line="+1"/>
        <location line="+5"/>
        <location filename="../../ui/pages/nominations/page.py" line="-430"/>
        <location line="+431"/>
        <location filename="../../ui/pages/results/results_tab.py" line="-3"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-14"/>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/page.py" line="-4"/>
        <source>Đã cử</source>
        <translation>Nominated</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+330"/>
        <source>Quản lý</source>
        <translation>Managed by</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khu vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+3"/>
        <location filename="../../ui/pages/classes/dialogs.py" line="-5"/>
        <location filename="../../ui/pages/courses/page.py" line="+1"/>
        <location filename="../../ui/pages/nominations/page.py" line="-426"/>
        <location line="+427"/>
        <location filename="../../ui/pages/results/results_tab.py" line="+2"/>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/pages/classes/planner.py" line="+204"/>
        <location filename="../../ui/pages/courses/page.py" line="+1"/>
        <location filename="../../ui/pages/nominations/page.py" line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="-12"/>
        <location filename="../../ui/pages/classes/planner.py" line="-203"/>
        <location filename="../../ui/pages/courses/page.py" line="+2"/>
        <source>Sĩ số</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/page.py" line="+9"/>
        <source>Số xã đã cử</source>
        <translation>Communes nominating</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khóa học, lớp học</source>
        <translation>Courses and classes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tìm khóa học theo tên, loại, cơ quan tổ chức…</source>
        <translation>Search courses by name, kind, organiser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hiện cả khóa đã lưu trữ</source>
        <translation>Show archived courses too</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hiện cả khóa học riêng của các xã</source>
        <translation>Show the communes&apos; own courses too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa học do xã tự mở (gửi lên cùng danh sách cử đi học); chỉ xã đó được sửa</source>
        <translation>Courses a commune runs itself (sent up with its nominations); only that commune may edit them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm khóa học…</source>
        <translation>Add a course…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem, sửa khóa học…</source>
        <translation>View, edit course…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+173"/>
        <source>Lưu trữ</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Ai nên đi học?…</source>
        <translation>Who should attend?…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách người cần học khóa này, xếp theo nhu cầu, kèm lý do</source>
        <translation>The people who need this course, most in need first, with the reasons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+73"/>
        <location filename="../../ui/pages/courses/page.py" line="+29"/>
        <source>Thêm lớp…</source>
        <translation>Add a class…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/courses/page.py" line="+2"/>
        <source>Xem, sửa lớp…</source>
        <translation>View, edit class…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/page.py" line="+2"/>
        <source>Cử người vào lớp này…</source>
        <translation>Nominate people for this class…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách được cử…</source>
        <translation>Nominated people…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Những người được cử vào lớp này, ở trang “Cử đi học” (cấp tỉnh: của mọi xã)</source>
        <translation>The people nominated for this class, on the Nominations page (at the province: from every commune)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Những người được cử vào lớp này, ở trang “Cử đi học”</source>
        <translation>The people nominated for this class, on the Nominations page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kết quả học tập…</source>
        <translation>Results…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập, xem kết quả của các học viên lớp này</source>
        <translation>Enter or view the results of this class&apos;s learners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Các lớp của khóa học&lt;/b&gt;</source>
        <translation>&lt;b&gt;Classes of the course&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>&lt;p&gt;&lt;b&gt;Chưa có khóa học nào.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bấm &lt;b&gt;Thêm khóa học…&lt;/b&gt; để lập danh mục khóa học của tỉnh; các xã nhận danh mục này trong tệp thiết lập và tệp đồng bộ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No courses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add a course…&lt;/b&gt; to build the province&apos;s course catalogue; the communes receive it in the set-up file and the sync files.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Chưa có khóa học nào.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Danh mục khóa học của tỉnh đến cùng tệp thiết lập hoặc tệp đồng bộ của tỉnh (trang &lt;b&gt;Đồng bộ&lt;/b&gt;). Xã cũng có thể tự thêm khóa học riêng bằng &lt;b&gt;Thêm khóa học…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No courses yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The province&apos;s course catalogue comes with the province&apos;s set-up file or sync file (page &lt;b&gt;Sync&lt;/b&gt;). The commune can also add courses of its own with &lt;b&gt;Add a course…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Không có khóa học nào khớp ô tìm kiếm.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;No course matches the search.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một khóa học.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a course.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đưa trở lại danh mục</source>
        <translation>Bring back into the catalogue</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đã lưu trữ “{0}”. Các đề xuất, quyết định về khóa này vẫn được giữ.</source>
        <translation>“{0}” archived. Nominations and decisions for this course are kept.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Khóa học đã lưu trữ</source>
        <translation>Archived course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hãy đưa khóa học trở lại danh mục trước khi cử người.</source>
        <translation>Bring the course back into the catalogue before nominating anyone.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã đề xuất cử {0} người. Xem ở trang “Cử đi học”.</source>
        <translation>People proposed: {0}. See the “Nominations” page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} ngày</source>
        <translation>{0} day(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>khoảng {0} ngày</source>
        <translation>about {0} day(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Đã lưu trữ&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Archived&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/sync/models.py" line="-177"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {hours} tiết</source>
        <translation>, {hours} periods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thời gian</source>
        <comment>duration</comment>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hoàn thành được</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="-225"/>
        <source>giấy chứng nhận tham gia</source>
        <translation>certificate of attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/nominations/page.py" line="+4"/>
        <source>Cam kết</source>
        <translation>Service commitment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có (phục vụ, bồi hoàn chi phí)</source>
        <translation>Yes (stay in service or repay the cost)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/nominations/page.py" line="-31"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="+21"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+162"/>
        <location filename="../../ui/pages/nominations/page.py" line="-393"/>
        <location line="+422"/>
        <source>Kinh phí</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/backups.py" line="+0"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Tự động sao lưu mỗi ngày khi mở ứng dụng và trước khi nâng cấp, nhập dữ liệu, nhận gói đồng bộ hay khôi phục. Giữ {KEEP_DAILY} bản hằng ngày gần nhất, một bản mỗi tháng trong {KEEP_MONTHLY} tháng, và {KEEP_EVENTS} bản gần nhất của các lần khác.</source>
        <translation>Backed up automatically every day when the app opens, and before an upgrade, an import, a sync bundle or a restore. Kept: the last {KEEP_DAILY} daily backups, one a month for {KEEP_MONTHLY} months, and the last {KEEP_EVENTS} of the others.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chỉ tài khoản quản trị được khôi phục dữ liệu.</source>
        <translation>Only an administrator may restore data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {taken_at:%H:%M %d/%m/%Y} ({reason_label})?

Dữ liệu hiện tại được sao lưu trước khi thay, nên vẫn lấy lại được.</source>
        <translation>Replace all current data with the backup of {taken_at:%H:%M %d/%m/%Y} ({reason_label})?

The current data is backed up first, so it can still be brought back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>

Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {name}.</source>
        <translation>

The data as it was before the restore is kept in the backup {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu lúc {taken_at:%H:%M %d/%m/%Y}.{kept}</source>
        <translation>Data restored from the backup of {taken_at:%H:%M %d/%m/%Y}.{kept}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/users.py" line="-258"/>
        <source>mọi việc, kể cả tài khoản, cài đặt và khôi phục dữ liệu</source>
        <translation>everything, including accounts, settings and restoring data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thêm, sửa dữ liệu, nhập/xuất, gửi nhận gói, xem nhật ký</source>
        <translation>add and edit records, import/export, sync bundles, the audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ xem; CCCD, ngày sinh, điện thoại được che</source>
        <translation>read only; ID numbers, dates of birth and phones masked</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+76"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/page.py" line="+33"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-4"/>
        <location filename="../../ui/pages/settings/users.py" line="-76"/>
        <location filename="../../ui/pages/sync/models.py" line="+6"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/users.py" line="+1"/>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ngừng hoạt động</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tạm khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Đang hoạt động (bỏ chọn để ngừng cho đăng nhập)</source>
        <translation>Active (untick to stop this account signing in)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ít nhất {MIN_PASSWORD} ký tự</source>
        <translation>at least {MIN_PASSWORD} characters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/dialogs.py" line="-169"/>
        <source>Thêm buổi học</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buổi học {0}</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Giờ khác</source>
        <translation>Other hours</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Giờ học</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+62"/>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="-22"/>
        <location filename="../../ui/pages/settings/users.py" line="+17"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="-1"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="-1"/>
        <location filename="../../ui/pages/targets/dialogs.py" line="+143"/>
        <location line="+148"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Lập lịch học — lớp {0}</source>
        <translation>Make schedule — class {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>đến ngày</source>
        <translation>until</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>số ngày học</source>
        <translation>study days</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bỏ qua ngày nghỉ lễ, Tết, nghỉ bù</source>
        <translation>Skip public holidays, Tết and days in lieu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thay toàn bộ lịch hiện có của lớp</source>
        <translation>Replace the class&apos;s whole current schedule</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Các buổi trong ngày</source>
        <translation>Sessions of the day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học vào các thứ</source>
        <translation>Study on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng học</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thêm vào lịch</source>
        <translation>Add to schedule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Xem trước&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;p&gt;&lt;b&gt;{0} buổi học trong {1} ngày&lt;/b&gt;{2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} sessions on {1} days&lt;/b&gt;{2}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: từ {0} đến {1}</source>
        <translation>: from {0} to {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bỏ qua ngày nghỉ:</source>
        <translation>Days off skipped:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Có buổi học vào cuối tuần: {0}</source>
        <translation>Sessions at the weekend: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;… và {0} ngày nữa&lt;/p&gt;</source>
        <translation>&lt;p&gt;… and {0} more days&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Chưa dự đủ số buổi học</source>
        <translation>Not enough sessions attended</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quy định của đơn vị: phải dự ít nhất {0} số buổi học để được ghi nhận hoàn thành. Những người dưới đây chưa đủ:</source>
        <translation>The unit&apos;s rule: at least {0} of the sessions must be attended to be marked completed. These people have not:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: dự {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: attended {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Đã học bù các buổi vắng theo xác nhận của cơ sở đào tạo</source>
        <translation>For example: made up the missed sessions, as the school confirms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vẫn ghi nhận hoàn thành</source>
        <translation>Mark completed anyway</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lý do vẫn ghi nhận hoàn thành (lưu vào lịch sử):</source>
        <translation>Why mark completed anyway (kept in the history):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chuyển sang lớp khác</source>
        <translation>Move to another class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> và {0} người khác</source>
        <translation> and {0} others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển {0} sang lớp:</source>
        <translation>Move {0} to class:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/pages/classes/planner.py" line="+122"/>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Khóa học chưa có lớp nào khác đang nhận học viên.</source>
        <translation>The course has no other class taking learners.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+73"/>
        <source>Thêm khóa học</source>
        <translation>Add a course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khóa học: {0}</source>
        <translation>Course: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Bồi dưỡng kiến thức quản lý nhà nước</source>
        <translation>For example: Bồi dưỡng kiến thức quản lý nhà nước</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sở Nội vụ, Trường Chính trị, Bộ…</source>
        <translation>Department of Home Affairs, Political School, a ministry…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>số ngày của một lớp</source>
        <translation>days of one class</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Không cấp trình độ</source>
        <translation>No qualification awarded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tên chứng chỉ, giấy chứng nhận</source>
        <translation>Name of the certificate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>để trống nếu chứng chỉ không có thời hạn</source>
        <translation>empty when the certificate does not expire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngân sách xã, ngân sách tỉnh…</source>
        <translation>Commune budget, provincial budget…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vị trí việc làm: mỗi dòng một từ khóa (ví dụ “tư pháp”); để trống là mọi vị trí.</source>
        <translation>Job positions: one keyword per line (for example “tư pháp”); leave empty for every position.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tài khoản của bạn chỉ được xem, không sửa được khóa học.</source>
        <translation>Your account may only view; it cannot edit courses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Khóa học do {0} quản lý; chỉ đơn vị đó được sửa. Bạn vẫn có thể cử người đi học.</source>
        <translation>This course is managed by {0}; only that unit may edit it. You can still nominate people for it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa học do {0} quản lý; chỉ đơn vị đó được sửa.</source>
        <translation>This course is managed by {0}; only that unit may edit it.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Thêm lớp — {0}</source>
        <translation>Add a class — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/planner.py" line="-123"/>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+2"/>
        <source>Lớp {0}</source>
        <translation>Class {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+8"/>
        <source>Ví dụ: QLNN-L01</source>
        <translation>For example: QLNN-L01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ: Lớp 01</source>
        <translation>For example: Lớp 01</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/planner.py" line="-21"/>
        <source>Dòng {0}: “{1}” không đúng dạng “Chức danh = số học viên”.</source>
        <translation>Line {0}: “{1}” is not “Job title = number of learners”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dòng {0}</source>
        <translation>Line {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy nhập ít nhất một nhóm học viên (ví dụ “Tư pháp - Hộ tịch = 97”).</source>
        <translation>Enter at least one group of learners (for example “Tư pháp - Hộ tịch = 97”).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Nhóm học viên</source>
        <translation>Group of learners</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số học viên</source>
        <translation>Learners</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chia học viên vào lớp — {0}</source>
        <translation>Split learners into classes — {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Các lượt cử chưa xếp lớp của khóa học ({0} người), nhóm theo chức danh</source>
        <translation>The course&apos;s nominations without a class ({0} people), grouped by job title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập số học viên theo chức danh</source>
        <translation>Type the number of learners by job title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tư pháp - Hộ tịch = 97
Tài chính - Kế toán = 95
…</source>
        <translation>Tư pháp - Hộ tịch = 97
Tài chính - Kế toán = 95
…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1. Học viên</source>
        <translation>1. Learners</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sĩ số tối đa mỗi lớp</source>
        <translation>At most per class</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số lớp</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chia đều sĩ số (kể cả khi phải tách một nhóm vừa một lớp)</source>
        <translation>Even sizes (even if a group that fits one class is split)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đề xuất chia lớp</source>
        <translation>Propose classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. Cách chia</source>
        <translation>2. How to split</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Thêm lớp trống</source>
        <translation>Add an empty class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ lớp trống</source>
        <translation>Remove an empty class</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chuyển người đã chọn sang</source>
        <translation>Move the selected people to</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>3. Đề xuất — chọn một lớp để xem, chuyển học viên giữa các lớp</source>
        <translation>3. Proposal — pick a class to see it, move learners between classes</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+1"/>
        <source>Khu vực 1</source>
        <translation>For example: Khu vực 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+1"/>
        <source>Đợt 1</source>
        <translation>For example: Đợt 1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Các lớp học nối tiếp nhau (cùng một hội trường)</source>
        <translation>Classes one after another (the same hall)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lập luôn các buổi học (sáng, chiều; bỏ qua ngày nghỉ)</source>
        <translation>Make their sessions too (morning, afternoon; days off skipped)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang nhận cử học viên</source>
        <translation>Open for nominations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>số đầu tiên</source>
        <translation>first number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mỗi lớp</source>
        <translation>each class</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ngày học</source>
        <translation>study days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>4. Tạo các lớp</source>
        <translation>4. Create the classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã lớp (tiền tố)</source>
        <translation>Class code (prefix)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bắt đầu từ</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tạo các lớp</source>
        <translation>Create the classes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Khóa học do {0} quản lý: chỉ đơn vị đó mở lớp. Đề xuất chia lớp vẫn dùng được để báo cáo.</source>
        <translation>The course is managed by {0}: only that unit opens its classes. The proposal can still be used for reporting.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Lớp {0} ({1} học viên)</source>
        <translation>Class {0} ({1} learners)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chọn cách chia rồi bấm “Đề xuất chia lớp”.</source>
        <translation>Choose how to split, then press “Propose classes”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} lớp, {1} học viên</source>
        <translation>{0} classes, {1} learners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cần ít nhất {0} lớp với sĩ số tối đa {1}</source>
        <translation>; at least {0} classes are needed with at most {1} per class</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vượt sĩ số: {0}</source>
        <translation>Over capacity: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lớp {0}</source>
        <translation>class {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Lớp {0}&lt;/b&gt;: {1} học viên</source>
        <translation>&lt;b&gt;Class {0}&lt;/b&gt;: {1} learners</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tạo {0} lớp</source>
        <translation>Create {0} classes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>• Hãy chọn người cần chuyển trong danh sách lớp.</source>
        <translation>• Pick the people to move in the class&apos;s list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>• Hãy chọn nhóm học viên cần chuyển.</source>
        <translation>• Pick the group of learners to move.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Chưa tạo được các lớp</source>
        <translation>The classes were not created</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã tạo các lớp</source>
        <translation>Classes created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/course_dialog.py" line="+5"/>
        <source>Theo khóa học</source>
        <translation>Same as the course</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tài khoản của bạn chỉ được xem, không sửa được lớp học.</source>
        <translation>Your account may only view; it cannot edit classes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lớp thuộc khóa học của {0}; chỉ đơn vị đó được sửa.</source>
        <translation>The class belongs to a course of {0}; only that unit may edit it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khóa học do {0} quản lý; chỉ đơn vị đó mở lớp.</source>
        <translation>This course is managed by {0}; only that unit opens classes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/users.py" line="+44"/>
        <source>Tạo mã khôi phục mới…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Thêm tài khoản…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa vai trò, tình trạng…</source>
        <translation>Change role, state…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Đăng nhập đang &lt;b&gt;bật&lt;/b&gt;: mỗi người dùng tài khoản riêng; nhật ký thay đổi ghi tên người sửa. Áp dụng từ lần mở ứng dụng tiếp theo.</source>
        <translation>Sign-in is &lt;b&gt;on&lt;/b&gt;: everyone uses their own account; the audit trail records who changed what. Takes effect the next time the app opens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <location line="+3"/>
        <source>Tắt đăng nhập</source>
        <translation>Turn sign-in off</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Đăng nhập đang &lt;b&gt;tắt&lt;/b&gt; (phù hợp máy một người dùng). Bật khi nhiều người dùng chung máy: mỗi người có tài khoản và vai trò riêng.</source>
        <translation>Sign-in is &lt;b&gt;off&lt;/b&gt; (right for a PC one person uses). Turn it on when several people share the PC: each gets an account and a role.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bật đăng nhập…</source>
        <translation>Turn sign-in on…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tắt đăng nhập? Ai mở máy cũng dùng được ứng dụng với mọi quyền. Các tài khoản vẫn được giữ.</source>
        <translation>Turn sign-in off? Whoever uses this PC will have every right in the app. The accounts are kept.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tạo tài khoản quản trị đầu tiên (người phụ trách máy). Sau khi lưu, ứng dụng cấp một mã khôi phục để đặt lại mật khẩu quản trị khi quên: hãy in hoặc chép ra giấy và cất kỹ. Từ lần mở tiếp theo, ai dùng máy cũng phải đăng nhập; người quản trị thêm tài khoản cho từng người.</source>
        <translation>Create the first administrator account (the person who looks after this PC). After saving, the app gives a recovery code for resetting a forgotten administrator password: print it or write it down and keep it safe. From the next start everyone signs in; the administrator adds an account for each person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bật đăng nhập</source>
        <translation>Turn sign-in on</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tạo mã khôi phục mới? Mã cũ sẽ không dùng được nữa.</source>
        <translation>Make a new recovery code? The old one will stop working.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo mã mới</source>
        <translation>Make a new code</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thêm tài khoản</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tài khoản {username}</source>
        <translation>Account {username}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đặt lại mật khẩu của {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không mở khóa được</source>
        <translation>Could not unlock</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="+29"/>
        <location filename="../../ui/tasks.py" line="+56"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lỗi không mong muốn</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng gặp một lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng; thao tác vừa rồi có thể chưa được thực hiện.

Chi tiết đã được ghi vào nhật ký:
{log}

Hãy gửi báo cáo lỗi cho bộ phận hỗ trợ.</source>
        <translation>The application ran into an unexpected error. Saved data is not affected; the last action may not have been carried out.

The details were written to the log:
{log}

Please send the error report to support.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sao chép báo cáo</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/dialogs/messages.py" line="-23"/>
        <location filename="../../ui/pages/classes/dialogs.py" line="-342"/>
        <location line="+130"/>
        <location line="+112"/>
        <location line="+53"/>
        <location line="+40"/>
        <location filename="../../ui/pages/classes/planner.py" line="-241"/>
        <location filename="../../ui/pages/courses/course_dialog.py" line="-232"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="-82"/>
        <location line="+190"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="+136"/>
        <location filename="../../ui/pages/staff/import_dialog.py" line="+246"/>
        <location line="+143"/>
        <location filename="../../ui/pages/sync/import_dialog.py" line="+78"/>
        <location filename="../../ui/widgets/notice_bar.py" line="+27"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="-37"/>
        <source>Khai báo đơn vị sử dụng</source>
        <translation>Declare the unit using this install</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Chào mừng đến với Bồi dưỡng.&lt;/b&gt;&lt;br&gt;Trước khi bắt đầu, hãy cho biết máy này dùng cho đơn vị nào. Mã đơn vị là mã đơn vị hành chính theo Quyết định 19/2025/QĐ-TTg (xã: 5 chữ số, tỉnh: 2 chữ số).</source>
        <translation>&lt;b&gt;Welcome to Bồi dưỡng.&lt;/b&gt;&lt;br&gt;Before you start, say which unit this PC works for. The unit code is the administrative unit code of Decision 19/2025/QĐ-TTg (commune: 5 digits, province: 2 digits).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ví dụ: 11311</source>
        <translation>For example: 11311</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/sync/page.py" line="-8"/>
        <source>Ví dụ: Xã Vĩnh Lộc</source>
        <translation>For example: Xã Vĩnh Lộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 chữ số, ví dụ: 31</source>
        <translation>2 digits, for example: 31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Thành phố Hải Phòng</source>
        <translation>For example: Thành phố Hải Phòng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại đơn vị</source>
        <translation>Kind of unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/sync/page.py" line="+9"/>
        <source>Mã đơn vị *</source>
        <translation>Unit code *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã tỉnh, thành phố *</source>
        <translation>Province code *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên tỉnh, thành phố</source>
        <translation>Province name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thiết lập từ tệp của tỉnh…</source>
        <translation>Set up from the province&apos;s file…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chọn tệp thiết lập do tỉnh gửi</source>
        <translation>Choose the setup file sent by the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/sync/page.py" line="-63"/>
        <source>Tệp đồng bộ Bồi dưỡng (*.bdsync);;Mọi tệp (*)</source>
        <translation>Bồi dưỡng sync files (*.bdsync);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/pages/sync/page.py" line="+462"/>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tệp của {province} ({pcode}) thiết lập máy này cho {unit} ({ucode}).

Mã khóa của tỉnh:
{fp}

Hãy gọi điện cho Sở Nội vụ và so từng nhóm số. Chỉ bấm “Mã khớp — thiết lập” khi cả 8 nhóm đều giống.</source>
        <translation>The file from {province} ({pcode}) sets this PC up for {unit} ({ucode}).

Province key fingerprint:
{fp}

Phone the Department of Home Affairs and compare each group of digits. Only click “Fingerprint matches — set up” when all 8 groups are the same.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xác nhận khóa của tỉnh</source>
        <translation>Confirm the province&apos;s key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã khớp — thiết lập</source>
        <translation>Fingerprint matches — set up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="+22"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-92"/>
        <source>&amp;Tệp</source>
        <extracomment>rebuild the window (language changed; True: data restored, sign in again)</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu cơ sở dữ liệu…</source>
        <translation>Back up the database…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đăng xuất</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Bồi dưỡng{name}</source>
        <translation>Bồi dưỡng{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Bồi dưỡng {__version__}
Quản lý đào tạo, bồi dưỡng cán bộ, công chức cấp xã.
Dữ liệu: {path}</source>
        <translation>Bồi dưỡng {__version__}
Training and capacity-building of commune officials.
Data: {path}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không mở được tệp</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiên bản này chưa mở được loại tệp “{suffix}”:
{path}</source>
        <translation>This version cannot open “{suffix}” files yet:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings/page.py" line="+43"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đơn vị của bản cài đặt</source>
        <extracomment>rebuild the main window (True: on restored data, so sign in again)</extracomment>
        <translation>Unit of this install</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giao diện</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhật ký:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu ngay ra tệp…</source>
        <translation>Back up to a file now…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở thư mục dữ liệu</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bản sao lưu tự động</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đăng nhập và tài khoản</source>
        <translation>Sign-in and accounts</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Chưa khai báo.</source>
        <translation>Not declared yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên đơn vị:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo lên:</source>
        <translation>Reports to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh trên văn bản:</source>
        <translation>Place name on documents:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sao lưu cơ sở dữ liệu</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cơ sở dữ liệu (*.sqlite)</source>
        <translation>Database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã sao lưu cơ sở dữ liệu vào:
{path}</source>
        <translation>The database was backed up to:
{path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/detail.py" line="+45"/>
        <source> (còn {months_left})</source>
        <translation> ({months_left} left)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="-317"/>
        <location filename="../../ui/pages/staff/detail.py" line="+10"/>
        <location filename="../../ui/pages/staff/import_dialog.py" line="-237"/>
        <location filename="../../ui/pages/staff/model.py" line="+49"/>
        <location filename="../../ui/pages/targets/models.py" line="+142"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/detail.py" line="+1"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+1"/>
        <location filename="../../ui/pages/results/page.py" line="+2"/>
        <location filename="../../ui/pages/staff/detail.py" line="+2"/>
        <location filename="../../ui/pages/targets/models.py" line="+2"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/nominations/page.py" line="-442"/>
        <location filename="../../ui/pages/results/page.py" line="+1"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-134"/>
        <location line="+18"/>
        <location filename="../../ui/pages/staff/detail.py" line="+1"/>
        <location filename="../../ui/pages/targets/dialogs.py" line="-64"/>
        <location filename="../../ui/pages/targets/models.py" line="+1"/>
        <location filename="../../ui/pages/targets/rating_model.py" line="+51"/>
        <source>Phòng, ban</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <source>Ưu tiên</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Vì sao được đề xuất</source>
        <translation>Why proposed</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cử đi học — {0}</source>
        <translation>Nominate — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Đối tượng: {1}. Hoàn thành được: {2}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;For: {1}. Awards: {2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa xếp lớp (cử theo khóa học)</source>
        <translation>No class yet (nominate for the course)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — còn {0} chỗ</source>
        <translation> — places left: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lọc theo tên, chức vụ, phòng ban…</source>
        <translation>Filter by name, position, department…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hiện cả người ngoài danh sách gợi ý</source>
        <translation>Also show people outside the suggested list</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Kinh phí và cam kết</source>
        <translation>Cost and service commitment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>đồng/người</source>
        <translation>VND per person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phải cam kết phục vụ sau khi học (bồi hoàn chi phí nếu nghỉ trước hạn)</source>
        <translation>Must stay in service after the course (repay the cost if leaving early)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>số tháng, ví dụ 24</source>
        <translation>months, for example 24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kinh phí (đồng/người):</source>
        <translation>Cost (VND per person):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiểm tra trước khi cử</source>
        <translation>Checks before nominating</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tôi đã xem các cảnh báo trên và vẫn cử những người đã chọn</source>
        <translation>I have read the warnings above and still nominate the people selected</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cử đi học</source>
        <comment>button</comment>
        <translation>Nominate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="+43"/>
        <source>Cử đi học</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+51"/>
        <source>{0} người</source>
        <translation>People: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Đánh dấu những người cần cử để kiểm tra.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Tick the people to nominate to check them.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>• Chưa chọn người nào.</source>
        <translation>• Nobody selected yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• Hãy xem các cảnh báo và đánh dấu xác nhận trước khi cử.</source>
        <translation>• Read the warnings and tick the confirmation before nominating.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;p style=&apos;color:#1e7b34&apos;&gt;✓ Không có vấn đề gì với {0} người đã chọn.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#1e7b34&apos;&gt;✓ No problem with the people selected ({0}).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Không thể cử&lt;/b&gt; khi còn lỗi màu đỏ; bỏ đánh dấu người đó hoặc chọn lớp khác.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cannot nominate&lt;/b&gt; while red errors remain; untick that person or choose another class.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Cảnh báo (vẫn có thể cử nếu đã cân nhắc):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Warnings (you may still nominate after considering them):&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vì sao</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cử một người đi học</source>
        <translation>Nominate one person</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tiếp tục…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Người được cử:</source>
        <translation>Person nominated:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các khóa học xếp theo nhu cầu của người này (khóa đáp ứng nhu cầu lên trước).</source>
        <translation>Courses ranked by this person&apos;s needs (courses that meet a need first).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/detail.py" line="-33"/>
        <source>hết hạn từ {d}</source>
        <translation>expired on {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sắp hết hạn: {d}</source>
        <translation>expires soon: {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hiệu lực đến {d}</source>
        <translation>valid until {d}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>CCCD</source>
        <translation>ID (CCCD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/staff/model.py" line="+38"/>
        <location filename="../../ui/pages/targets/dialogs.py" line="+1"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phù hợp VTVL</source>
        <translation>Fits the job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/staff/model.py" line="-12"/>
        <location filename="../../ui/pages/staff/page.py" line="+45"/>
        <source>Nghỉ hưu</source>
        <translation>Retirement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Trình độ, văn bằng&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{quals}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qualifications&lt;/b&gt;&lt;/p&gt;&lt;ul style=&apos;margin-left:-20px&apos;&gt;{quals}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;Chưa có văn bằng, chứng chỉ nào.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;No degree or certificate yet.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Xếp loại chất lượng&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quality rating&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-44"/>
        <location filename="../../ui/pages/classes/planner.py" line="-206"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="-325"/>
        <location filename="../../ui/pages/nominations/page.py" line="-45"/>
        <location filename="../../ui/pages/results/page.py" line="-2"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-19"/>
        <location filename="../../ui/pages/staff/import_dialog.py" line="-1"/>
        <location filename="../../ui/pages/staff/model.py" line="-27"/>
        <location filename="../../ui/pages/targets/models.py" line="-5"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/model.py" line="+2"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+1"/>
        <location filename="../../ui/pages/staff/model.py" line="+2"/>
        <source>Chức vụ, chức danh</source>
        <translation>Position, title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/coverage_editor.py" line="+20"/>
        <location filename="../../ui/pages/staff/model.py" line="+3"/>
        <source>Phòng, ban, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tối thiểu ở lại (%)</source>
        <translation>Minimum staying (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Tối thiểu mỗi vị trí</source>
        <translation>Minimum per position</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Tiếp công dân</source>
        <translation>Citizen reception</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Tối thiểu ở lại</source>
        <translation>Minimum staying</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}: nhập số nguyên (nhận được “{1}”).</source>
        <translation>{0}: enter a whole number (got “{1}”).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bảo đảm người làm việc khi cử đi học</source>
        <translation>Keeping enough people at work during training</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Khi cử người đi học, ứng dụng cảnh báo nếu một phòng, ban còn ít người làm việc hơn quy định (mặc định: ít nhất một nửa ở lại và mỗi vị trí việc làm còn ít nhất một người).</source>
        <translation>When people are nominated, the app warns if a department would have fewer people at work than set here (default: at least half stay, and each job position keeps at least one person).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/courses/page.py" line="-4"/>
        <location filename="../../ui/pages/staff/model.py" line="+5"/>
        <location filename="../../ui/pages/targets/models.py" line="-93"/>
        <location line="+100"/>
        <location filename="../../ui/pages/targets/rating_model.py" line="-8"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+708"/>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/model.py" line="+1"/>
        <source>Chuyên môn</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LLCT</source>
        <translation>Pol. theory</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QLNN</source>
        <translation>State mgmt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Còn công tác</source>
        <translation>Service left</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-26"/>
        <location line="+28"/>
        <location filename="../../ui/pages/classes/planner.py" line="+199"/>
        <location filename="../../ui/pages/courses/page.py" line="-310"/>
        <location filename="../../ui/pages/decisions/page.py" line="-356"/>
        <location line="+355"/>
        <location filename="../../ui/pages/nominations/page.py" line="+16"/>
        <location line="+427"/>
        <location filename="../../ui/pages/results/results_tab.py" line="+4"/>
        <location filename="../../ui/pages/staff/model.py" line="+11"/>
        <location filename="../../ui/pages/targets/models.py" line="-90"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+3"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/model.py" line="+46"/>
        <location line="+2"/>
        <location filename="../../ui/pages/sync/page.py" line="+124"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{full_name}
CCCD: {cccd}
Vị trí việc làm: {job_position}</source>
        <translation>{full_name}
ID (CCCD): {cccd}
Job position: {job_position}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/page.py" line="-1"/>
        <source>Chuyển công tác</source>
        <translation>Moved to another post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thôi việc / đưa ra khỏi danh sách</source>
        <translation>Left / removed from the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghỉ dài hạn (vẫn trong danh sách)</source>
        <translation>Long leave (stays on the list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cán bộ, công chức</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+320"/>
        <source>Mọi đối tượng</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang trong danh sách</source>
        <translation>On the list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tất cả (kể cả đã nghỉ, chuyển)</source>
        <translation>Everyone (including those who left)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mọi trình độ</source>
        <translation>Any qualification</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="-372"/>
        <location filename="../../ui/pages/staff/page.py" line="+10"/>
        <source>Mọi xã, phường</source>
        <translation>All communes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/page.py" line="+14"/>
        <source>Thêm người…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem, sửa hồ sơ…</source>
        <translation>View, edit record…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cho nghỉ, chuyển…</source>
        <translation>Leave, move…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đưa trở lại danh sách</source>
        <translation>Bring back onto the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="-530"/>
        <source>Cử đi học…</source>
        <translation>Nominate for training…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các khóa học người này cần, xếp theo nhu cầu</source>
        <translation>The courses this person needs, most needed first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh sách đang hiển thị (theo bộ lọc)…</source>
        <translation>The list as shown (with the filters)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mẫu trống để đơn vị điền…</source>
        <translation>Blank form for units to fill in…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Đang đọc danh sách…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/page.py" line="-265"/>
        <source>Lớp học, lịch học</source>
        <translation>Classes, schedules</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In lịch…</source>
        <translation>Print schedule…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lịch học của khoảng đang xem (tháng hoặc tuần), theo bộ lọc, ra PDF hoặc Excel</source>
        <translation>The schedule of the period shown (month or week), with the filters, as PDF or Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phòng, ban:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mọi loại xung đột</source>
        <translation>All kinds of conflict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ từ hôm nay trở đi</source>
        <translation>From today on only</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nhấn đúp một xung đột để xem ngày đó trên lịch.</source>
        <translation>Double-click a conflict to see its day on the calendar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../../ui/pages/staff/page.py" line="+27"/>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+157"/>
        <source>Mọi phòng, ban</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{0} xung đột</source>
        <translation>{0} conflicts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Khóa: {0}</source>
        <translation>Course: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lịch học của {0}</source>
        <translation>Schedule of {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In lịch học</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang in lịch học…</source>
        <translation>Printing the schedule…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/page.py" line="-180"/>
        <source>Tìm tên, CCCD, chức vụ… (không dấu cũng được)</source>
        <translation>Name, ID number, position… (accents optional)</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Hiển thị {shown} / {total} người (kể cả đã nghỉ, chuyển)</source>
        <translation>Showing {shown} of {total} people (including those who left or moved)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hiển thị {shown} / {total} người trong danh sách</source>
        <translation>Showing {shown} of {total} people on the list</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&lt;p&gt;&lt;b&gt;Chưa có ai trong danh sách.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bấm &lt;b&gt;Thêm người…&lt;/b&gt; để nhập từng hồ sơ, hoặc &lt;b&gt;Nhập từ Excel…&lt;/b&gt; để đưa cả danh sách đơn vị đang có vào.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nobody is on the list yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Add a person…&lt;/b&gt; to enter records one by one, or &lt;b&gt;Import from Excel…&lt;/b&gt; to bring in the unit&apos;s existing list.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Không có ai khớp bộ lọc. Hãy xóa ô tìm kiếm hoặc chọn bộ lọc khác.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Nobody matches the filters. Clear the search box or choose other filters.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một người để xem tóm tắt hồ sơ.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a person to see a summary of their record.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Đã lưu. Người vừa lưu không khớp bộ lọc hiện tại nên không hiện trong danh sách.</source>
        <translation>Saved. The person just saved does not match the current filters, so they are not shown in the list.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã chuyển {full_name} sang “{status}”. Hồ sơ vẫn được giữ và có thể đưa trở lại.</source>
        <translation>{full_name} is now “{status}”. The record is kept and can be brought back.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>mau-danh-sach-can-bo.xlsx</source>
        <translation>staff-list-form.xlsx</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>danh-sach-can-bo.xlsx</source>
        <translation>staff-list.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xuất mẫu trống</source>
        <translation>Export a blank form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Xuất danh sách</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đang xuất Excel…</source>
        <translation>Exporting to Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã xuất mẫu trống: {path}</source>
        <translation>Blank form exported: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất {n} người vào {path}</source>
        <translation>Exported to {path} ({n} in the list)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="-61"/>
        <source>(chưa xếp lớp)</source>
        <translation>(no class yet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../ui/print_preview.py" line="+96"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tìm theo tên, khóa học, lớp, số quyết định… (gõ không dấu cũng được)</source>
        <translation>Search by name, course, class, decision number… (accents optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang hiệu lực (đề xuất, đã duyệt, đang học)</source>
        <translation>Current (proposed, approved, in training)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn khóa học để lọc theo từng lớp</source>
        <translation>Choose a course to filter by class</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cử theo khóa học…</source>
        <translation>Nominate for a course…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cử một người…</source>
        <translation>Nominate one person…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chuyển trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lập quyết định cử…</source>
        <translation>Draw up a decision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dự thảo quyết định cho các đề xuất đã chọn (cùng một khóa học)</source>
        <translation>Draft a decision for the selected nominations (all for the same course)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Chưa có khóa học nào — xem trang “Khóa học, lớp học”</source>
        <translation>No courses yet — see the “Courses and classes” page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/page.py" line="-133"/>
        <location filename="../../ui/pages/nominations/page.py" line="-17"/>
        <source>Mọi khóa học</source>
        <translation>All courses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="+29"/>
        <source>Mọi lớp</source>
        <translation>All classes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hiển thị {0} / {1} lượt cử</source>
        <translation>Showing {0} of {1} nominations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — {0} xã, phường</source>
        <translation> — communes/wards: {0}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&lt;p&gt;Đã chọn {0} lượt cử.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nominations selected: {0}.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Chưa cử ai đi học.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bấm &lt;b&gt;Cử theo khóa học…&lt;/b&gt; để xem ai cần một khóa học, hoặc &lt;b&gt;Cử một người…&lt;/b&gt; để xem các khóa học một người cần.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nobody has been nominated yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;Nominate for a course…&lt;/b&gt; to see who needs a course, or &lt;b&gt;Nominate one person…&lt;/b&gt; to see the courses one person needs.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Không có lượt cử nào khớp bộ lọc. Hãy xóa ô tìm kiếm hoặc chọn bộ lọc khác.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;No nomination matches the filters. Clear the search box or choose other filters.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một lượt cử để xem lịch sử và quyết định.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a nomination to see its history and decisions.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã đề xuất cử {0} người.</source>
        <translation>People proposed: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+550"/>
        <location filename="../../ui/pages/nominations/page.py" line="+16"/>
        <source>Không chuyển được trạng thái</source>
        <translation>Could not change the status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="+4"/>
        <source> Trình độ khóa học cấp đã được thêm vào hồ sơ.</source>
        <translation> The qualification the course awards was added to the records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã chuyển {0} lượt cử sang “{1}”.{2}</source>
        <translation>Nominations moved to “{1}”: {0}.{2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-130"/>
        <location filename="../../ui/pages/nominations/page.py" line="+9"/>
        <source>Không hoàn tác được</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="+2"/>
        <location filename="../../ui/pages/staff/page.py" line="-52"/>
        <source>Đã hoàn tác.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chưa lập được quyết định</source>
        <translation>Could not draw up the decision</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có, {n} tháng</source>
        <translation>Yes, {n} months</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> — &lt;a href=&apos;decision:{0}&apos;&gt;QĐ {1}&lt;/a&gt;</source>
        <translation> — &lt;a href=&apos;decision:{0}&apos;&gt;Decision {1}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>chưa xếp lớp</source>
        <translation>no class yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Vì sao được cử&lt;/b&gt;&lt;br&gt;{reason}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Why nominated&lt;/b&gt;&lt;br&gt;{reason}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Ghi chú&lt;/b&gt;&lt;br&gt;{note}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Note&lt;/b&gt;&lt;br&gt;{note}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Quyết định&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Lịch sử&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/page.py" line="+11"/>
        <source>Đã đưa {full_name} trở lại danh sách.</source>
        <translation>{full_name} is back on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/person_dialog.py" line="-16"/>
        <source>Thêm người</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hồ sơ: {name}</source>
        <translation>Record: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sơ yếu lý lịch</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công tác</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ, văn bằng</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ứng dụng tính</source>
        <translation>Computed by the app</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ví dụ: Nguyễn Thị Lan</source>
        <translation>For example: Nguyễn Thị Lan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd/mm/yyyy (hoặc mm/yyyy, yyyy nếu chỉ biết năm)</source>
        <translation>dd/mm/yyyy (or mm/yyyy, or yyyy when only the year is known)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chọn hoặc gõ vị trí việc làm</source>
        <translation>Choose or type a job position</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Là đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theo quy tắc của vị trí việc làm</source>
        <translation>By the job position&apos;s rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phù hợp (xác nhận thủ công)</source>
        <translation>Fits (confirmed by hand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa phù hợp (xác nhận thủ công)</source>
        <translation>Does not fit (confirmed by hand)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ví dụ: Chuyên viên, Phó Chủ tịch UBND</source>
        <translation>For example: Chuyên viên, Phó Chủ tịch UBND</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Để trống: tính theo Bộ luật Lao động</source>
        <translation>Leave empty: computed under the Labour Code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Bỏ các thay đổi?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ có thay đổi chưa lưu. Đóng mà không lưu?</source>
        <translation>The record has unsaved changes. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/page.py" line="-346"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="-158"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="-365"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-435"/>
        <location line="+34"/>
        <location filename="../../ui/pages/decisions/page.py" line="+2"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="+5"/>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/sync/models.py" line="+7"/>
        <source>Số người</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+358"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="-347"/>
        <source>Quyết định cử đi học</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tìm theo số, trích yếu, người ký…</source>
        <translation>Search by number, subject, signer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa dự thảo…</source>
        <translation>Edit the draft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban hành…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xem trước, in…</source>
        <translation>Preview, print…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/accounts.py" line="-85"/>
        <location filename="../../ui/pages/decisions/page.py" line="+2"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="+2"/>
        <location filename="../../ui/print_preview.py" line="+22"/>
        <source>Lưu PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thao tác khác</source>
        <translation>More</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lập quyết định thay thế…</source>
        <translation>Draw up a replacing decision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy bỏ quyết định…</source>
        <translation>Revoke the decision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+207"/>
        <source>Xóa dự thảo</source>
        <translation>Delete the draft</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Mẫu quyết định (căn cứ, nơi nhận, người ký)…</source>
        <translation>Decision template (legal bases, recipients, signer)…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lập quyết định từ trang “Cử đi học”: chọn các đề xuất cùng một khóa học rồi bấm “Lập quyết định cử…”.</source>
        <translation>Decisions are drawn up from the “Nominations” page: select nominations for one course, then click “Draw up a decision…”.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một quyết định.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a decision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Đã ban hành Quyết định số {0}; các đề xuất đã chuyển sang “Đã có quyết định cử”.</source>
        <translation>Decision No. {0} issued; its nominations are now “Decision issued”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa lập được quyết định thay thế</source>
        <translation>Could not draw up the replacing decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã lập dự thảo thay thế Quyết định số {0}. Sửa dự thảo rồi ban hành; quyết định cũ vẫn được lưu.</source>
        <translation>A draft replacing Decision No. {0} was drawn up. Edit the draft, then issue it; the old decision is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+474"/>
        <location filename="../../ui/pages/decisions/page.py" line="+15"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="+1"/>
        <location filename="../../ui/pages/sync/import_dialog.py" line="-173"/>
        <location filename="../../ui/pages/sync/models.py" line="+91"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+354"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="+0"/>
        <source>Xóa dự thảo “{0}”? Các đề xuất vẫn còn.</source>
        <translation>Delete the draft “{0}”? The nominations stay.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã lưu mẫu quyết định.</source>
        <translation>Decision template saved.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Đang tạo tệp PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Quyết định {0}</source>
        <translation>Decision {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã gửi {0} trang tới máy in.</source>
        <translation>Pages sent to the printer: {0}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lưu quyết định ra PDF</source>
        <translation>Save the decision as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+94"/>
        <location filename="../../ui/pages/decisions/page.py" line="+0"/>
        <location filename="../../ui/pages/reports/page.py" line="+320"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="+3"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã lưu quyết định vào:
{0}</source>
        <translation>The decision was saved to:
{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thay thế Quyết định số &lt;a href=&apos;decision:{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation>Replaces Decision No. &lt;a href=&apos;decision:{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã được thay thế bằng Quyết định số &lt;a href=&apos;decision:{0}&apos;&gt;{1}&lt;/a&gt;</source>
        <translation>Replaced by Decision No. &lt;a href=&apos;decision:{0}&apos;&gt;{1}&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã hủy bỏ ngày {0}: {1}</source>
        <translation>Revoked on {0}: {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Người được cử ({n})&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;People nominated ({n})&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/person_dialog.py" line="+12"/>
        <source>Văn bằng bị xóa ở đây vẫn được lưu vết trong cơ sở dữ liệu và đồng bộ lên tỉnh.</source>
        <translation>A qualification deleted here is still traced in the database and synced to the province.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source> — còn {service_left_text}</source>
        <translation> — {service_left_text} left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Ngày nghỉ hưu:&lt;/b&gt; {retirement_text}{left}&lt;br&gt;&lt;b&gt;Chuyên môn so với vị trí việc làm:&lt;/b&gt; {match_text}</source>
        <translation>&lt;b&gt;Retirement date:&lt;/b&gt; {retirement_text}{left}&lt;br&gt;&lt;b&gt;Degree against the job position:&lt;/b&gt; {match_text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="-52"/>
        <source>Sửa văn bằng, chứng chỉ</source>
        <translation>Edit a qualification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm văn bằng, chứng chỉ</source>
        <translation>Add a qualification</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Loại *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ *</source>
        <translation>Level *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên ngành, nội dung</source>
        <translation>Major, subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+3"/>
        <source>Cơ sở đào tạo</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm cấp</source>
        <translation>Year awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hiệu văn bằng</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/page.py" line="+3"/>
        <source>Chứng chỉ</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/results/sheet_model.py" line="+46"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+1"/>
        <source>Ngày cấp</source>
        <translation>Date awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/results/sheet_model.py" line="+1"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+1"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+3"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 ngày tới</source>
        <translation>next 30 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90 ngày tới</source>
        <translation>next 90 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 tháng tới</source>
        <translation>next 6 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 năm tới</source>
        <translation>next year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã hết hạn {n} ngày</source>
        <translation>Expired {n} days ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hết hạn hôm nay</source>
        <translation>Expires today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn {n} ngày</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mọi chứng chỉ có thời hạn</source>
        <translation>Every certificate with a validity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cả chứng chỉ đã hết hạn</source>
        <translation>Include expired certificates</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="+217"/>
        <source>Mở hồ sơ</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chứng chỉ có thời hạn của những người đang trong danh sách; chứng chỉ đã được cấp lại (cùng loại, hạn mới hơn) không hiện. Thời hạn lấy từ kết quả lớp học hoặc từ hồ sơ văn bằng, chứng chỉ.</source>
        <translation>Certificates with a validity held by people on the books; renewed ones (same kind, later validity) are not shown. The validity comes from class results or from the qualifications record.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{n} chứng chỉ, {e} đã hết hạn</source>
        <translation>{n} certificates, {e} expired</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kết quả bồi dưỡng</source>
        <translation>Training results</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kết quả học tập</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh giá sau bồi dưỡng</source>
        <translation>Reviews after training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ hết hạn</source>
        <translation>Expiring certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+1"/>
        <source>Hình thức đào tạo</source>
        <translation>Mode of study</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/sheet_model.py" line="-6"/>
        <source>Phòng, ban / Đơn vị</source>
        <translation>Department / Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điểm (/10)</source>
        <translation>Score (/10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+1"/>
        <location filename="../../ui/pages/sync/models.py" line="-59"/>
        <location line="+116"/>
        <location filename="../../ui/pages/targets/dialogs.py" line="-86"/>
        <location line="+143"/>
        <location filename="../../ui/pages/targets/rating_model.py" line="+9"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+188"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng cử học</source>
        <translation>Nomination status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên cần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>{d} (tự tính)</source>
        <translation>{d} (computed)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Chưa nhập kết quả: theo tình trạng cử học “{s}”</source>
        <translation>No result entered: from the nomination status “{s}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chứng chỉ của khóa này có hiệu lực {n} tháng kể từ ngày cấp</source>
        <translation>This course&apos;s certificates are valid for {n} months from the date of issue</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ngày cấp</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hiệu lực đến</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/qualification_model.py" line="-5"/>
        <source>Trình độ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên ngành</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/page.py" line="-102"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+1"/>
        <source>Số hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="-37"/>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/notice_bar.py" line="-4"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/dialogs.py" line="+54"/>
        <source>Dự thảo quyết định</source>
        <translation>Draft decision</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Soạn lại trích yếu và Điều 1–3 theo mẫu</source>
        <translation>Rewrite the subject and Articles 1–3 from the template</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+98"/>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Thẩm quyền:</source>
        <translation>Issuing authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ (mỗi dòng một căn cứ, kết thúc bằng “;”):</source>
        <translation>Legal bases (one per line, ending with “;”):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+210"/>
        <source>Theo đề nghị của:</source>
        <translation>At the proposal of:</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Điều 1:</source>
        <translation>Article 1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+209"/>
        <source>Điều 2:</source>
        <translation>Article 2:</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+209"/>
        <source>Điều 3:</source>
        <translation>Article 3:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-599"/>
        <location line="+32"/>
        <location filename="../../ui/pages/classes/dialogs.py" line="-210"/>
        <location filename="../../ui/pages/decisions/dialogs.py" line="-207"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/dialogs.py" line="+3"/>
        <source>Hình thức ký:</source>
        <translation>Signing capacity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nơi nhận (mỗi dòng một nơi; dòng cuối là nơi lưu):</source>
        <translation>Recipients (one per line; the last line is the file copy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên danh sách kèm theo:</source>
        <translation>Title of the attached list:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký, nơi nhận</source>
        <translation>Signer, recipients</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ đánh dấu để đưa người đó ra khỏi quyết định (đề xuất vẫn còn).</source>
        <translation>Untick a person to take them out of the decision (the nomination stays).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người được cử ({0})</source>
        <translation>People nominated ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu dự thảo</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Đã soạn lại theo mẫu.</source>
        <translation>Rewritten from the template.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ban hành quyết định</source>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số quyết định đánh theo năm, bắt đầu lại từ 01 ngày 01/01. Ban hành xong, các đề xuất trong quyết định chuyển sang “Đã có quyết định cử”.</source>
        <translation>Decision numbers run by year, starting again from 01 on 1 January. Once issued, the nominations in the decision become “Decision issued”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>• Ngày ban hành: {error}</source>
        <translation>• Date of issue: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hủy bỏ quyết định {0}</source>
        <translation>Revoke decision {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lý do hủy bỏ:</source>
        <translation>Reason for revoking:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày hủy bỏ:</source>
        <translation>Date revoked:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quyết định vẫn được lưu với số, ngày và lý do hủy; những người trong quyết định trở về trạng thái “Đề xuất”.</source>
        <translation>The decision is kept with its number, date and the reason it was revoked; the people in it go back to “Proposed”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hủy bỏ quyết định</source>
        <translation>Revoke the decision</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>• Ngày hủy bỏ: {error}</source>
        <translation>• Date of cancellation: {error}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mẫu quyết định cử đi học</source>
        <translation>Training decision template</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation>Legal bases (one per line):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu:</source>
        <translation>Document code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch UBND:</source>
        <translation>Chair of the People&apos;s Committee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các Phó Chủ tịch (mỗi dòng một người):</source>
        <translation>Vice-chairs (one per line):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỗ điền: {don_vi} tên đơn vị (xã Hà Bắc), {tinh} tỉnh/thành phố; ở Điều 2: {kinh_phi} câu về kinh phí, {cam_ket} câu về cam kết phục vụ. Mẫu chỉ áp dụng cho dự thảo lập sau khi lưu.</source>
        <translation>Placeholders: {don_vi} the unit&apos;s name (xã Hà Bắc), {tinh} the province; in Article 2: {kinh_phi} the sentence about costs, {cam_ket} the sentence about the service commitment. The template applies only to drafts made after it is saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu mẫu</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="-33"/>
        <source>Cử đi học: {0}</source>
        <translation>Nomination: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa xếp lớp</source>
        <translation>No class yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phải cam kết phục vụ sau khi học</source>
        <translation>Must stay in service after the course</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/page.py" line="-96"/>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="+8"/>
        <source>Khóa học:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/nominations/edit_dialog.py" line="+1"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+70"/>
        <source>Lớp:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinh phí (đồng):</source>
        <translation>Cost (VND):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+36"/>
        <source>Nguồn kinh phí:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+2"/>
        <source>Thời gian cam kết (tháng):</source>
        <translation>Commitment (months):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vì sao được cử:</source>
        <translation>Why nominated:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+1"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã có quyết định cử: muốn đổi lớp hãy lập quyết định thay thế.</source>
        <translation>A decision has been issued: to change the class, draw up a replacing decision.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+96"/>
        <source>{0}: phải là số nguyên (nhận được “{1}”).</source>
        <translation>{0}: must be a whole number (got “{1}”).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/pages/nominations/nominate_dialog.py" line="+8"/>
        <source>Thời gian cam kết</source>
        <translation>Commitment period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/import_dialog.py" line="-98"/>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu đề trong tệp</source>
        <translation>Heading in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận là</source>
        <translation>Read as</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(bỏ qua)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(bỏ qua cột này)</source>
        <translation>(ignore this column)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn tệp…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(không đặt — theo cột hoặc mục trong tệp)</source>
        <translation>(not set — from the column or section in the file)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tệp danh sách của đơn vị (.xlsx, .xls hoặc .ods). Ứng dụng tự tìm dòng tiêu đề, nhận các cột, đọc được cả tệp gõ bằng mã TCVN3 (ABC) hay VNI. Chưa có gì được ghi cho đến khi bạn xem trước và bấm “Nhập”; trước khi nhập, cơ sở dữ liệu được sao lưu tự động.</source>
        <translation>Choose the unit&apos;s list (.xlsx, .xls or .ods). The app finds the heading row and the columns by itself, and reads files typed in TCVN3 (ABC) or VNI too. Nothing is written until you have seen the preview and clicked “Import”; the database is backed up automatically before the import.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/pages/sync/models.py" line="-75"/>
        <location line="+63"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng cho dòng không ghi</source>
        <translation>Category for rows without one</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mọi dòng</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hiện</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn tệp danh sách</source>
        <translation>Choose the list file</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (ẩn)</source>
        <translation>{name} (hidden)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã hủy; chưa ghi gì.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không tìm thấy dòng tiêu đề (có “Họ và tên”) trong 40 dòng đầu của trang “{sheet}”. Hãy chọn trang khác.</source>
        <translation>No header row (with “Họ và tên”) in the first 40 rows of sheet “{sheet}”. Choose another sheet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trang “{sheet}” không giống danh sách cán bộ: không có dòng tiêu đề nào có cột “Họ và tên” trong 40 dòng đầu. Hãy chọn tệp danh sách của đơn vị. Chưa có gì được ghi.</source>
        <translation>Sheet “{sheet}” does not look like a staff list: no header row in the first 40 rows has a “Họ và tên” (full name) column. Choose the unit&apos;s staff list. Nothing was written.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dòng tiêu đề: {rows}. Kiểm tra cột nào chứa gì; bấm vào ô “Nhận là” để sửa.</source>
        <translation>Heading row: {rows}. Check which column holds what; click a “Read as” cell to change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã dùng cách gán cột bạn sửa lần trước cho danh sách cùng dạng.</source>
        <translation>Using the column choices you made last time for a list of the same layout.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đang kiểm tra từng dòng…</source>
        <translation>Checking each row…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tệp có dòng lỗi: cả tệp sẽ không được nhập, trừ khi bạn chọn chỉ nhập các dòng hợp lệ.</source>
        <translation>The file has rows with errors: nothing will be imported unless you choose to import only the valid rows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ nhập các dòng hợp lệ (bỏ qua {n} dòng lỗi)</source>
        <translation>Import only the valid rows (skip the rows with errors: {n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mọi người trong tệp đã có và không có gì thay đổi; không cần nhập.</source>
        <translation>Everyone in the file is already here with nothing changed; there is nothing to import.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang nhập…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Đã nhập: {counts}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imported: {counts}.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã ghi {n} văn bằng, chứng chỉ.</source>
        <translation>Qualifications written: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng, ban mới: {names}.</source>
        <translation>New departments: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã bỏ qua {n} dòng lỗi: những dòng đó không được ghi.</source>
        <translation>Skipped {n} rows with errors: nothing was written for them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản sao lưu trước khi nhập: {path}</source>
        <translation>Backup made before the import: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/import_dialog.py" line="-4"/>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/sync/models.py" line="-46"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cũ hơn (bỏ qua)</source>
        <translation>Older (skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-43"/>
        <location line="+31"/>
        <location line="+180"/>
        <location line="+111"/>
        <location filename="../../ui/pages/classes/page.py" line="+47"/>
        <location filename="../../ui/pages/sync/import_dialog.py" line="+2"/>
        <location filename="../../ui/pages/sync/models.py" line="-66"/>
        <location line="+69"/>
        <location filename="../../ui/pages/sync/page.py" line="-476"/>
        <location line="+486"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/import_dialog.py" line="+8"/>
        <location filename="../../ui/pages/sync/page.py" line="-562"/>
        <source>toàn bộ dữ liệu</source>
        <translation>all the data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>các thay đổi {a}–{b}</source>
        <translation>changes {a}–{b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Của &lt;b&gt;{name}&lt;/b&gt; ({code}), lập ngày {day}; {kind}.</source>
        <translation>From &lt;b&gt;{name}&lt;/b&gt; ({code}), made on {day}; {kind}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa nhận các thay đổi số {a}–{b} của đơn vị này (một tệp trước đó bị thiếu).</source>
        <translation>Changes {a}–{b} of this unit have not been received (an earlier file is missing).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nhận tệp đồng bộ</source>
        <translation>Receive sync files</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Khóa cần xác nhận</source>
        <translation>Keys to confirm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập các tệp hợp lệ</source>
        <translation>Import the valid files</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã gọi điện cho {name} và so khớp mã khóa: {fp}</source>
        <translation>I phoned {name} and the key fingerprints match: {fp}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KHÓA ĐÃ THAY ĐỔI (khóa cũ {old}). </source>
        <translation>THE KEY HAS CHANGED (old key {old}). </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã nhập {n} tệp.</source>
        <translation>Files imported: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tệp chưa nhập vì khóa chưa được xác nhận.</source>
        <translation>Files not imported because their key is not confirmed: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tệp: {ok} sẵn sàng nhập</source>
        <translation>Files: {n}; ready to import: {ok}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, {n} cần xác nhận khóa</source>
        <translation>, key to confirm: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có gì thay đổi; bấm “Nhập các tệp hợp lệ” để nhập (mỗi tệp một lần, trọn vẹn).</source>
        <translation>Nothing changed yet; click “Import the valid files” to import them (each file once, in full).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tệp bị từ chối (xem lý do bên dưới).</source>
        <translation>Files refused: {n} (see the reasons below).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tệp đã nhập trước đó.</source>
        <translation>Files already imported before: {n}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} tệp chờ tệp gửi trước đó.</source>
        <translation>Files waiting for an earlier file: {n}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đang nhập dữ liệu…</source>
        <translation>Importing the data…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/models.py" line="-112"/>
        <source>Chưa nhận tệp nào</source>
        <translation>No file received yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mới</source>
        <translation>Recent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cũ</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-213"/>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh giá từ</source>
        <translation>Review from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đánh giá</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cần đánh giá (quá hạn, đến hạn, sắp đến hạn)</source>
        <translation>To review (overdue, due, upcoming)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/sync/models.py" line="+0"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đánh giá</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tất cả khóa học đã hoàn thành</source>
        <translation>Every completed training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại khóa học</source>
        <translation>Course type</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số phiếu</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bình quân</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có hiệu quả</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đánh giá hiệu quả sau bồi dưỡng — {n}</source>
        <translation>Effectiveness review after training — {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {position}, {department}&lt;br&gt;Khóa học: &lt;b&gt;{course}&lt;/b&gt;{klass}&lt;br&gt;Kết thúc ngày {ended}; đánh giá từ ngày {due} (sau ít nhất 03 tháng).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {position}, {department}&lt;br&gt;Course: &lt;b&gt;{course}&lt;/b&gt;{klass}&lt;br&gt;Ended {ended}; review from {due} (at least 3 months after).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Người đánh giá (để trống: tài khoản đang dùng)</source>
        <translation>Reviewer (empty: the current account)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày đánh giá:</source>
        <translation>Review date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người đánh giá:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiêu chí (Tốt 4 – Khá 3 – Trung bình 2 – Yếu 1)</source>
        <translation>Criteria (Good 4 – Fair 3 – Average 2 – Weak 1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— không đánh giá</source>
        <translation>— not rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} — {label}</source>
        <translation>{n} — {label}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(theo điểm các tiêu chí)</source>
        <translation>(from the criteria ratings)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhận xét chung về việc vận dụng kiến thức vào công việc</source>
        <translation>General remarks on applying what was learnt at work</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đề xuất, kiến nghị (bồi dưỡng tiếp, bố trí công việc…)</source>
        <translation>Proposals (further training, assignments…)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kết luận:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận xét:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiến nghị:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu phiếu đánh giá</source>
        <translation>Save review</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phiếu này do đơn vị của người học lập; ở đây chỉ xem.</source>
        <translation>This review is made by the learner&apos;s unit; read only here.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gợi ý theo điểm: {o}</source>
        <translation>Suggested by the ratings: {o}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa chấm tiêu chí nào</source>
        <translation>No criterion rated yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• Ngày đánh giá: {error}</source>
        <translation>• Review date: {error}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tìm theo tên, khóa học…</source>
        <translation>Search by name, course…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>Đánh giá…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Xóa phiếu đánh giá</source>
        <translation>Delete review</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mọi năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Hiệu quả sau bồi dưỡng&lt;/b&gt; — tổng hợp theo:</source>
        <translation>&lt;b&gt;Effectiveness after training&lt;/b&gt; — summarised by:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm đánh giá:</source>
        <translation>Review year:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{n} lượt, {o} quá hạn</source>
        <translation>{n} trainings, {o} overdue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Xem, sửa phiếu…</source>
        <translation>View, edit review…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đã lưu phiếu đánh giá của {n}.</source>
        <translation>Saved the review of {n}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã xóa phiếu đánh giá của {n}.</source>
        <translation>Deleted the review of {n}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/models.py" line="+1"/>
        <source>{label} ({days} ngày)</source>
        <translation>{label} ({days} d)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/decisions/page.py" line="-295"/>
        <location filename="../../ui/pages/nominations/page.py" line="-75"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="-354"/>
        <location filename="../../ui/pages/sync/models.py" line="+5"/>
        <source>Xã, phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/models.py" line="+2"/>
        <source>Tệp gần nhất</source>
        <translation>Latest file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Văn bằng</source>
        <translation>Diplomas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lượt cử đi học</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có khóa: gửi tệp thiết lập</source>
        <translation>No key yet: send a setup file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập lúc</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Đơn vị gửi</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày lập</source>
        <translation>Made on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/sheet_model.py" line="-275"/>
        <location filename="../../ui/pages/staff/import_dialog.py" line="-410"/>
        <location filename="../../ui/pages/sync/models.py" line="+2"/>
        <location line="+47"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="-13"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/models.py" line="-41"/>
        <source>Thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập trước đó</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần xác nhận khóa</source>
        <translation>Key to confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xem trước</source>
        <translation>Previewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ tệp trước đó</source>
        <translation>Waiting for an earlier file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi đi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhận về</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/classes_tab.py" line="-300"/>
        <location filename="../../ui/pages/classes/planner.py" line="-197"/>
        <location filename="../../ui/pages/results/reviews_tab.py" line="+11"/>
        <location filename="../../ui/pages/sync/models.py" line="+4"/>
        <location line="+39"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/models.py" line="-24"/>
        <source>Ngày lập tệp</source>
        <translation>File made on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã băm (SHA-256)</source>
        <translation>Hash (SHA-256)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sửa và xóa cùng lúc</source>
        <translation>Edited here, deleted there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cùng phiên bản, nội dung khác</source>
        <translation>Same version, different content</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phát hiện lúc</source>
        <translation>Found at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/page.py" line="-8"/>
        <source>{n} {kind}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp thiết lập cho {name}: khóa của tỉnh và danh mục; không có dữ liệu cá nhân.</source>
        <translation>Setup file for {name}: the province&apos;s key and the catalogues; no personal data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>không có thay đổi mới (chỉ xác nhận đã nhận)</source>
        <translation>no new changes (only an acknowledgement of what was received)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phần chưa được xác nhận</source>
        <translation>what has not been acknowledged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi {name}: {scope} — {what}. Đã ký số và mã hóa, chỉ {name} mở được.</source>
        <translation>For {name}: {scope} — {what}. Signed and encrypted; only {name} can open it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đăng ký xã trực thuộc</source>
        <translation>Register a commune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5 chữ số, ví dụ 99901</source>
        <translation>5 digits, for example 99901</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tên *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Các xã</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi và nhận</source>
        <translation>Send and receive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhật ký tệp</source>
        <translation>File log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gửi dữ liệu lên tỉnh</source>
        <translation>Send data to the province</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gửi toàn bộ dữ liệu (không chỉ phần tỉnh chưa xác nhận)</source>
        <translation>Send all the data (not only what the province has not acknowledged)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi lên tỉnh</source>
        <translation>Send to the province</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu tệp gửi vào chỗ khác (USB)…</source>
        <translation>Save the file somewhere else too (USB)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mở thư mục chứa tệp</source>
        <translation>Open the folder with the file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nhận tệp từ tỉnh</source>
        <translation>Receive files from the province</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhận tệp từ tỉnh…</source>
        <translation>Receive a file from the province…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Các tệp đã gửi</source>
        <translation>Files sent</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{province} chưa xác nhận đã nhận dữ liệu của đơn vị.</source>
        <translation>{province} has not yet acknowledged receiving this unit&apos;s data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{province} đã có dữ liệu của đơn vị đến ngày {day}.</source>
        <translation>{province} has this unit&apos;s data up to {day}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có khóa của tỉnh: hãy bấm “Nhận tệp từ tỉnh…” và chọn tệp thiết lập do Sở Nội vụ gửi.</source>
        <translation>No province key yet: click “Receive a file from the province…” and choose the setup file sent by the Department of Home Affairs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Có {n} bản ghi thay đổi tỉnh chưa xác nhận đã nhận.</source>
        <translation>{n} changed records not yet acknowledged by the province.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỉnh đã xác nhận mọi thay đổi của đơn vị.</source>
        <translation>The province has acknowledged every change from this unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mã khóa của tỉnh đã xác nhận: {fp}.</source>
        <translation>Confirmed province key fingerprint: {fp}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lần nhận tệp của tỉnh gần nhất: tệp lập ngày {day}.</source>
        <translation>Latest file received from the province: made on {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa nhận tệp nào của tỉnh.</source>
        <translation>No file received from the province yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lưu tệp gửi tỉnh</source>
        <translation>Save the file for the province</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đang tạo tệp gửi tỉnh…</source>
        <translation>Making the file for the province…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã ghi tệp &lt;b&gt;{name}&lt;/b&gt; ({size}) vào thư mục {folder}.&lt;br&gt;{what}&lt;br&gt;Hãy chép tệp này vào USB hoặc đính kèm thư điện tử gửi Sở Nội vụ.</source>
        <translation>File &lt;b&gt;{name}&lt;/b&gt; ({size}) written to the folder {folder}.&lt;br&gt;{what}&lt;br&gt;Copy this file to a USB drive or attach it to an email to the Department of Home Affairs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chọn tệp của tỉnh</source>
        <translation>Choose the province&apos;s file</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nhận tệp của các xã…</source>
        <translation>Receive files from communes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhận cả thư mục (USB)…</source>
        <translation>Receive a whole folder (USB)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi cho xã đã chọn…</source>
        <translation>Send to the selected commune…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi cho tất cả các xã…</source>
        <translation>Send to all communes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đăng ký xã…</source>
        <translation>Register a commune…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm xã theo tên hoặc mã…</source>
        <translation>Find a commune by name or code…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{n} xã, phường: {fresh} gửi trong tháng, {old} cũ hơn 1 tháng, {stale} quá 3 tháng, {never} chưa gửi; tổng {people} người trong danh sách.</source>
        <translation>{n} communes/wards: {fresh} sent within a month, {old} older than 1 month, {stale} over 3 months, {never} never sent; {people} people on the lists in all.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chọn các tệp của xã</source>
        <translation>Choose the communes&apos; files</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn thư mục (ổ USB) chứa các tệp</source>
        <translation>Choose the folder (USB drive) with the files</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không có tệp</source>
        <translation>No files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư mục {folder} không có tệp đồng bộ ({suffix}).</source>
        <translation>The folder {folder} has no sync files ({suffix}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu tệp gửi xã</source>
        <translation>Save the file for the commune</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chọn thư mục để lưu các tệp gửi xã</source>
        <translation>Choose a folder for the communes&apos; files</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang tạo tệp…</source>
        <translation>Making the file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã tạo tệp</source>
        <translation>File made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã ghi {path}.
{what}</source>
        <translation>{path} written.
{what}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang tạo tệp gửi các xã…</source>
        <translation>Making the files for the communes…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi {n} tệp vào {folder}</source>
        <translation>Files written to {folder}: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({n} tệp thiết lập cho xã chưa có khóa)</source>
        <translation> ({n} setup files for communes without a key)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã tạo tệp gửi các xã</source>
        <translation>Files for the communes made</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đăng ký xã {code}. Tạo ngay tệp thiết lập để gửi cho xã?</source>
        <translation>Commune {code} registered. Make its setup file now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo tệp thiết lập</source>
        <translation>Make the setup file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lưu tệp thiết lập</source>
        <translation>Save the setup file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Giữ bản đang có ở đây</source>
        <translation>Keep the version here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhận bản của đơn vị quản lý</source>
        <translation>Take the managing unit&apos;s version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hai phiên bản của cùng một bản ghi không thể cùng đúng. Không bản nào bị bỏ đi cho đến khi có người quyết định; hãy hỏi đơn vị quản lý bản ghi nếu cần.</source>
        <translation>Two versions of the same record cannot both be right. Neither is thrown away until someone decides; ask the unit that manages the record if needed.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Chọn một xung đột để xem hai phiên bản.</source>
        <translation>Select a conflict to see both versions.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Của đơn vị {unit}; phiên bản ở đây {a}, phiên bản gửi đến {b}.</source>
        <translation>Managed by {unit}; version here {a}, version received {b}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit/page.py" line="-52"/>
        <location filename="../../ui/pages/sync/page.py" line="+4"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync/page.py" line="+2"/>
        <source>Ở đây</source>
        <translation>Here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản gửi đến</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không xử lý được</source>
        <translation>Could not resolve</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mọi tệp đã gửi và đã nhận (kể cả tệp bị từ chối) đều được ghi lại và lưu theo mã băm SHA-256.</source>
        <translation>Every file sent and received (refused files included) is recorded and kept under its SHA-256 hash.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) — mã khóa của đơn vị: &lt;b&gt;{fp}&lt;/b&gt; (đọc dãy số này khi {other} gọi điện xác nhận).</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}) — this unit&apos;s key fingerprint: &lt;b&gt;{fp}&lt;/b&gt; (read it out when the {other} phones to confirm).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>xã</source>
        <translation>commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tỉnh</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xung đột ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/classification_tab.py" line="-267"/>
        <source>Vượt tỷ lệ 20% “Hoàn thành xuất sắc nhiệm vụ”</source>
        <translation>Over the 20% limit for “Outstanding”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Theo NĐ 48/2023/NĐ-CP và NĐ 335/2025/NĐ-CP, số người “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số người “Hoàn thành tốt nhiệm vụ” trong đơn vị. Chọn những người giữ mức xuất sắc; những người còn lại được xếp “Hoàn thành tốt nhiệm vụ” và lý do được ghi vào kết quả.</source>
        <translation>Under Decrees 48/2023/NĐ-CP and 335/2025/NĐ-CP, the number of people rated “Outstanding” may not exceed 20% of those rated “Good” in the unit. Choose who keeps “Outstanding”; the others are rated “Good” and the reason is recorded with the result.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> — {score} điểm</source>
        <translation> — {score} points</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lý do, ví dụ: Tập thể lãnh đạo họp xét ngày 20/12, chọn theo điểm cao nhất</source>
        <translation>Reason, for example: the leadership met on 20/12 and chose the highest scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do xếp “Hoàn thành tốt nhiệm vụ” cho những người không được chọn *</source>
        <translation>Reason for rating the others “Good” *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu theo lựa chọn này</source>
        <translation>Save with this choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quay lại sửa</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đã chọn {n} / tối đa {m} người</source>
        <translation>Chosen: {n} of at most {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quá số được giữ</source>
        <translation>more than may keep it</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Tìm theo tên…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/results/results_tab.py" line="-2"/>
        <source>Đạt</source>
        <comment>passed</comment>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có KQ</source>
        <translation>No result</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Tìm lớp, khóa học…</source>
        <translation>Search classes, courses…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lớp do đơn vị khác tổ chức: chỉ xem kết quả</source>
        <translation>A class run by another unit: results are read only</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+2"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+2"/>
        <source>Hủy thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi “Đạt” cho người chưa có kết quả</source>
        <translation>Mark “Passed” for learners without a result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đánh số chứng chỉ…</source>
        <translation>Number certificates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+205"/>
        <location line="+3"/>
        <source>Kết thúc lớp</source>
        <translation>Close class</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Chỉ kết thúc được khi mọi học viên đã có kết quả</source>
        <translation>A class can be closed only when every learner has a result</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một lớp để nhập kết quả.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Choose a class to enter its results.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;Kết quả lớp này do {o} nhập; ở đây chỉ xem.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#8a5a00&apos;&gt;The results of this class are entered by {o}; read only here.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · chứng chỉ có hiệu lực {n} tháng</source>
        <translation> · certificates valid for {n} months</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} học viên — {parts}</source>
        <translation>{n} learners — {parts}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đã lưu kết quả của {n} học viên.</source>
        <translation>Saved the results of {n} learners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} người được ghi hoàn thành khóa học và cập nhật văn bằng, chứng chỉ.</source>
        <translation>{n} people recorded as completing the course, with their qualifications updated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} người thuộc đơn vị khác: đơn vị đó cập nhật khi nhận được tệp đồng bộ.</source>
        <translation>{n} people of other units: their unit updates them when the sync file arrives.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã ghi “Đạt” cho {n} học viên (chưa lưu).</source>
        <translation>Marked “Passed” for {n} learners (not saved yet).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đánh số chứng chỉ</source>
        <translation>Number certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiền tố số hiệu (các chứng chỉ được đánh số tiếp theo: TIỀN TỐ0001, 0002…) cho người đạt chưa có số:</source>
        <translation>Number prefix (certificates are numbered PREFIX0001, 0002…) for the learners who passed and have no number:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đánh số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã đánh số {n} chứng chỉ (chưa lưu).</source>
        <translation>Numbered {n} certificates (not saved yet).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chưa kết thúc được lớp</source>
        <translation>The class cannot be closed yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã kết thúc lớp {c}.</source>
        <translation>Class {c} closed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kết thúc lớp {c}? Sau khi kết thúc, lớp không nhận thêm học viên.</source>
        <translation>Close class {c}? A closed class takes no more learners.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+2"/>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="-534"/>
        <source>Mở hồ sơ trong trang Cán bộ, công chức</source>
        <translation>Open the record on the Staff page</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Quý {q}</source>
        <translation>Quarter {q}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tháng {m:02d}</source>
        <translation>Month {m:02d}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có {n} dòng đã sửa nhưng chưa lưu ({p}). Bỏ các thay đổi đó?</source>
        <translation>Rows edited but not saved: {n} ({p}). Discard those changes?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/person_dialog.py" line="+24"/>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+4"/>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/classification_tab.py" line="+54"/>
        <source>Chỉ xem: xếp loại do đơn vị cấp xã nhập, bằng tài khoản được cập nhật dữ liệu.</source>
        <translation>View only: ratings are entered by the commune, by an account allowed to update records.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Công chức từ năm 2026 chấm điểm: tiêu chí chung tối đa 30, kết quả thực hiện nhiệm vụ tối đa 70; mức xếp loại tự tính (≥ 90 xuất sắc, 70–&lt; 90 tốt, 50–&lt; 70 hoàn thành, &lt; 50 hoặc bị kỷ luật: không hoàn thành). Các trường hợp khác chọn mức trực tiếp.</source>
        <translation>From 2026 civil servants are scored: general criteria up to 30, results of duties up to 70; the rating follows from the total (≥ 90 outstanding, 70–&lt; 90 good, 50–&lt; 70 completed, &lt; 50 or disciplined: not completed). Everyone else gets a rating chosen directly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm trước 2026: chọn mức xếp loại trực tiếp (NĐ 90/2020/NĐ-CP).</source>
        <translation>Before 2026: choose the rating directly (Decree 90/2020/NĐ-CP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gõ để sửa, Enter xuống dòng, Tab sang cột, Delete xóa ô, Ctrl+V dán từ Excel, Space đánh dấu kỷ luật.</source>
        <translation>Type to edit, Enter goes down, Tab goes across, Delete clears a cell, Ctrl+V pastes from Excel, Space marks disciplined.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{n} dòng đã sửa, chưa lưu</source>
        <translation>Rows edited, not saved: {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chưa có</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Lịch sử xếp loại&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rating history&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Chưa lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã lưu {n} xếp loại ({p}).</source>
        <translation>Ratings saved: {n} ({p}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xếp Hoàn thành tốt do vượt tỷ lệ 20%: {names}.</source>
        <translation>Rated Good because of the 20% limit: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/dialogs.py" line="-224"/>
        <source>{label}: chưa nhập</source>
        <translation>{label}: not entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa nhập</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sửa kế hoạch</source>
        <translation>Edit the plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm kế hoạch</source>
        <translation>Add a plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2026 - 2030</source>
        <translation>For example: Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức giai đoạn 2026 - 2030</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Kế hoạch số 198/KH-UBND ngày 01/06/2026</source>
        <translation>For example: Kế hoạch số 198/KH-UBND ngày 01/06/2026</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên kế hoạch *</source>
        <translation>Plan name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thời gian *</source>
        <translation>Period *</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit the target</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+370"/>
        <source>Thêm chỉ tiêu</source>
        <translation>Add a target</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: Trên 80% công chức có lý luận chính trị trung cấp</source>
        <translation>For example: Over 80% of civil servants with intermediate political theory</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cách nhau bằng dấu phẩy, ví dụ: trưởng phòng, chánh văn phòng</source>
        <translation>separated by commas, for example: trưởng phòng, chánh văn phòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không xét</source>
        <translation>Not considered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ người có chuyên môn chưa phù hợp vị trí việc làm</source>
        <translation>Only people whose degree does not fit their job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ người có chuyên môn phù hợp vị trí việc làm</source>
        <translation>Only people whose degree fits their job position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ người đang công tác (không tính người nghỉ dài hạn)</source>
        <translation>Only people at work (not those on long leave)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chốt danh sách tại ngày bắt đầu (người đến sau không tính, người rời đi bị bỏ ra)</source>
        <translation>Freeze the list on the start date (later arrivals not counted, people who leave taken out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đối tượng (ai được tính)</source>
        <translation>Who is counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại cán bộ</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ lãnh đạo</source>
        <translation>Leadership post</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chức vụ có chứa</source>
        <translation>Position contains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn so với VTVL</source>
        <translation>Degree against the job position</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Danh sách đã chốt: {n} người</source>
        <translation>People on the frozen list: {n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kết quả cần đạt</source>
        <translation>Result to reach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>mặc định: {d}</source>
        <translation>default: {d}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngưỡng và thời hạn</source>
        <translation>Threshold and deadline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tỷ lệ đạt</source>
        <translation>Required share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hạn hoàn thành *</source>
        <translation>Deadline *</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Tính tiến độ từ ngày</source>
        <translation>Count progress from</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Tên chỉ tiêu *</source>
        <translation>Target name *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kế hoạch: {name}</source>
        <translation>Plan: {name}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Hạn hoàn thành</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hôm nay: {n} người thuộc đối tượng, {k} người đạt ({p}) — {status}. {rule}</source>
        <translation>Today: counted {n}, reaching it {k} ({p}) — {status}. {rule}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Áp dụng chỉ tiêu theo kế hoạch mẫu</source>
        <translation>Apply targets from a model plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kế hoạch, chỉ tiêu</source>
        <translation>Plans and targets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/targets/models.py" line="-2"/>
        <source>Ngưỡng</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/targets/models.py" line="+1"/>
        <location filename="../../ui/widgets/charts.py" line="+302"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã áp dụng</source>
        <translation>Already applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (đã áp dụng)</source>
        <translation>{name} (already applied)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chốt danh sách đối tượng tại ngày bắt đầu kế hoạch</source>
        <translation>Freeze the list of people counted on the plan&apos;s start date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các chỉ tiêu lấy từ kế hoạch mẫu; sau khi áp dụng có thể sửa như chỉ tiêu tự tạo.</source>
        <translation>The targets come from the model plan; once applied they can be edited like your own.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nguồn: {source}&lt;br&gt;Thời gian: {start} – {end}</source>
        <translation>Source: {source}&lt;br&gt;Period: {start} – {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;&lt;b&gt;Chỉ tiêu cần kết quả khóa học&lt;/b&gt; (sẽ áp dụng được khi có chức năng khóa học, lớp học):&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Targets that need course results&lt;/b&gt; (they can be applied once courses and classes are available):&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;b&gt;Không tính được từ hồ sơ:&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cannot be computed from the records:&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chưa chọn chỉ tiêu nào.</source>
        <translation>No target selected.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/models.py" line="-10"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tỷ lệ / ngưỡng</source>
        <translation>Share / threshold</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/pages/targets/targets_tab.py" line="+161"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Đối tượng</source>
        <comment>number of people a target counts</comment>
        <translation>People</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}
Đối tượng: {population}
Cần đạt: {achievement}</source>
        <translation>{name}
Category: {population}
To reach: {achievement}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hiện có</source>
        <translation>Now has</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/page.py" line="+17"/>
        <source>Chỉ tiêu, đánh giá</source>
        <translation>Targets and ratings</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chỉ tiêu kế hoạch</source>
        <translation>Plan targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại chất lượng</source>
        <translation>Quality rating</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/rating_model.py" line="-8"/>
        <source>Cách xếp loại</source>
        <translation>How rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiêu chí chung /30</source>
        <translation>General /30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KQ nhiệm vụ /70</source>
        <translation>Duties /70</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng điểm</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức xếp loại</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỷ luật</source>
        <translation>Disciplined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TB các kỳ</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Đã rời danh sách</source>
        <translation>Left the list</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chấm điểm</source>
        <translation>Scored</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn mức</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(chưa đủ điểm)</source>
        <translation>(not fully scored)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(vượt tỷ lệ 20%)</source>
        <translation>(over the 20% limit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(kỷ luật)</source>
        <translation>(disciplined)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Đạt mức xuất sắc theo điểm nhưng xếp Hoàn thành tốt do vượt tỷ lệ 20%</source>
        <translation>Scored Outstanding but rated Good because of the 20% limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do: {r}</source>
        <translation>Reason: {r}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kỳ này người này xếp loại trực tiếp theo mức, không chấm điểm</source>
        <translation>This period this person gets a rating chosen directly, not a score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điểm trung bình các tháng, quý của năm (tham khảo khi chấm điểm năm)</source>
        <translation>Average score of the year&apos;s months and quarters (for reference when scoring the year)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: điểm tiêu chí chung</source>
        <translation>{name}: general criteria score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: điểm kết quả nhiệm vụ</source>
        <translation>{name}: results of duties score</translation>
    </message>
    <message>
        <location filename="../../ui/pages/targets/targets_tab.py" line="-607"/>
        <source>Toàn tỉnh (cộng mọi xã, phường)</source>
        <translation>Whole province (all communes added up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xã, phường:</source>
        <translation>Commune/ward:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Áp dụng kế hoạch mẫu…</source>
        <translation>Apply a model plan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm kế hoạch…</source>
        <translation>Add a plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa kế hoạch…</source>
        <translation>Edit the plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+417"/>
        <source>Xóa kế hoạch</source>
        <translation>Delete the plan</translation>
    </message>
    <message>
        <location line="-416"/>
        <source>Thêm chỉ tiêu…</source>
        <translation>Add a target…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sửa chỉ tiêu…</source>
        <translation>Edit the target…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa chỉ tiêu</source>
        <translation>Delete the target</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+434"/>
        <source>Chốt lại danh sách</source>
        <translation>Freeze the list again</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Lập lại danh sách đối tượng đã chốt theo ngày bắt đầu tính</source>
        <translation>Draw up the frozen list of people again from the count start date</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sao chép danh sách</source>
        <translation>Copy the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chép danh sách (dạng bảng) để dán vào Excel hoặc văn bản</source>
        <translation>Copy the list (as a table) to paste into Excel or a document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở danh sách cử đi học của một khóa đáp ứng chỉ tiêu này, đã chọn sẵn những người còn thiếu</source>
        <translation>Open the nomination list of a course that meets this target, with the people missing already ticked</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Theo:</source>
        <translation>By:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ai còn thiếu</source>
        <translation>Who is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xu hướng</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phân tích</source>
        <translation>Breakdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiến độ các chỉ tiêu</source>
        <translation>Progress of the targets</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Đang tính tiến độ các chỉ tiêu…</source>
        <translation>Computing the targets&apos; progress…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tất cả kế hoạch ({n})</source>
        <translation>All plans ({n})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tính đến ngày {d}</source>
        <translation>As of {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} chỉ tiêu</source>
        <translation>targets: {n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tỷ lệ đạt so với ngưỡng (vạch đen) — màu theo trạng thái</source>
        <translation>Share reached against the threshold (black line) — colour by status</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chọn một chỉ tiêu để xem chi tiết, hoặc áp dụng chỉ tiêu từ kế hoạch mẫu.</source>
        <translation>Select a target to see its details, or apply targets from a model plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ai còn thiếu ({n})</source>
        <translation>Who is missing ({n})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} người chưa đạt: {rule}</source>
        <translation>Not there yet ({n}): {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không còn ai thiếu.</source>
        <translation>Nobody is missing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{day}: {achieved}/{population} người ({percent})</source>
        <translation>{day}: {achieved} of {population} ({percent})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Các điểm được tính lại từ hồ sơ: năm cấp văn bằng, kết quả xếp loại từng năm và lịch sử chuyển công tác, nghỉ hưu (ai có trong danh sách vào ngày đó). Chức vụ, phòng ban lấy theo hiện nay.</source>
        <translation>The points are computed again from the records: the year each degree was awarded, each year&apos;s rating and the history of moves and retirements (who was on the list on that date). Positions and departments are today&apos;s.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label}: {achieved}/{population} người đạt</source>
        <translation>{label}: {achieved} of {population} reach it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{dim} — vạch đen: ngưỡng chỉ tiêu</source>
        <translation>{dim} — black line: the target&apos;s threshold</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã áp dụng chỉ tiêu từ kế hoạch mẫu; có thể sửa từng chỉ tiêu.</source>
        <translation>Targets applied from the model plan; each can be edited.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đã xóa kế hoạch “{name}”.</source>
        <translation>Plan “{name}” deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xóa kế hoạch “{name}” và {n} chỉ tiêu của kế hoạch?</source>
        <translation>Delete the plan “{name}” and its targets ({n})?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hãy chọn kế hoạch (ở ô “Kế hoạch”) trước khi thêm chỉ tiêu.</source>
        <translation>Choose a plan (in the “Plan” box) before adding a target.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã xóa chỉ tiêu “{name}”.</source>
        <translation>Target “{name}” deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã chốt lại danh sách: {n} người.</source>
        <translation>List frozen again; people on it: {n}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lập lại danh sách đối tượng theo tiêu chí và ngày bắt đầu tính ({d})?</source>
        <translation>Draw up the list of people counted again from the criteria and the count start date ({d})?</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Chưa có khóa học phù hợp</source>
        <translation>No suitable course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trong danh mục chưa có khóa học nào mà hoàn thành thì được tính cho chỉ tiêu này. Hãy thêm khóa học ở trang “Khóa học, lớp học” (loại khóa, trình độ được công nhận).</source>
        <translation>No course in the catalogue counts for this target when completed. Add one on the “Courses, classes” page (course type, level granted).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã chép danh sách {n} người vào bộ nhớ tạm.</source>
        <translation>List copied to the clipboard ({n} in it).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> — chỉ tính {unit}</source>
        <translation> — {unit} only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Danh sách chốt ngày {d}: {n} người</source>
        <translation>List frozen on {d}: {n} people</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; {n} người đã rời danh sách nên không tính</source>
        <translation>; not counted because they left the list: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{achieved}/{population}&lt;/b&gt; người = &lt;b&gt;{percent}&lt;/b&gt;; chỉ tiêu {threshold} đến {deadline}</source>
        <translation>&lt;b&gt;{achieved}/{population}&lt;/b&gt; people = &lt;b&gt;{percent}&lt;/b&gt;; target {threshold} by {deadline}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cần đạt</source>
        <translation>To reach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Còn cần</source>
        <translation>Still needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} người đạt thêm (với số đối tượng hiện nay)</source>
        <translation>{n} more (with today&apos;s number of people counted)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày bắt đầu tính {d}: {p}</source>
        <translation>Count start date {d}: {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theo lộ trình hôm nay cần {p}</source>
        <translation>on the path to the deadline, today needs {p}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>giữ nhịp độ hiện nay thì đến hạn đạt khoảng {p}</source>
        <translation>at the present pace, about {p} by the deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lộ trình</source>
        <translation>Path</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đúng tiến độ khi tỷ lệ hiện nay không thấp hơn đường thẳng nối tỷ lệ ngày bắt đầu tính với ngưỡng vào ngày hạn.</source>
        <translation>On track when today&apos;s share is not below the straight line from the share on the count start date to the threshold on the deadline.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chỉ tiêu đo theo kết quả từng năm: chưa đạt ngưỡng thì có nguy cơ không đạt.</source>
        <translation>This target is measured on each year&apos;s results: below the threshold means it is at risk.</translation>
    </message>
    <message>
        <location filename="../../ui/print_preview.py" line="-6"/>
        <source>Xem trước khi in — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>In {0}</source>
        <translation>Print {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="-191"/>
        <source>Chưa có số liệu.</source>
        <extracomment>a role that returns a ``BarValue`` for the progress delegate</extracomment>
        <translation>No figures yet.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Chưa có số liệu để vẽ xu hướng.</source>
        <translation>No figures to draw a trend yet.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Thực tế</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lộ trình để đạt đúng hạn</source>
        <translation>Path to reach it on time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngưỡng chỉ tiêu</source>
        <translation>Target threshold</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="+43"/>
        <source>đã đến tuổi</source>
        <translation>retirement age reached</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{years} năm {months} tháng</source>
        <translation>{years} yr {months} mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{years} năm</source>
        <translation>{years} yr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{months} tháng</source>
        <translation>{months} mo</translation>
    </message>
    <message>
        <location filename="../../ui/rating_texts.py" line="+25"/>
        <source>Quý {q}/{year}</source>
        <translation>Quarter {q}/{year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tháng {m:02d}/{year}</source>
        <translation>{m:02d}/{year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm {year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({score} điểm)</source>
        <translation> ({score} points)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — do vượt tỷ lệ 20%</source>
        <translation> — because of the 20% limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — bị kỷ luật</source>
        <translation> — disciplined</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, chưa xếp loại {n}</source>
        <translation>, not rated {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — xuất sắc {n}/tối đa {m} (20% của {good} người tốt)</source>
        <translation> — outstanding {n} of at most {m} (20% of {good} good)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/attendance_grid.py" line="+117"/>
        <source>Dưới mức tối thiểu để được ghi nhận hoàn thành</source>
        <translation>Below the minimum for the course to be marked completed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chưa điểm danh</source>
        <translation>no attendance taken</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../ui/pages/classes/classes_tab.py" line="+3"/>
        <source>Dự học</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/calendar.py" line="+103"/>
        <location line="+451"/>
        <source>Giảng viên: {0}</source>
        <translation>Teacher: {0}</translation>
    </message>
    <message>
        <location line="-449"/>
        <location line="+451"/>
        <source>Địa điểm: {0}</source>
        <translation>Venue: {0}</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Học viên: {0}</source>
        <translation>Learners: {0}</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>{0} HV · {1}</source>
        <translation>{0} learners · {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>+ {0} buổi nữa</source>
        <translation>+ {0} more sessions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tháng (tuần) trước</source>
        <translation>Previous month (week)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tháng (tuần) sau</source>
        <translation>Next month (week)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;■&lt;/span&gt; xung đột &amp;nbsp; &lt;span style=&apos;background:#fdecea&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; ngày lễ &amp;nbsp; &lt;span style=&apos;background:#f3f3f3&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cuối tuần</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;■&lt;/span&gt; conflict &amp;nbsp; &lt;span style=&apos;background:#fdecea&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; holiday &amp;nbsp; &lt;span style=&apos;background:#f3f3f3&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; weekend</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Tháng {0}/{1}</source>
        <translation>Month {0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tuần {0} – {1}</source>
        <translation>Week {0} – {1}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ngày nghỉ cuối tuần</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Không có buổi học.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;No sessions.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{0}/{1} học viên</source>
        <translation>{0}/{1} learners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} học viên</source>
        <translation>{0} learners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h4 style=&apos;color:#c01c28&apos;&gt;Xung đột&lt;/h4&gt;</source>
        <translation>&lt;h4 style=&apos;color:#c01c28&apos;&gt;Conflicts&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;{0} buổi học của {1} lớp trong khoảng này; {2} xung đột.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} sessions of {1} classes in this period; {2} conflicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một ngày để xem các buổi học và xung đột.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Pick a day to see its sessions and conflicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/classes/settings_box.py" line="+17"/>
        <source>Lớp học, điểm danh</source>
        <translation>Classes, attendance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Học viên dự ít hơn tỷ lệ này số buổi đã điểm danh của lớp thì chưa được ghi nhận hoàn thành (vắng có phép cũng tính là vắng); muốn vẫn ghi nhận phải nêu lý do. 0 %: không áp dụng.</source>
        <translation>A learner who attended less than this share of the class&apos;s sessions (where attendance was taken) is not marked completed (excused absences count as absences); marking them completed anyway needs a reason. 0 %: no rule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tối thiểu số buổi phải dự:</source>
        <translation>Minimum share of sessions attended:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports/page.py" line="-278"/>
        <source>Báo cáo kết quả đào tạo, bồi dưỡng năm</source>
        <translation>Annual training report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký nhu cầu đào tạo, bồi dưỡng năm sau</source>
        <translation>Training needs for next year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người chưa được bồi dưỡng trong N năm</source>
        <translation>People not trained for N years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ hết hạn, sắp hết hạn</source>
        <translation>Certificates expired or expiring</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Toàn tỉnh (mọi xã, phường)</source>
        <translation>Whole province (every commune)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> năm</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ngày tới</source>
        <translation> days ahead</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm báo cáo:</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm đăng ký:</source>
        <translation>Registration year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa học trong:</source>
        <translation>Not trained in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/results/page.py" line="+37"/>
        <source>Hết hạn trong:</source>
        <translation>Expiring within:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lập báo cáo</source>
        <translation>Build report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn thông số rồi bấm “Lập báo cáo”.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Choose the parameters, then click “Build report”.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Đang lập báo cáo…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không lập được báo cáo</source>
        <translation>The report could not be built</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Báo cáo {title}&lt;/b&gt; — {unit}</source>
        <translation>&lt;b&gt;Report: {title}&lt;/b&gt; — {unit}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Biểu {n}</source>
        <translation>Table {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/status_dialog.py" line="+33"/>
        <source>{full_name}: chuyển sang “{status}”</source>
        <translation>{full_name}: change to “{status}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Quyết định số 25/QĐ-UBND ngày 15/10/2026</source>
        <translation>For example: Decision No. 25/QĐ-UBND of 15/10/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Căn cứ, ghi chú:</source>
        <translation>Grounds, note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày có hiệu lực theo quyết định (không phải ngày nhập). Hồ sơ vẫn được giữ cùng lịch sử và có thể đưa trở lại.</source>
        <translation>The day it takes effect under the decision (not the day it is typed in). The record is kept with its history and can be brought back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Từ ngày: {error}</source>
        <translation>From: {error}</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../ui/app_labels.py" line="+126"/>
        <source>Cán bộ</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công chức</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viên chức</source>
        <translation>Public employee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người hoạt động không chuyên trách</source>
        <translation>Part-time official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn, tổ dân phố</source>
        <translation>Village or residential group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không chuyên trách</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôn, TDP</source>
        <translation>Village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang công tác</source>
        <translation>At work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghỉ dài hạn</source>
        <translation>On long leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển công tác</source>
        <translation>Moved to another post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nghỉ hưu</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thôi việc</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý luận chính trị</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý nhà nước</source>
        <translation>State management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tin học</source>
        <translation>IT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngoại ngữ</source>
        <translation>Foreign language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiếng dân tộc thiểu số</source>
        <translation>Ethnic minority language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quốc phòng - an ninh</source>
        <translation>National defence and security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ khác</source>
        <translation>Other certificate</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nhiệm kỳ quy hoạch</source>
        <translation>Planning term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày nghỉ hưu (nếu khác quy định)</source>
        <translation>Retirement date (if not the legal one)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phù hợp vị trí việc làm</source>
        <translation>Fits the job position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đúng chuyên ngành</source>
        <translation>Fits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa phù hợp vị trí việc làm</source>
        <translation>Does not fit the job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa xác định</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn chưa phù hợp vị trí việc làm</source>
        <translation>Degree does not fit the job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có lý luận chính trị</source>
        <translation>No political theory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có quản lý nhà nước</source>
        <translation>No state management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có chứng chỉ tin học</source>
        <translation>No IT certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp nghỉ hưu (trong 24 tháng)</source>
        <translation>Retiring soon (within 24 months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bồi dưỡng kiến thức chuyên môn chuyên ngành</source>
        <translation>Specialised professional training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bồi dưỡng kiến thức quản lý nhà nước</source>
        <translation>State management training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tập huấn chuyên môn, nghiệp vụ, kỹ năng</source>
        <translation>Job skills training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bồi dưỡng lãnh đạo, quản lý</source>
        <translation>Leadership training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỹ năng số, chuyển đổi số</source>
        <translation>Digital skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quốc phòng và an ninh</source>
        <translation>National defence and security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đào tạo đại học, sau đại học</source>
        <translation>University and postgraduate study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết hợp trực tiếp và trực tuyến</source>
        <translation>Blended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang nhận cử học viên</source>
        <translation>Open for nominations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang học</source>
        <translation>In training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã có quyết định cử</source>
        <translation>Decision issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút, không đi học</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hủy bỏ</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã được thay thế</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ tịch ký</source>
        <translation>Signed by the Chair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó Chủ tịch ký thay (KT. CHỦ TỊCH)</source>
        <translation>A Vice-chair signs for the Chair (KT. CHỦ TỊCH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay mặt tập thể (TM. ỦY BAN NHÂN DÂN)</source>
        <translation>On behalf of the Committee (TM. ỦY BAN NHÂN DÂN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề xuất lại</source>
        <translation>Propose again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bắt đầu học</source>
        <translation>Start training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành khóa học</source>
        <translation>Complete the course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã khóa học</source>
        <translation>Course code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên chương trình, khóa học</source>
        <translation>Course name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thời gian (ngày)</source>
        <translation>Length (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số tiết</source>
        <translation>Periods</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Vị trí việc làm, chức danh</source>
        <translation>Job positions, titles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú về đối tượng</source>
        <translation>Note on who it is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành được công nhận (loại)</source>
        <translation>Qualification awarded (kind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ được công nhận</source>
        <translation>Level awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ, giấy chứng nhận</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phải cam kết phục vụ, bồi hoàn</source>
        <translation>Service commitment required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinh phí dự kiến mỗi người (đồng)</source>
        <translation>Expected cost per person (VND)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã lớp</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên lớp</source>
        <translation>Class name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khu vực</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số học viên tối đa</source>
        <translation>Maximum learners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị tổ chức</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Hoàn thành xuất sắc nhiệm vụ</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành tốt nhiệm vụ</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành nhiệm vụ</source>
        <translation>Completed duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không hoàn thành nhiệm vụ</source>
        <translation>Duties not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất sắc</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chấm điểm (NĐ 335/2025)</source>
        <translation>Scored (Decree 335/2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại trực tiếp</source>
        <translation>Rated directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đạt</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đúng tiến độ</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có nguy cơ không đạt</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đạt (quá hạn)</source>
        <translation>Missed (past deadline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có số liệu</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lãnh đạo chủ chốt (Bí thư, Phó Bí thư Đảng ủy, Chủ tịch HĐND, UBND)</source>
        <translation>Key leaders (Party Secretary and Deputy, Chairs of the People&apos;s Council and Committee)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó Chủ tịch HĐND, UBND</source>
        <translation>Vice-chairs (Council, Committee)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng phòng, ban, đơn vị (và tương đương)</source>
        <translation>Heads of departments (and equivalent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó trưởng phòng, ban, đơn vị (và tương đương)</source>
        <translation>Deputy heads of departments (and equivalent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không giữ chức vụ lãnh đạo, quản lý</source>
        <translation>No leadership or management post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lãnh đạo chủ chốt</source>
        <translation>Key leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trưởng phòng, ban</source>
        <translation>Heads of department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phó phòng, ban</source>
        <translation>Deputy heads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không giữ chức vụ</source>
        <translation>No post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật dữ liệu</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hằng ngày</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nhập dữ liệu</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nhận gói đồng bộ</source>
        <translation>Before a sync file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp hỏng được giữ lại</source>
        <translation>Damaged file kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem trước</source>
        <translation>Previewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nhập trước đó</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần xác nhận khóa</source>
        <translation>Key to confirm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chờ tệp trước đó</source>
        <translation>Waiting for an earlier file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đổi trạng thái</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục bản ghi</source>
        <translation>Record restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng nhập</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạm khóa tài khoản</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng xuất</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ cán bộ</source>
        <translation>Staff record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bằng, chứng chỉ</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch sử trạng thái</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng, ban</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Vị trí việc làm</source>
        <translation>Job position</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Cài đặt</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Số thứ tự</source>
        <translation>Row number</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Họ (và tên đệm)</source>
        <translation>Family (and middle) name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Tên gọi khác</source>
        <translation>Other name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>Nam (ngày sinh hoặc dấu x)</source>
        <translation>Male (date of birth or an x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nữ (ngày sinh hoặc dấu x)</source>
        <translation>Female (date of birth or an x)</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số CCCD</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tôn giáo</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nơi sinh</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nơi ở hiện nay</source>
        <translation>Current address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ, chức danh</source>
        <translation>Position, title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng, ban, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngạch</source>
        <translation>Civil service grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày bắt đầu công tác</source>
        <translation>Start of service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo dục phổ thông</source>
        <translation>General education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đảng viên</source>
        <translation>Party member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày vào Đảng</source>
        <translation>Date joined the Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày chính thức</source>
        <translation>Date of full membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quy hoạch chức danh</source>
        <translation>Planned for post</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chứng chỉ có hiệu lực (tháng)</source>
        <translation>Certificate valid for (months)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp học</source>
        <translation>Class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cử đi học</source>
        <translation>Nomination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch sử cử đi học</source>
        <translation>Nomination history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định cử đi học</source>
        <translation>Nomination decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người trong quyết định</source>
        <translation>Person in a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại chất lượng</source>
        <translation>Quality rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách chốt của chỉ tiêu</source>
        <translation>Target&apos;s frozen list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp đồng bộ</source>
        <translation>Sync file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xung đột đồng bộ</source>
        <translation>Sync conflict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trao đổi với đơn vị khác</source>
        <translation>Exchange with another unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa của đơn vị khác</source>
        <translation>Another unit&apos;s key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa của đơn vị này</source>
        <translation>This unit&apos;s key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ đếm thay đổi</source>
        <translation>Change counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi học</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả học tập</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh giá sau bồi dưỡng</source>
        <translation>Reviews after training</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trình độ chuyên môn</source>
        <translation>Degree level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên ngành</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ (ghi chung)</source>
        <translation>Qualifications (all in one)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng trong tệp</source>
        <translation>Duplicate in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có lỗi</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng có phép</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng không phép</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách học viên</source>
        <translation>Class list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách ký tên theo buổi học</source>
        <translation>Sign-in sheet by session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lịch học</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp lịch (iCalendar)</source>
        <translation>Calendar file (iCalendar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buổi</source>
        <translation>Part of the day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ giờ</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến giờ</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung, chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giảng viên, báo cáo viên</source>
        <translation>Teacher, speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa về dự kiến</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở nhận cử học viên</source>
        <translation>Open for nominations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết thúc lớp</source>
        <translation>Finish the class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy lớp…</source>
        <translation>Cancel the class…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng lịch học</source>
        <translation>Overlapping classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vượt sĩ số</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiếu người làm việc</source>
        <translation>Office short of staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học vào ngày nghỉ lễ</source>
        <translation>Session on a public holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học vào cuối tuần</source>
        <translation>Session at the weekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiều</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tối</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có kết quả</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vắng, bỏ học</source>
        <translation>Absent, dropped out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút, không học</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiệu quả rõ rệt</source>
        <translation>Clearly effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có hiệu quả</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiệu quả hạn chế</source>
        <translation>Limited effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có hiệu quả</source>
        <translation>Not yet effective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến hạn đánh giá</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa đến thời điểm</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đánh giá</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KQ nhiệm vụ</source>
        <translation>Task results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham mưu</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trách nhiệm</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kỷ luật</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phối hợp</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khá</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung bình</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yếu</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả thực hiện nhiệm vụ</source>
        <translation>Task results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khối lượng, chất lượng, tiến độ công việc được giao sau khi học</source>
        <translation>Amount, quality and timeliness of the work assigned after the training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chất lượng tham mưu</source>
        <translation>Quality of advice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tham mưu, đề xuất, xử lý công việc chuyên môn</source>
        <translation>Advising, proposing, handling professional work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinh thần trách nhiệm</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ động, tận tụy, dám nghĩ, dám làm</source>
        <translation>Initiative, dedication, daring to think and act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ý thức kỷ luật, kỷ cương</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ</source>
        <translation>Keeping administrative discipline and public-service culture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phối hợp liên ngành</source>
        <translation>Inter-sector coordination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phối hợp với các ngành, lĩnh vực, cơ quan liên quan</source>
        <translation>Working with the sectors, fields and bodies concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sự hài lòng của người dân, doanh nghiệp</source>
        <translation>Citizens&apos; and businesses&apos; satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phản hồi của người dân, doanh nghiệp khi giải quyết công việc</source>
        <translation>Citizens&apos; and businesses&apos; feedback on the work handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Độ tuổi</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sơ cấp</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung cấp</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cao đẳng</source>
        <translation>College</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đại học</source>
        <translation>University</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thạc sĩ</source>
        <translation>Master&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiến sĩ</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cao cấp</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cử nhân</source>
        <translation>Bachelor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán sự</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên viên</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên viên chính</source>
        <translation>Principal specialist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên viên cao cấp</source>
        <translation>Senior specialist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ A</source>
        <translation>Certificate A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ứng dụng CNTT cơ bản</source>
        <translation>Basic IT skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ B</source>
        <translation>Certificate B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ứng dụng CNTT nâng cao</source>
        <translation>Advanced IT skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ C</source>
        <translation>Certificate C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung cấp CNTT</source>
        <translation>IT intermediate diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cao đẳng CNTT</source>
        <translation>IT college diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đại học CNTT</source>
        <translation>IT university degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 1 (A1)</source>
        <translation>Level 1 (A1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 2 (A2)</source>
        <translation>Level 2 (A2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 3 (B1)</source>
        <translation>Level 3 (B1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 4 (B2)</source>
        <translation>Level 4 (B2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 5 (C1)</source>
        <translation>Level 5 (C1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đại học ngoại ngữ</source>
        <translation>Foreign language degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bậc 6 (C2)</source>
        <translation>Level 6 (C2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chứng chỉ</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành thạo</source>
        <translation>Fluent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng 4</source>
        <translation>Group 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng 3</source>
        <translation>Group 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng 2</source>
        <translation>Group 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đối tượng 1</source>
        <translation>Group 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy chứng nhận</source>
        <translation>Certificate of attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay đổi trạng thái</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người trong danh sách chốt của chỉ tiêu</source>
        <translation>Person in a target&apos;s frozen list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Có văn bằng, chứng chỉ đạt trình độ</source>
        <translation>Holds a qualification of at least a level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại văn bằng</source>
        <translation>Kind of qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ trình độ</source>
        <translation>At least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại chất lượng đạt mức</source>
        <translation>Quality rating of at least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ mức</source>
        <translation>At least</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm xếp loại</source>
        <translation>Rating year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm gần nhất đã xếp loại</source>
        <translation>Latest year rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn phù hợp vị trí việc làm</source>
        <translation>Degree fits the job position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã hoàn thành khóa đào tạo, bồi dưỡng</source>
        <translation>Completed a training course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại khóa học</source>
        <translation>Course type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học cụ thể</source>
        <translation>A given course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoàn thành từ</source>
        <translation>Completed since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi loại khóa học</source>
        <translation>Any course type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: Đào tạo lại, bồi dưỡng chuyên môn chuyên ngành</source>
        <translation>Topic: retraining, specialised professional training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: Kiến thức, kỹ năng theo vị trí việc làm, quản trị dữ liệu, hồ sơ điện tử</source>
        <translation>Topic: job-position knowledge and skills, data management, electronic records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: Cập nhật pháp luật, đạo đức công vụ, văn hóa công sở, CNTT, chuyển đổi số</source>
        <translation>Topic: updates on law, public-service ethics, office culture, IT, digital transformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung: Đạo đức công vụ, văn hóa công sở, liêm chính</source>
        <translation>Topic: public-service ethics, office culture, integrity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bất kỳ khóa học nào thuộc loại trên</source>
        <translation>Any course of the type above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bất kỳ lúc nào</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Được đánh giá hiệu quả sau bồi dưỡng</source>
        <translation>Reviewed for effectiveness after training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khóa học kết thúc từ</source>
        <translation>Courses ended since</translation>
    </message>
</context>
</TS>
