"""Results of the classes (the grid per class, certificates and their validity, closing a class) and
who completed what — the facts the targets, the effectiveness reviews and the reports count."""
