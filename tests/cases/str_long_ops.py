# str methods on long strings: counts, finds, replace, split/join round trips, strip, case, padding
s = "abc" * 100000
print(len(s), s.count("abc"), s.count("ca"), s.find("cab", 150000), s.rfind("abc"), s.index("c", 299990))
print(len(s.replace("b", "BB")), s.replace("abc", "", 99999), len(s.upper()), s.upper()[:6], s.endswith("abc"), s.startswith("abc" * 1000))
print(len(s.split("c")), s.split("c")[:3], len("-".join(s.split("c"))), len(s.center(300010, "*")), s.center(300010, "*")[:7])
w = "  " + "word " * 50000 + "  "
print(len(w.split()), len(w.strip()), w.strip()[:10], w.count(" "), len(w.rsplit(None, 10)), w.rsplit(None, 2)[-2:])
u = "ü" * 100000
print(len(u), u.count("ü"), u.find("üü", 99990), len(u.encode("utf-8")), len(u.encode("latin-1")), u.upper()[:3], u[50000], u[-1])
lines = "\r\n".join(["row%d" % i for i in range(30000)])
print(len(lines.splitlines()), lines.splitlines()[-1], len(lines.splitlines(True)[0]), lines.count("\r\n"))
print(len(("x" * 1000 + "\t") * 100), len((("x" * 10 + "\t") * 10000).expandtabs(4)), ("ab" * 50000).isalpha(), ("1" * 100000).isdigit())
print(len(s * 3), (s * 0) == "", len("".join(reversed(s))), s[::-1][:6], s[::1000][:5], len(s[1::2]))
