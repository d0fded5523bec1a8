from string import Formatter

f = Formatter()
print(f.format("{0:{1}}", 3.14159, ".3"))
print(f.format("{:{}{}}", "x", ">", 5))
print(f.format("{val:{fill}{align}{width}}", val="ab", fill="*", align="^", width=8))
print(f.format("{0.__class__.__name__}", 1.5))
print(f.format("{data[a][0]}", data={"a": [10, 20]}))
print(f.format("{0[0]}{0[1]}", "xy"))
print(f.format("{0!r:^10}", "q"))
print(f.format("{:%}", 0.25))
print(f.format("{:b} {:o} {:x} {:X} {:#x}", 10, 10, 255, 255, 255))
print(f.format("{:e}", 12345.678))
print(f.format("{!r}", [1, "a"]))
print(f.format("{0}{{{0}}}", 7))
try:
    print(f.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4))
except ValueError as e:
    print(type(e).__name__, e)
class P:
    def __format__(self, spec):
        return "P(" + spec + ")"
print(f.format("{:xyz} {}", P(), P()))
