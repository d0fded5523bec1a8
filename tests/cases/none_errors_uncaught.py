# None: calling a method on None ends in AttributeError traceback
def find(items, key):
    for k, v in items:
        if k == key:
            return v

data = [("a", "x"), ("b", "y")]
print(find(data, "a").upper())
print(find(data, "c").upper())
