# syntax: deleting a function call
class A:
    def method(self):
        return 1
obj = A()
del obj.method()
