# builtin: bool() of many values including custom objects, and boolean contexts (if/while/not/and/or)
vals = [0, 1, -1, 0.0, 1e-300, "", "False", [], [[]], (), {}, {0: 0}, set(), frozenset(), range(0), b"", bytearray(), None, ...]
print([bool(v) for v in vals])
class Z:
    def __len__(self):
        return 0
class T:
    def __bool__(self):
        print("__bool__ called")
        return True
print(bool(Z()), not Z(), bool(T()))
print(T() and "and-result", Z() or "or-result", (not T()) or "x")
count = 0
while Z():
    count += 1
print(count)
