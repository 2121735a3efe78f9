"""Classes and schedules (issue 5): the database-free core.

- ``splitter``: propose classes for groups of learners (by job title) given a capacity or a number of
  classes, and move learners between the proposed classes by hand.
- ``sessions``: a session's time (a date with a morning/afternoon/evening block or explicit times).
- ``holidays``: Vietnamese public holidays (BLLĐ 2019 Điều 112, lunar dates for UTC+7), weekends and
  announced swaps, as a working-day calendar.
- ``conflicts``: conflicts over a schedule given as plain data (a person in two overlapping sessions,
  a class over capacity, a department below its coverage rule, a session on a day off).
- ``ical``: an iCalendar (RFC 5545) file of a class's sessions.

Everything here takes and returns plain dataclasses; the services that read classes from the database
build these values and call in.
"""
