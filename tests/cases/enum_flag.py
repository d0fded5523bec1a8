from enum import Flag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw))
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm.R & Perm.X))
print(rw & Perm.R, rw ^ Perm.R, ~Perm.R, repr(~rw))
print(list(rw), len(rw))
print(Perm(6), Perm(0), repr(Perm(0)), Perm(7))
print(rw.value, rw.name, Perm(0).name)
print(list(Perm), len(Perm))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Color.WHITE, list(Color), Color.RED | Color.GREEN | Color.BLUE)
print(Color.WHITE is (Color.RED | Color.GREEN | Color.BLUE))
print([c.name for c in Color.WHITE])
print(str(Color.RED | Color.BLUE), Color(3))
print(isinstance(rw, Perm), type(rw).__name__)
print(Perm.R | Perm.R is Perm.R)
flags = Perm(0)
for p in (Perm.X, Perm.R):
    flags |= p
print(flags)
