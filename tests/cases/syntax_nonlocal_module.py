# syntax: nonlocal declaration not allowed at module level
nonlocal counter
counter = 1
print(counter)
