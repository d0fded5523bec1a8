def f(*a, **k): pass
class C:
    def m(self, *a): pass
cases = [
    ("f(*5)", lambda: f(*5)), ("f(1, *5)", lambda: f(1, *5)), ("f(*5, 1)", lambda: f(*5, 1)),
    ("[*5]", lambda: [*5]), ("(*5,)", lambda: (*5,)), ("f(**[1])", lambda: f(**[1])),
    ("f(1, **[1])", lambda: f(1, **[1])), ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(x=1, **{1:2})", lambda: f(x=1, **{1: 2})), ("print(*5)", lambda: print(*5)),
    ("C().m(*5)", lambda: C().m(*5)), ("C(*5)", lambda: C(*5)), ("int(*5)", lambda: int(*5)),
    ("[].append(*5)", lambda: [].append(*5)), ("{**[1]}", lambda: {**[1]}), ("f(*[], *5)", lambda: f(*[], *5)),
    ("len(**[1])", lambda: len(**[1])), ("f(**{'a':1}, **{'a':2})", lambda: f(**{'a': 1}, **{'a': 2})),
    ("print(**{'sep':1}, **{'sep':2})", lambda: print(**{'sep': 1}, **{'sep': 2})),
    ("f(*5, x=1)", lambda: f(*5, x=1)), ("sorted(*None)", lambda: sorted(*None)),
    ("f(*(i for i in range(2)))", lambda: f(*(i for i in range(2)))),
]
for text, fn in cases:
    try:
        fn()
        print(f"{text:30} ok")
    except TypeError as e:
        print(f"{text:30} {e}")
