# builtin: uncaught "unsupported operand type(s) for +: 'int' and 'str'" in a running sum
values = [1, 2, "3", 4]
total = 0
for v in values:
    total = total + v
print(total)
