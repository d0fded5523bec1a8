# exc: assorted TypeError messages for common mistakes
five, abc, pair, none = 5, "abc", [1, 2], None
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + 1, lambda: 1 - "a", lambda: "a" * "b", lambda: -"a",
    lambda: ~1.5, lambda: five[0], lambda: len(5), lambda: five(), lambda: abc(),
    lambda: pair["a"], lambda: {}[[]], lambda: 1 < "a", lambda: [] < (), lambda: abs([]), lambda: int([]),
    lambda: sum("ab"), lambda: "x".join([1]), lambda: list(1), lambda: 3 in 3, lambda: {1: 2} + {3: 4}, lambda: (1, 2) * 1.0,
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
