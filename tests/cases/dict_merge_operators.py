# dict: | and |= operators, comparison, unpacking merges, errors
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [("w", 0)]
print(a)
print({**b, **{"x": 0}}, {**{}, "k": 1}, dict(**b, q=1))
try:
    a | [("k", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    dict(**b, y=5)
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
print({1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {} == dict())
