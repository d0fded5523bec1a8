from dataclasses import make_dataclass, field, fields, asdict, FrozenInstanceError

Point = make_dataclass("Point", ["x", "y"])
p = Point(1, 2)
print(p, Point.__name__, asdict(p))
print([(f.name, f.type) for f in fields(Point)])

P3 = make_dataclass("P3", [("x", int), ("y", int, field(default=0)), "z"] if False else [("x", int), ("y", int, field(default=0))], frozen=True)
q = P3(5)
print(q, hash(q) == hash(P3(5)))
try:
    q.x = 1
except FrozenInstanceError as e:
    print(type(e).__name__, e)

WithNs = make_dataclass("WithNs", [("a", int)], namespace={"double": lambda self: self.a * 2})
print(WithNs(4).double())

Ordered = make_dataclass("Ordered", [("k", int)], order=True)
print(sorted([Ordered(3), Ordered(1)]))

for bad in ([("x", int), ("x", int)], [1], [("a", int, 1, 2)], ["class"], ["1x"]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print(type(e).__name__, e)

Child = make_dataclass("Child", [("c", int, 0)] if False else [("c", int, field(default=0))], bases=(Point,))
print(Child(1, 2), Child(1, 2, 3))
