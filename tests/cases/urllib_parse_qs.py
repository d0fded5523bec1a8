from urllib.parse import parse_qs, parse_qsl

q = "a=1&b=2&a=3&c=&d=hello+world&e=%C3%BC"
print(parse_qs(q))
print(parse_qs(q, keep_blank_values=True))
print(parse_qsl(q))
print(parse_qsl(q, keep_blank_values=True))
print(parse_qs(""))
print(parse_qs("a"))
print(parse_qs("a", keep_blank_values=True))
print(parse_qs("a=1;b=2"))
print(parse_qs("a=1;b=2", separator=";"))
print(parse_qs("x=1=2&y==3"))
print(parse_qsl("&&a=1&&"))
print(parse_qs("a=1&b=%ff"))
print(parse_qs("k=%ff"))
print(parse_qs("k=%e9", encoding="latin-1"))
for bad in [("a", True, True), ("a=1&b=2", False, False, "utf-8", "replace", 1)]:
    try:
        print(parse_qs(*bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    parse_qsl("a=1", separator="")
except ValueError as e:
    print(type(e).__name__, e)
try:
    parse_qs(None)
except Exception as e:
    print(type(e).__name__, e)
try:
    parse_qs(5)
except Exception as e:
    print(type(e).__name__, e)
