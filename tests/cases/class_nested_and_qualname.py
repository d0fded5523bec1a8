# class: nested classes, __qualname__, __name__, __module__, class defined inside function
class Outer:
    class Inner:
        class Deep:
            pass
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.method.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__, Outer.__module__, L().__class__.__qualname__)
print(Outer.Inner, Outer.Inner.Deep, type(Outer.Inner()))
def factory(n):
    class Made:
        value = n
    return Made
A, B = factory(1), factory(2)
print(A.value, B.value, A is B, A.__name__ == B.__name__)
