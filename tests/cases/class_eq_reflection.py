# class: __eq__ returning NotImplemented falls back to the reflected __eq__, then identity
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return "B says equal"
a, b = A(), B()
print(a == b)
print(b == a)
print(a == a)
print(a != A())
class C:
    def __eq__(self, other):
        return True
print(C() == 1, 1 == C(), C() != 1, [C()] == [5], C() in [1, 2], [1, 2].index(C()))
