import io

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
u.write("hello ")
print("world", file=u)
print(repr(u.getvalue()))

class Counting(io.StringIO):
    def __init__(self, *a):
        super().__init__(*a)
        self.reads = 0
    def readline(self, *a):
        self.reads += 1
        return super().readline(*a)

c = Counting("a\nb\n")
print(repr(c.readline()), repr(c.readline()), c.reads)
print(isinstance(c, io.StringIO))
