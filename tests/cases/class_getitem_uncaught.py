# class: uncaught KeyError raised from a user-defined __getitem__
class Catalog:
    def __init__(self):
        self._items = {"a1": "anvil", "b2": "bolt"}

    def __getitem__(self, code):
        if code not in self._items:
            raise KeyError(code)
        return self._items[code]

cat = Catalog()
print(cat["a1"])
print(cat["zz"])
