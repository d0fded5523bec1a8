# str: indexing (negative), slicing with steps, out-of-range slices
s = "abcdefghij"
print(s[0], s[-1], s[-10], s[3], s[len(s) - 1])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[::-1][10:]))
print(s[::-3], s[5::-1], s[:5:-1], s[0:10:4])
t = "héllo wörld"
print(t[1], t[-4], t[::-1], len(t))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-11]
except IndexError as e:
    print("IndexError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
