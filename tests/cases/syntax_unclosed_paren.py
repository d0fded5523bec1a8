# syntax: unclosed parenthesis in a call
print("start")
total = sum([1, 2, 3]
print(total)
