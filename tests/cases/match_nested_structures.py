# match: nested mapping/sequence/class patterns over parsed JSON-like data
class User:
    __match_args__ = ("name", "roles")
    def __init__(self, name, roles):
        self.name = name
        self.roles = roles
def route(msg):
    match msg:
        case {"op": "add", "args": [int(a), int(b)]}:
            return a + b
        case {"op": "concat", "args": [str() as a, *rest]} if all(isinstance(r, str) for r in rest):
            return a + "".join(rest)
        case {"op": "user", "user": User(name, ["admin", *_])}:
            return f"{name} is admin"
        case {"op": "user", "user": User(name=n)}:
            return f"{n} is a user"
        case {"op": op}:
            return f"unsupported op {op!r}"
        case [("x" | "y") as axis, (int() | float()) as amount]:
            return f"move {axis} by {amount}"
        case _:
            return "invalid message"
msgs = [{"op": "add", "args": [2, 3]}, {"op": "add", "args": [2, "3"]}, {"op": "concat", "args": ["a", "b", "c"]},
        {"op": "user", "user": User("root", ["admin", "dev"])}, {"op": "user", "user": User("bob", ["dev"])},
        ["x", 2.5], ["z", 1], "nope", {"op": "concat", "args": ["a", 1]}]
for m in msgs:
    print(route(m))
