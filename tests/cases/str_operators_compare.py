# str: concatenation, repetition, comparison, membership, hash of strings
a, b = "apple", "banana"
print(a + b, a * 2, 3 * "ab", "x" * 0, "x" * -5, a < b, "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["b", "B", "a", "A", "_", "1", "é"]), min("hello"), "a" == "a", "a" != "A")
print(hash("") , hash("a"), hash("abc"), hash("hello world"), hash("héllo"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.5
except TypeError as e:
    print("TypeError:", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
s = "x"
s += "y"
s *= 3
print(s)
