"""PDF output shared by the areas that print (decisions, lists, reports)."""
