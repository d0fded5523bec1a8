# tuple: count/index with equal-but-different values, index range args, immutability messages
t = (1, 1.0, True, "1", (1,), [1])
print(t.count(1), t.count("1"), t.count((1,)), t.count([1]), t.index(True), t.index("1"), t.index([1], 2))
try:
    t.index(1, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    t[1:3] = (9,)
except TypeError as e:
    print("TypeError:", e)
