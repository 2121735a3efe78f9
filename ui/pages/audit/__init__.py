"""The "Nhật ký thay đổi" page."""
