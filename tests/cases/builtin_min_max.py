# builtin: min/max with several args, iterables, key, default, and empty-sequence errors
print(max(3, 1, 2), min("b", "a", "c"), max([1, 5, 3]), min((4,)), max("hello"), min([[2], [1, 9]]))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -5, 3], key=abs), max([], default="empty"), min([], default=None))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max({"x": 1, "y": 0}), max(range(10), key=lambda n: n % 4))
print(max("a", "b", key=str.upper), max([(1, "b"), (1, "a")]))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1), lambda: min([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
