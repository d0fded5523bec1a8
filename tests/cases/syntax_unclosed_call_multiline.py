# syntax: unclosed call spanning several lines
result = dict(
    name="Ada",
    age=36,
print(result)
