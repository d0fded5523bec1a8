# builtin: zip (shortest, strict errors), map with several iterables, filter with None and functions
print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, [3, 1, 2])), list(filter(str.isdigit, "a1b2")))
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "a")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError:", e)
print(type(zip()).__name__, type(map(int, [])).__name__, type(filter(None, [])).__name__)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
