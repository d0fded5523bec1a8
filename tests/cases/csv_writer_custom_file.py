import csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

s = Sink()
w = csv.writer(s)
print(w.writerow(["a", "b"]))
w.writerows([["1", "2"]])
print(s.parts)
lines = []
class L(list):
    def write(self, x):
        self.append(x)
l = L()
csv.writer(l, lineterminator="\n").writerow([1, 2])
print(l)
class NoWrite:
    pass
try:
    csv.writer(NoWrite())
except TypeError as e:
    print(type(e).__name__, e)
