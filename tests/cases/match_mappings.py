# match: mapping patterns with extra keys ignored, **rest, nested values, key literals
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extras={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or no type"
for e in [{"type": "click", "pos": (1, 2), "x": 0}, {"type": "key", "key": "a", "mod": "shift", "t": 1},
          {"type": "key", "key": 5}, {"type": "scroll"}, {}, {"other": 1}, [("type", "click")]]:
    print(e, "->", handle(e))
match {1: "one", 2: "two"}:
    case {1: v, **others}:
        print(v, others)
