# dict: keys that compare equal collide (1, 1.0, True), the first key object is kept, the last value wins
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t"}
e[1] = "one"
print(e)
f = {0: "zero", False: "false", 0.0: "float", -0.0: "neg"}
print(f)
g = {"a": 1}
g["a"] = 2
print(g, {(1, 2): 1, (1.0, 2.0): 2}, {frozenset([1]): "fs", frozenset([1.0]): "fs2"})
