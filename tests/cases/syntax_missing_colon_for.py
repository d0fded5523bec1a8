# syntax: missing colon after a for header
scores = [90, 85, 77]
total = 0
for s in scores
    total += s
print(total)
