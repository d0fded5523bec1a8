# syntax: invalid syntax with "Perhaps you forgot a comma?" hint
points = [1 2 3]
