# syntax: a name starting with a digit
3rd_place = "bronze"
