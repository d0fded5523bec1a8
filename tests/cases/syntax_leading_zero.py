# syntax: leading zero in a decimal integer literal
month = 08
