# str comparisons (code point order), in/not in, *, + and their errors, id-independent equality
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

pairs = [("a", "b"), ("a", "a"), ("a", "ab"), ("B", "a"), ("é", "z"), ("😀", "\uffff"), ("", "a"), ("abc", "abd"), ("Z", "a")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
print("ab" in "cabd", "" in "", "" in "x", "ba" in "abab", "é" in "café", "x" not in "abc")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 5), "é" * 2, "a" * True)
print("a" + "b" + "c", "x" == "x" * 1, ("a" + "b") != None, sorted(["b", "A", "a", "é", "B"]))
print(max("hello"), min("hello"), "abc" == "abc"[:], hash("ab") == hash("a" + "b"))
show(lambda: "a" < 1)
show(lambda: "a" >= None)
show(lambda: 1 in "abc")
show(lambda: None in "abc")
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: "a" * "b")
show(lambda: "a" * 1.5)
show(lambda: "a" - "b")
show(lambda: -"a")
show(lambda: "a" * (2**70))
print("a" == 1, "1" == 1, "a" != None, ["a"] == ["a"])
