# scope: class body scope is not visible inside methods or comprehensions in the class body
x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    names = [x for _ in range(1)]
print(C.y, C().method(), C.names)
def f():
    a = 1
    class Inner:
        b = a + 1
    return Inner.b
print(f())
