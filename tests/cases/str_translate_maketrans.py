# str.maketrans (dict, 2-arg, 3-arg forms) and str.translate with int/str/None values and lookups
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdabcd".translate(t))
t2 = str.maketrans({"a": "AA", "b": None, ord("c"): 67, 100: "é"})
print(sorted(t2.items()), "abcde".translate(t2))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "héllo".translate({233: "e"}))
print("abc".translate({97: ""}), "abc".translate({97: 0x1F600}), "abc".translate([None, None, "x"] * 40))
class Table:
    def __getitem__(self, k):
        if k == ord("a"):
            return "4"
        raise LookupError(k)
print("banana".translate(Table()))
print(str.maketrans("", ""), "".maketrans("a", "b"), str.maketrans("ab", "cd") == {97: 99, 98: 100})
show(lambda: str.maketrans("abc", "xy"))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans([1]))
show(lambda: str.maketrans("a", 1))
show(lambda: str.maketrans())
show(lambda: str.maketrans("a", "b", "c", "d"))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "abc".translate(5))
class Boom:
    def __getitem__(self, k):
        raise ValueError("boom")
show(lambda: "abc".translate(Boom()))
