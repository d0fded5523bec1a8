from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), int(rw))
print(rw == 6, rw | 1, repr(rw | 1), rw + 1, type(rw + 1).__name__)
print(Perm.R in rw, Perm(7), repr(Perm(0)))
print(repr(Perm(8)), repr(Perm(12)))
print(list(rw), len(Perm))
print(isinstance(rw, int), rw & 4, repr(rw & 4))
print(~Perm.R, repr(~Perm.R))
print(Perm.R < Perm.W, sorted([Perm.R, Perm.X, Perm.W]))
print(f"{rw}", f"{rw:d}", "%d" % rw)
print(Perm.X.name, rw.name, Perm.R.value)
print(bool(Perm(0)), bool(rw))
