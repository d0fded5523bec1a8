# class: uncaught TypeError from sum() over objects lacking __radd__ (0 + obj)
class Points:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Points(self.n + other.n)

total = Points(0)
for p in [Points(1), Points(2)]:
    total = total + p
print(total.n)
print(sum([Points(1), Points(2)]).n)
