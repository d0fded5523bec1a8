# builtin: reversed() uses __reversed__ if defined, else __len__/__getitem__
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return f"item{i}"
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Seq())), list(reversed(Custom())), list(Seq()))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
