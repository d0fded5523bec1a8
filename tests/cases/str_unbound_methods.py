# str methods used unbound: key functions, map/filter, str.join/str.format/str.__len__ as functions
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words, key=str.lower), sorted(words, key=str.casefold), sorted(words, key=len), max(words, key=str.upper))
print(list(map(str.strip, ["  a ", "b  ", " c"])), list(map(str.upper, "abc")), list(filter(str.isdigit, ["1", "x", "23"])))
print(list(map(str, [1, 2.5, None])), str.join("-", ["a", "b"]), str.format("{}+{}", 1, 2), str.__len__("héllo"), str.count("banana", "a"))
print(str.replace("aXa", "X", "-"), str.split("a b"), str.startswith("abc", ("x", "a")), str.lower("ÀB"), str.zfill("5", 3))
f = str.upper
g = "abc".upper
print(f("x"), g(), f.__name__, g.__name__, callable(f), repr("abc".find)[:29], str.find)
print(list(map(str.__add__, ["a", "b"], ["1", "2"])), list(map(str.__mul__, ["x", "y"], [2, 3])), list(map(str.__getitem__, ["abc"], [1])))
show(lambda: str.upper(1))
show(lambda: str.join(1, ["a"]))
show(lambda: str.lower())
show(lambda: str.split())
show(lambda: str.strip(None))
show(lambda: sorted([1, "a"], key=str.lower))
