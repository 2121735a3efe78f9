"""Excel in and out: reading the clerk's own staff lists (any of the layouts offices really use) and
writing the official staff list. Reading is hostile-file safe (see ``workbook``); the import is one
service under the GUI wizard and the CLI (``staff_import``); the export is ``staff_export``."""
