# syntax: a character after the line continuation backslash
total = 1 + \ 2
