# bytearray: += and *= mutate in place (aliases see it), comparisons and copies
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"e")
a += [102] if False else b"f"
print(a, alias, a is alias)
a *= 2
print(alias, len(alias))
a *= 0
print(alias, a is alias)
b = bytes(b"xy")
c = b
b += b"z"
print(b, c, b is c)
m = bytearray(b"mut")
copy = bytearray(m)
m[0] = 77
print(m, copy, m == copy, m > copy, bytearray(b"a") < bytearray(b"b"))
try:
    a += "str"
except TypeError as e:
    print("TypeError:", e)
try:
    a += 5
except TypeError as e:
    print("TypeError:", e)
