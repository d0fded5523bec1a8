# func: exact TypeError messages for bad calls
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(x, /, y):
    pass
def k(*, only):
    pass
def none():
    pass
class C:
    def m(self, x):
        pass
calls = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, b=2, c=3)", lambda: f(1, b=2, c=3)),
    ("f(1, a=2)", lambda: f(1, a=2)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g()", lambda: g()),
    ("h(x=1, y=2)", lambda: h(x=1, y=2)),
    ("k(1)", lambda: k(1)),
    ("none(1)", lambda: none(1)),
    ("C().m()", lambda: C().m()),
    ("C().m(1, 2)", lambda: C().m(1, 2)),
    ("C.m(1)", lambda: C.m(1)),
    ("f(**{'a': 1, 'b': 2, 'q': 3})", lambda: f(**{"a": 1, "b": 2, "q": 3})),
    ("f(*[1], **{'a': 2})", lambda: f(*[1], **{"a": 2})),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
]
for label, c in calls:
    try:
        c()
    except TypeError as e:
        print(f"{label:32} {e}")
