# str.join: lists, tuples, generators, dicts, sets of one, errors naming the bad item index
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print("-".join(["a", "b", "c"]), "".join(("x", "y")), ", ".join(str(i) for i in range(4)), "+".join({"k": 1, "j": 2}))
print("é".join("abc"), repr("x".join([])), repr("x".join([""])), repr("x".join(["", ""])), "|".join(iter(["p", "q"])))
class S(str):
    pass
print(",".join([S("sub"), "plain"]), type(",".join([S("only")])).__name__)
show(lambda: ", ".join(["a", 1, "c"]))
show(lambda: ", ".join([1]))
show(lambda: "".join(["a", None]))
show(lambda: "".join(["a", b"b"]))
show(lambda: "".join(5))
show(lambda: "".join(None))
show(lambda: "".join())
show(lambda: "".join("a", "b"))
show(lambda: "".join(x for x in ["a", 2.5]))
def gen():
    yield "a"
    raise KeyError("inside")
show(lambda: "".join(gen()))
class BadIter:
    def __iter__(self):
        raise TypeError("custom iter error")
show(lambda: "".join(BadIter()))
show(lambda: "".join([["a"]]))
