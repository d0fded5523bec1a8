# bool: bool subclasses int — dict keys, set members, sorting and hashing mix with ints
print({True: "t", 1: "one"}, {False, 0, 0.0}, len({1, True, 1.0}))
print(sorted([True, 0, False, 2, -1]), max(True, 0.5), min(False, -0.0))
print(True.bit_length(), True.real, (5).__class__ is int, True.__class__, type(True + True))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(bool.__bases__, bool.__mro__)
