from urllib.parse import quote, quote_plus, quote_from_bytes

for s in ["hello world", "a/b/c", "a&b=c", "ünïcode", "~user_name-1.2", "100%", "", "a+b", "?#[]@!$&'()*+,;="]:
    print(repr(s), quote(s), quote_plus(s))
print(quote("a/b", safe=""))
print(quote("a b/c", safe="/ "))
print(quote_plus("a b/c", safe="/"))
print(quote(b"\xff\x00 x"))
print(quote("é", encoding="latin-1"))
print(quote("é\u20ac", encoding="ascii", errors="replace"))
print(quote_from_bytes(b"a b\xfe"))
print(quote_from_bytes(b"a/b", safe=b""))
for bad in [None, 5, ["a"]]:
    try:
        print(quote(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    quote_from_bytes("str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    quote(b"x", encoding="utf-8")
except TypeError as e:
    print(type(e).__name__, e)
