# syntax: cannot assign to literal
1 = x
