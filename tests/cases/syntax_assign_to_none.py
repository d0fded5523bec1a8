# syntax: assignment to None
value = 3
None = value
