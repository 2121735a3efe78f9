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
</context>
</TS>
