"""Dialogs. Message boxes and file pickers are made by small factories and shown with open()/show()
plus a callback, never exec(): a nested event loop hangs tests and surprises users."""
