"""Classes and schedules over the database (issue 5): the sessions of a class, its roll and attendance,
the calendar and its conflicts, splitting learners into classes, the class's status flow, printed lists
and sign-in sheets, and the iCalendar file.

- ``sessions``: a class's sessions (store, edit, generate from dates and blocks); the class's dates
  follow its sessions.
- ``attendance``: the roll, the attendance sheet (people × sessions), the share of sessions attended
  and the rule that completion needs a minimum share (Settings), with an explicit override.
- ``schedule``: the schedule read from the database for the calendar (filters by course, department,
  person) and for ``app.scheduling.conflicts`` (conflicts named with the database's people and classes).
- ``planner``: learners of a course grouped by job title → ``app.scheduling.splitter`` → classes
  created and nominations assigned; moving people between classes.
- ``status``: planned → open for nominations → running → finished, or cancelled.
- ``exports``, ``pdf``, ``xlsx``: class list, sign-in sheet, schedule (PDF and Excel); ``.ics`` files.
- ``service``: the facade the GUI uses (one transaction per user action).

Ownership: sessions and attendance belong to the owner of their class (the province for its classes, a
commune for the classes of its local courses): only that unit changes them.
"""
