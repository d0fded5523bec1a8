# match: sequence patterns with star, nested sequences, lengths; strings don't match sequences
def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}, {len(rest)} more"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (2, 2), [1, 2], [1, 2, 3], range(6), "ab", {"a": 1}, (1, [2, 3]), 5]:
    print(repr(v), "->", m(v))
match (1, (2, 3)):
    case (a, (b, c)):
        print("nested", a, b, c)
match [1, 2, 3, 4]:
    case [1, *_, 4]:
        print("starts 1 ends 4")
