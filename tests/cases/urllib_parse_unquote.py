from urllib.parse import unquote, unquote_plus, unquote_to_bytes

for s in ["hello%20world", "a%2Fb", "%C3%BCn%C3%AF", "a+b", "%", "%2", "%zz", "%e9", "100%25", "", "%E2%82%AC%20%41"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)))
print(unquote("%e9", encoding="latin-1"))
print(repr(unquote("%ff%fe", errors="strict")) if False else "skip")
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(unquote_to_bytes("a%20b%ff"))
print(unquote_to_bytes(b"a%20b"))
print(unquote_to_bytes(""))
print(unquote(b"a%20b") if False else "skip")
for bad in [None, 5]:
    try:
        print(unquote(bad))
    except TypeError as e:
        print(type(e).__name__, e)
