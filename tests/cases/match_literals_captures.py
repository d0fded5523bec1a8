# match: literal, capture, wildcard, OR and value patterns with dotted names, guards
class Color:
    RED = "red"
    GREEN = "green"
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case Color.RED:
            return "the color red"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | int():
            return "other number"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case _:
            return "something else"
for v in [0, 2, "hello", True, None, "red", -5, 3.5, 100, "abcdef", "ab", [1], 1.0, False]:
    print(repr(v), "->", describe(v))
