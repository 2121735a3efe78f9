"""The Staff page: the list of people, filters, the person dialog."""
