# match: guards are evaluated in order only for patterns that matched; captures bound before guard
calls = []
def check(label, result):
    calls.append(label)
    return result
def m(v):
    match v:
        case [x, y] if check(f"g1({x},{y})", x > y):
            return "first"
        case [x, y] if check(f"g2({x},{y})", x == y):
            return "second"
        case [x, *_] if check(f"g3({x})", True):
            return f"third (x={x})"
    return "no match"
for v in [[2, 1], [1, 1], [1, 2], [5], []]:
    calls.clear()
    print(v, m(v), calls)
