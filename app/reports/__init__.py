"""Reports: the annual training report (Excel for consolidation, PDF in the Decree 30 report form) and
the lists a clerk needs — training needs to register for next year, people not trained for years,
certificates expiring."""
