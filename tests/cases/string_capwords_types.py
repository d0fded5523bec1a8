import string

words = ["alpha", "BETA", "gAMMA"]
print(string.capwords(" ".join(words)))
print(string.capwords("hello-world foo_bar"))
print(string.capwords("élan vital"))
print(string.capwords("x"))
print(repr(string.capwords("   ")))
print(repr(string.capwords("   ", " ")))
print(repr(string.capwords("a\u00a0b")))
print(repr(string.capwords("tab\there", "\t")))
print(repr(string.capwords("1st 2nd 3rd")))
for bad in [b"bytes here", ["a", "b"], 3.5]:
    try:
        print(string.capwords(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(string.capwords("a b", sep=1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(string.capwords(s="a b"))
except Exception as e:
    print(type(e).__name__, e)
