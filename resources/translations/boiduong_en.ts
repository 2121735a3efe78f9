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
        <location filename="../../ui/pages/settings/users.py" line="+7"/>
        <source>Hủy</source>
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
</context>
</TS>
