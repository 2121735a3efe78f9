<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/dialogs/accounts.py" line="+52"/>
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
        <location filename="../../ui/pages/settings/users.py" line="+45"/>
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
        <location line="+154"/>
        <location filename="../../ui/dialogs/damaged.py" line="+45"/>
        <location filename="../../ui/dialogs/first_start.py" line="+72"/>
        <location filename="../../ui/main_window.py" line="+79"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-153"/>
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
        <source>Mã khôi phục</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tài khoản quản trị</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <location filename="../../ui/pages/settings/users.py" line="+0"/>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="-89"/>
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
        <location line="+90"/>
        <location filename="../../ui/dialogs/messages.py" line="+47"/>
        <location filename="../../ui/pages/settings/users.py" line="+7"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="+96"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="+102"/>
        <location filename="../../ui/tasks.py" line="+80"/>
        <source>Hủy</source>
        <extracomment>The work&apos;s progress callback: report(done, total, message) returns False once the user cancelled.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+3"/>
        <source>Tôi đã cất mã</source>
        <translation>I have put the code away</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+17"/>
        <location filename="../../ui/main_window.py" line="+57"/>
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
        <location filename="../../ui/gui.py" line="+156"/>
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
        <location filename="../../ui/pages/settings/backups.py" line="+150"/>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit/model.py" line="+35"/>
        <location filename="../../ui/pages/settings/backups.py" line="-113"/>
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
        <location line="+1"/>
        <source>Loại dữ liệu</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Mọi người</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi loại dữ liệu</source>
        <translation>All kinds of record</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../ui/pages/settings/backups.py" line="+0"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+17"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+58"/>
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
        <location filename="../../ui/pages/settings/users.py" line="-260"/>
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
        <location line="-76"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+19"/>
        <location filename="../../ui/pages/staff/person_dialog.py" line="-1"/>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="-1"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../../ui/widgets/notice_bar.py" line="+27"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="-38"/>
        <source>Khai báo đơn vị sử dụng</source>
        <translation>Declare the unit using this install</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+7"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tên đơn vị không được để trống.</source>
        <translation>The unit name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/messages.py" line="+22"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-62"/>
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
        <location line="+34"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Bồi dưỡng{name}</source>
        <translation>Bồi dưỡng{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../ui/pages/settings/page.py" line="+39"/>
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
        <location line="+24"/>
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
        <location line="+20"/>
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
        <location filename="../../ui/pages/staff/detail.py" line="+23"/>
        <source> (còn {months_left})</source>
        <translation> ({months_left} left)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/pages/staff/model.py" line="+49"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng, ban</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/staff/model.py" line="+28"/>
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
        <location filename="../../ui/pages/staff/page.py" line="+39"/>
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
        <location filename="../../ui/pages/staff/model.py" line="-17"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức vụ, chức danh</source>
        <translation>Position, title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phòng, ban, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đối tượng</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyên môn</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Còn công tác</source>
        <translation>Service left</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+2"/>
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
        <location line="+15"/>
        <source>Tìm theo tên, CCCD, chức vụ… (gõ không dấu cũng được)</source>
        <translation>Search by name, ID number, position… (accents optional)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+14"/>
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
        <location line="+9"/>
        <source>Đưa trở lại danh sách</source>
        <translation>Bring back onto the list</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Đang đọc danh sách…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mọi phòng, ban</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hiển thị {shown} / {total} người trong danh sách</source>
        <translation>Showing {shown} of {total} people on the list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một người để xem tóm tắt hồ sơ.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Select a person to see a summary of their record.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Đã lưu. Người vừa lưu không khớp bộ lọc hiện tại nên không hiện trong danh sách.</source>
        <translation>Saved. The person just saved does not match the current filters, so they are not shown in the list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã chuyển {full_name} sang “{status}”. Hồ sơ vẫn được giữ và có thể đưa trở lại.</source>
        <translation>{full_name} is now “{status}”. The record is kept and can be brought back.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã hoàn tác.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã đưa {full_name} trở lại danh sách.</source>
        <translation>{full_name} is back on the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/person_dialog.py" line="-18"/>
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
        <location line="+19"/>
        <source>Ứng dụng tính</source>
        <translation>Computed by the app</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+10"/>
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
        <location line="+2"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Văn bằng bị xóa ở đây vẫn được lưu vết trong cơ sở dữ liệu và đồng bộ lên tỉnh.</source>
        <translation>A qualification deleted here is still traced in the database and synced to the province.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source> — còn {service_left_text}</source>
        <translation> — {service_left_text} left</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Ngày nghỉ hưu:&lt;/b&gt; {retirement_text}{left}&lt;br&gt;&lt;b&gt;Chuyên môn so với vị trí việc làm:&lt;/b&gt; {match_text}</source>
        <translation>&lt;b&gt;Retirement date:&lt;/b&gt; {retirement_text}{left}&lt;br&gt;&lt;b&gt;Degree against the job position:&lt;/b&gt; {match_text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/staff/qualification_dialog.py" line="-53"/>
        <source>Sửa văn bằng, chứng chỉ</source>
        <translation>Edit a qualification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm văn bằng, chứng chỉ</source>
        <translation>Add a qualification</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location line="+1"/>
        <source>Ngày cấp</source>
        <translation>Date awarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/staff/qualification_model.py" line="+3"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức đào tạo</source>
        <translation>Mode of study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
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
        <location line="+1"/>
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
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Sáng</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Chiều</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>Tối</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Trùng lịch học</source>
        <translation>Overlapping classes</translation>
    </message>
    <message>
        <source>Vượt sĩ số</source>
        <translation>Over capacity</translation>
    </message>
    <message>
        <source>Thiếu người làm việc</source>
        <translation>Office short of staff</translation>
    </message>
    <message>
        <source>Học vào ngày nghỉ lễ</source>
        <translation>Session on a public holiday</translation>
    </message>
    <message>
        <source>Học vào cuối tuần</source>
        <translation>Session at the weekend</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Đang nhận cử học viên</source>
        <translation>Open for nominations</translation>
    </message>
    <message>
        <source>Đang học</source>
        <translation>Studying</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Mở nhận cử học viên</source>
        <translation>Open for nominations</translation>
    </message>
    <message>
        <source>Bắt đầu học</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kết thúc lớp</source>
        <translation>Finish the class</translation>
    </message>
    <message>
        <source>Đưa về dự kiến</source>
        <translation>Back to planned</translation>
    </message>
    <message>
        <source>Hủy lớp…</source>
        <translation>Cancel the class…</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có phép</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không phép</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Danh sách học viên</source>
        <translation>Class list</translation>
    </message>
    <message>
        <source>Danh sách ký tên theo buổi học</source>
        <translation>Sign-in sheet by session</translation>
    </message>
    <message>
        <source>Lịch học</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Tệp lịch (iCalendar)</source>
        <translation>Calendar file (iCalendar)</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Buổi</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Nội dung, chuyên đề</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Giảng viên, báo cáo viên</source>
        <translation>Teacher, speaker</translation>
    </message>
    <message>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đã có quyết định cử</source>
        <translation>Approved by decision</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Không hoàn thành</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>Rút, không đi học</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Dưới mức tối thiểu để được ghi nhận hoàn thành</source>
        <translation>Below the minimum for the course to be marked completed</translation>
    </message>
    <message>
        <source>chưa điểm danh</source>
        <translation>no attendance taken</translation>
    </message>
    <message>
        <source>Dự học</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Tháng (tuần) trước</source>
        <translation>Previous month (week)</translation>
    </message>
    <message>
        <source>Tháng (tuần) sau</source>
        <translation>Next month (week)</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01c28&apos;&gt;■&lt;/span&gt; xung đột &amp;nbsp; &lt;span style=&apos;background:#fdecea&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; ngày lễ &amp;nbsp; &lt;span style=&apos;background:#f3f3f3&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; cuối tuần</source>
        <translation>&lt;span style=&apos;color:#c01c28&apos;&gt;■&lt;/span&gt; conflict &amp;nbsp; &lt;span style=&apos;background:#fdecea&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; holiday &amp;nbsp; &lt;span style=&apos;background:#f3f3f3&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt; weekend</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Chọn một ngày để xem các buổi học và xung đột.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Pick a day to see its sessions and conflicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Học viên: {0}</source>
        <translation>Learners: {0}</translation>
    </message>
    <message>
        <source>Ngày nghỉ cuối tuần</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Không có buổi học.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;No sessions.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4 style=&apos;color:#c01c28&apos;&gt;Xung đột&lt;/h4&gt;</source>
        <translation>&lt;h4 style=&apos;color:#c01c28&apos;&gt;Conflicts&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{0} buổi học của {1} lớp trong khoảng này; {2} xung đột.&lt;/p&gt;</source>
        <translation>&lt;p&gt;{0} sessions of {1} classes in this period; {2} conflicts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Giảng viên: {0}</source>
        <translation>Teacher: {0}</translation>
    </message>
    <message>
        <source>Địa điểm: {0}</source>
        <translation>Venue: {0}</translation>
    </message>
    <message>
        <source>+ {0} buổi nữa</source>
        <translation>+ {0} more sessions</translation>
    </message>
    <message>
        <source>Tháng {0}/{1}</source>
        <translation>Month {0}/{1}</translation>
    </message>
    <message>
        <source>Tuần {0} – {1}</source>
        <translation>Week {0} – {1}</translation>
    </message>
    <message>
        <source>{0} HV · {1}</source>
        <translation>{0} learners · {1}</translation>
    </message>
    <message>
        <source>{0}/{1} học viên</source>
        <translation>{0}/{1} learners</translation>
    </message>
    <message>
        <source>{0} học viên</source>
        <translation>{0} learners</translation>
    </message>
    <message>
        <source>Lớp</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Khóa học</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Khu vực, đợt</source>
        <translation>Region, batch</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Sĩ số</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Giảng viên</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Địa điểm, phòng</source>
        <translation>Venue, room</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thêm lớp…</source>
        <translation>Add class…</translation>
    </message>
    <message>
        <source>Xem, sửa lớp…</source>
        <translation>View, edit class…</translation>
    </message>
    <message>
        <source>Trạng thái lớp</source>
        <translation>Class status</translation>
    </message>
    <message>
        <source>Chia học viên vào lớp…</source>
        <translation>Split learners into classes…</translation>
    </message>
    <message>
        <source>Chia người được cử của khóa học (hoặc số lượng theo chức danh) thành các lớp, rồi tạo các lớp</source>
        <translation>Split the course&apos;s nominees (or counts by job title) into classes, then create the classes</translation>
    </message>
    <message>
        <source>In, xuất tệp</source>
        <translation>Print, export</translation>
    </message>
    <message>
        <source>Tệp lịch cho điện thoại, Outlook (.ics)…</source>
        <translation>Calendar file for phones, Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Lập lịch học…</source>
        <translation>Make schedule…</translation>
    </message>
    <message>
        <source>Thêm buổi…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Sửa buổi…</source>
        <translation>Edit session…</translation>
    </message>
    <message>
        <source>Xóa buổi</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>Chuyển sang lớp khác…</source>
        <translation>Move to another class…</translation>
    </message>
    <message>
        <source>Ghi nhận hoàn thành</source>
        <translation>Mark completed</translation>
    </message>
    <message>
        <source>Các học viên đã chọn (đang học) hoàn thành khóa học</source>
        <translation>The selected learners (studying) have completed the course</translation>
    </message>
    <message>
        <source>Lưu điểm danh</source>
        <translation>Save attendance</translation>
    </message>
    <message>
        <source>Hoàn tác thay đổi</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Cả buổi có mặt</source>
        <translation>Whole session present</translation>
    </message>
    <message>
        <source>Những người chưa điểm danh ở buổi đang chọn được ghi có mặt</source>
        <translation>Everyone not yet marked at the selected session is marked present</translation>
    </message>
    <message>
        <source>Buổi học</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Điểm danh</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Xóa buổi học</source>
        <translation>Delete sessions</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp lịch (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#777&apos;&gt;Chọn một lớp.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#777&apos;&gt;Pick a class.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Thêm lớp</source>
        <translation>Add class</translation>
    </message>
    <message>
        <source>Hãy chọn khóa học ở ô “Khóa học” phía trên trước.</source>
        <translation>Choose the course in the “Course” box above first.</translation>
    </message>
    <message>
        <source>Lý do hủy lớp (ghi vào ghi chú của lớp; các lượt cử vẫn được giữ để xếp lớp khác):</source>
        <translation>Why is the class cancelled (kept in the class&apos;s note; the nominations stay, to be put in another class):</translation>
    </message>
    <message>
        <source>Hủy lớp</source>
        <translation>Cancel class</translation>
    </message>
    <message>
        <source>Xóa {0} buổi học ({1})?</source>
        <translation>Delete {0} sessions ({1})?</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>{0} lớp</source>
        <translation>{0} classes</translation>
    </message>
    <message>
        <source>Không đổi được trạng thái lớp</source>
        <translation>Could not change the class&apos;s status</translation>
    </message>
    <message>
        <source>Lớp chuyển sang “{0}”.</source>
        <translation>The class is now “{0}”.</translation>
    </message>
    <message>
        <source>Đã tạo {0} lớp.</source>
        <translation>Created {0} classes.</translation>
    </message>
    <message>
        <source>Đã lưu buổi học.</source>
        <translation>Session saved.</translation>
    </message>
    <message>
        <source>Không chuyển được</source>
        <translation>Could not move</translation>
    </message>
    <message>
        <source>Đã chuyển {0} học viên sang lớp khác.</source>
        <translation>Moved {0} learners to another class.</translation>
    </message>
    <message>
        <source>Chưa ghi nhận hoàn thành</source>
        <translation>Not marked completed</translation>
    </message>
    <message>
        <source>Không chuyển được trạng thái</source>
        <translation>Could not change the status</translation>
    </message>
    <message>
        <source>Chưa lưu được điểm danh</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <source>Đã lưu điểm danh ({0} ô).</source>
        <translation>Attendance saved ({0} cells).</translation>
    </message>
    <message>
        <source>Đang xuất {0}…</source>
        <translation>Exporting {0}…</translation>
    </message>
    <message>
        <source>Xung đột ({0})</source>
        <translation>Conflicts ({0})</translation>
    </message>
    <message>
        <source>{0} · {1} buổi · sĩ số &lt;span style=&apos;color:{2}&apos;&gt;{3}&lt;/span&gt; · {4}</source>
        <translation>{0} · {1} sessions · learners &lt;span style=&apos;color:{2}&apos;&gt;{3}&lt;/span&gt; · {4}</translation>
    </message>
    <message>
        <source>Điểm danh do đơn vị tổ chức lớp ({0}) thực hiện; ở đây chỉ xem.</source>
        <translation>Attendance is taken by the unit running the class ({0}); read only here.</translation>
    </message>
    <message>
        <source>Lớp do đơn vị {0} quản lý.</source>
        <translation>The class is managed by unit {0}.</translation>
    </message>
    <message>
        <source>Hủy lớp {0}</source>
        <translation>Cancel class {0}</translation>
    </message>
    <message>
        <source>Không hoàn tác được</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <source>Đã điểm danh {0} lượt ở các buổi này; phần điểm danh đó cũng bị xóa.</source>
        <translation>{0} attendance marks were taken at these sessions; they are deleted too.</translation>
    </message>
    <message>
        <source>Không xóa được</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <source>Đã xóa {0} buổi học.</source>
        <translation>Deleted {0} sessions.</translation>
    </message>
    <message>
        <source>Đã ghi nhận {0} học viên hoàn thành khóa học.</source>
        <translation>Marked {0} learners as having completed the course.</translation>
    </message>
    <message>
        <source>Đã lưu {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>chưa có ngày</source>
        <translation>no dates yet</translation>
    </message>
    <message>
        <source>Gõ x (có mặt), p (vắng có phép), k (vắng không phép); Phím cách đổi lần lượt; Delete xóa; Ctrl+S lưu. Tối thiểu {0} số buổi để được ghi nhận hoàn thành.</source>
        <translation>Type x (present), p (excused), k (absent); Space cycles; Delete clears; Ctrl+S saves. At least {0} of the sessions to be marked completed.</translation>
    </message>
    <message>
        <source>Đã thêm {0} buổi học.</source>
        <translation>Added {0} sessions.</translation>
    </message>
    <message>
        <source>Lý do hủy: {0}</source>
        <translation>Cancelled because: {0}</translation>
    </message>
    <message>
        <source>Giờ khác</source>
        <translation>Other hours</translation>
    </message>
    <message>
        <source>Giờ học</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>until</translation>
    </message>
    <message>
        <source>số ngày học</source>
        <translation>study days</translation>
    </message>
    <message>
        <source>Bỏ qua ngày nghỉ lễ, Tết, nghỉ bù</source>
        <translation>Skip public holidays, Tết and days in lieu</translation>
    </message>
    <message>
        <source>Thay toàn bộ lịch hiện có của lớp</source>
        <translation>Replace the class&apos;s whole current schedule</translation>
    </message>
    <message>
        <source>Các buổi trong ngày</source>
        <translation>Sessions of the day</translation>
    </message>
    <message>
        <source>Học vào các thứ</source>
        <translation>Study on</translation>
    </message>
    <message>
        <source>Phòng học</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Thêm vào lịch</source>
        <translation>Add to schedule</translation>
    </message>
    <message>
        <source>Chưa dự đủ số buổi học</source>
        <translation>Not enough sessions attended</translation>
    </message>
    <message>
        <source>Ví dụ: Đã học bù các buổi vắng theo xác nhận của cơ sở đào tạo</source>
        <translation>For example: made up the missed sessions, as the school confirms</translation>
    </message>
    <message>
        <source>Vẫn ghi nhận hoàn thành</source>
        <translation>Mark completed anyway</translation>
    </message>
    <message>
        <source>Chuyển sang lớp khác</source>
        <translation>Move to another class</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Thêm buổi học</source>
        <translation>Add session</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>&lt;b&gt;Xem trước&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lý do vẫn ghi nhận hoàn thành (lưu vào lịch sử):</source>
        <translation>Why mark completed anyway (kept in the history):</translation>
    </message>
    <message>
        <source>Lập lịch học — lớp {0}</source>
        <translation>Make schedule — class {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0} buổi học trong {1} ngày&lt;/b&gt;{2}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} sessions on {1} days&lt;/b&gt;{2}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quy định của đơn vị: phải dự ít nhất {0} số buổi học để được ghi nhận hoàn thành. Những người dưới đây chưa đủ:</source>
        <translation>The unit&apos;s rule: at least {0} of the sessions must be attended to be marked completed. These people have not:</translation>
    </message>
    <message>
        <source>Chuyển {0} sang lớp:</source>
        <translation>Move {0} to class:</translation>
    </message>
    <message>
        <source>Khóa học chưa có lớp nào khác đang nhận học viên.</source>
        <translation>The course has no other class taking learners.</translation>
    </message>
    <message>
        <source>Buổi học {0}</source>
        <translation>Session {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;… và {0} ngày nữa&lt;/p&gt;</source>
        <translation>&lt;p&gt;… and {0} more days&lt;/p&gt;</translation>
    </message>
    <message>
        <source> và {0} người khác</source>
        <translation> and {0} others</translation>
    </message>
    <message>
        <source>: từ {0} đến {1}</source>
        <translation>: from {0} to {1}</translation>
    </message>
    <message>
        <source>Bỏ qua ngày nghỉ:</source>
        <translation>Days off skipped:</translation>
    </message>
    <message>
        <source>Có buổi học vào cuối tuần: {0}</source>
        <translation>Sessions at the weekend: {0}</translation>
    </message>
    <message>
        <source>dự</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>Lớp học, lịch học</source>
        <translation>Classes, schedules</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>In lịch…</source>
        <translation>Print schedule…</translation>
    </message>
    <message>
        <source>Lịch học của khoảng đang xem (tháng hoặc tuần), theo bộ lọc, ra PDF hoặc Excel</source>
        <translation>The schedule of the period shown (month or week), with the filters, as PDF or Excel</translation>
    </message>
    <message>
        <source>Mọi loại xung đột</source>
        <translation>All kinds of conflict</translation>
    </message>
    <message>
        <source>Chỉ từ hôm nay trở đi</source>
        <translation>From today on only</translation>
    </message>
    <message>
        <source>Nhấn đúp một xung đột để xem ngày đó trên lịch.</source>
        <translation>Double-click a conflict to see its day on the calendar.</translation>
    </message>
    <message>
        <source>Lịch</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Lớp học</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Mọi khóa học</source>
        <translation>All courses</translation>
    </message>
    <message>
        <source>In lịch học</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf);;Tệp Excel (*.xlsx)</source>
        <translation>PDF files (*.pdf);;Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đang in lịch học…</source>
        <translation>Printing the schedule…</translation>
    </message>
    <message>
        <source>Khóa học:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <source>Phòng, ban:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Người:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>{0} xung đột</source>
        <translation>{0} conflicts</translation>
    </message>
    <message>
        <source>Khóa: {0}</source>
        <translation>Course: {0}</translation>
    </message>
    <message>
        <source>Lịch học của {0}</source>
        <translation>Schedule of {0}</translation>
    </message>
    <message>
        <source>Hãy nhập ít nhất một nhóm học viên (ví dụ “Tư pháp - Hộ tịch = 97”).</source>
        <translation>Enter at least one group of learners (for example “Tư pháp - Hộ tịch = 97”).</translation>
    </message>
    <message>
        <source>Nhóm học viên</source>
        <translation>Group of learners</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Số học viên</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Nhập số học viên theo chức danh</source>
        <translation>Type the number of learners by job title</translation>
    </message>
    <message>
        <source>Tư pháp - Hộ tịch = 97
Tài chính - Kế toán = 95
…</source>
        <translation>Tư pháp - Hộ tịch = 97
Tài chính - Kế toán = 95
…</translation>
    </message>
    <message>
        <source>1. Học viên</source>
        <translation>1. Learners</translation>
    </message>
    <message>
        <source>Sĩ số tối đa mỗi lớp</source>
        <translation>At most per class</translation>
    </message>
    <message>
        <source>Số lớp</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <source>Chia đều sĩ số (kể cả khi phải tách một nhóm vừa một lớp)</source>
        <translation>Even sizes (even if a group that fits one class is split)</translation>
    </message>
    <message>
        <source>Đề xuất chia lớp</source>
        <translation>Propose classes</translation>
    </message>
    <message>
        <source>2. Cách chia</source>
        <translation>2. How to split</translation>
    </message>
    <message>
        <source>Thêm lớp trống</source>
        <translation>Add an empty class</translation>
    </message>
    <message>
        <source>Bỏ lớp trống</source>
        <translation>Remove an empty class</translation>
    </message>
    <message>
        <source>3. Đề xuất — chọn một lớp để xem, chuyển học viên giữa các lớp</source>
        <translation>3. Proposal — pick a class to see it, move learners between classes</translation>
    </message>
    <message>
        <source>Khu vực 1</source>
        <translation>Region 1</translation>
    </message>
    <message>
        <source>Đợt 1</source>
        <translation>Batch 1</translation>
    </message>
    <message>
        <source>Các lớp học nối tiếp nhau (cùng một hội trường)</source>
        <translation>Classes one after another (the same hall)</translation>
    </message>
    <message>
        <source>Lập luôn các buổi học (sáng, chiều; bỏ qua ngày nghỉ)</source>
        <translation>Make their sessions too (morning, afternoon; days off skipped)</translation>
    </message>
    <message>
        <source>4. Tạo các lớp</source>
        <translation>4. Create the classes</translation>
    </message>
    <message>
        <source>Mã lớp (tiền tố)</source>
        <translation>Class code (prefix)</translation>
    </message>
    <message>
        <source>Bắt đầu từ</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <source>Tạo các lớp</source>
        <translation>Create the classes</translation>
    </message>
    <message>
        <source>Chuyển người đã chọn sang</source>
        <translation>Move the selected people to</translation>
    </message>
    <message>
        <source>số đầu tiên</source>
        <translation>first number</translation>
    </message>
    <message>
        <source>mỗi lớp</source>
        <translation>each class</translation>
    </message>
    <message>
        <source>ngày học</source>
        <translation>study days</translation>
    </message>
    <message>
        <source>Chọn cách chia rồi bấm “Đề xuất chia lớp”.</source>
        <translation>Choose how to split, then press “Propose classes”.</translation>
    </message>
    <message>
        <source>Đã tạo các lớp</source>
        <translation>Classes created</translation>
    </message>
    <message>
        <source>Chia học viên vào lớp — {0}</source>
        <translation>Split learners into classes — {0}</translation>
    </message>
    <message>
        <source>Các lượt cử chưa xếp lớp của khóa học ({0} người), nhóm theo chức danh</source>
        <translation>The course&apos;s nominations without a class ({0} people), grouped by job title</translation>
    </message>
    <message>
        <source>{0} lớp, {1} học viên</source>
        <translation>{0} classes, {1} learners</translation>
    </message>
    <message>
        <source>• Hãy chọn người cần chuyển trong danh sách lớp.</source>
        <translation>• Pick the people to move in the class&apos;s list.</translation>
    </message>
    <message>
        <source>• Hãy chọn nhóm học viên cần chuyển.</source>
        <translation>• Pick the group of learners to move.</translation>
    </message>
    <message>
        <source>Chưa tạo được các lớp</source>
        <translation>The classes were not created</translation>
    </message>
    <message>
        <source>Dòng {0}: “{1}” không đúng dạng “Chức danh = số học viên”.</source>
        <translation>Line {0}: “{1}” is not “Job title = number of learners”.</translation>
    </message>
    <message>
        <source>Lớp {0}</source>
        <translation>Class {0}</translation>
    </message>
    <message>
        <source>Khóa học do {0} quản lý: chỉ đơn vị đó mở lớp. Đề xuất chia lớp vẫn dùng được để báo cáo.</source>
        <translation>The course is managed by {0}: only that unit opens its classes. The proposal can still be used for reporting.</translation>
    </message>
    <message>
        <source>Lớp {0} ({1} học viên)</source>
        <translation>Class {0} ({1} learners)</translation>
    </message>
    <message>
        <source>; cần ít nhất {0} lớp với sĩ số tối đa {1}</source>
        <translation>; at least {0} classes are needed with at most {1} per class</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lớp {0}&lt;/b&gt;: {1} học viên</source>
        <translation>&lt;b&gt;Class {0}&lt;/b&gt;: {1} learners</translation>
    </message>
    <message>
        <source>Tạo {0} lớp</source>
        <translation>Create {0} classes</translation>
    </message>
    <message>
        <source>Dòng {0}</source>
        <translation>Line {0}</translation>
    </message>
    <message>
        <source>Vượt sĩ số: {0}</source>
        <translation>Over capacity: {0}</translation>
    </message>
    <message>
        <source>lớp {0}</source>
        <translation>class {0}</translation>
    </message>
    <message>
        <source>Lớp học, điểm danh</source>
        <translation>Classes, attendance</translation>
    </message>
    <message>
        <source>Học viên dự ít hơn tỷ lệ này số buổi đã điểm danh của lớp thì chưa được ghi nhận hoàn thành (vắng có phép cũng tính là vắng); muốn vẫn ghi nhận phải nêu lý do. 0 %: không áp dụng.</source>
        <translation>A learner who attended less than this share of the class&apos;s sessions (where attendance was taken) is not marked completed (excused absences count as absences); marking them completed anyway needs a reason. 0 %: no rule.</translation>
    </message>
    <message>
        <source>Tối thiểu số buổi phải dự:</source>
        <translation>Minimum share of sessions attended:</translation>
    </message>
</context>
</TS>
