# int: an invalid literal raised at module level ends the program with a traceback
values = ["1", "22", "three"]
total = 0
for v in values:
    total += int(v)
print(total)
