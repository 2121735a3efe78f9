"""The "Lớp học, lịch học" page: calendar, classes, sessions, roll, attendance, conflicts, planner."""
