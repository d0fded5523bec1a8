# syntax: assignment to a string literal
"total" = 5
