# with: as targets can be tuples, attributes and subscripts; __enter__ return value is bound
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
class Holder:
    pass
h = Holder()
store = {}
with Pair() as (a, b):
    print(a, b)
with Pair() as h.value:
    pass
with Pair() as store["k"]:
    pass
print(h.value, store)
class ReturnsNone:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with ReturnsNone() as thing:
    print(thing)
