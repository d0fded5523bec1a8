# syntax: invalid conversion character in an f-string
name = "Ada"
print(f"{name!x}")
