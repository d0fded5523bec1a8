# syntax: unparenthesized generator expression with another argument
values = [1, 2, 3]
total = sum(v * 2 for v in values, 10)
