# building and splitting large strings: join, +=, f-strings, split, replace, count on 10**5 pieces
parts = [str(i) for i in range(100000)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:], s.count(","), s.count("9"))
back = s.split(",")
print(len(back), back[:3], back[-1], back == parts)
acc = ""
for i in range(20000):
    acc += "x" if i % 2 else "y"
print(len(acc), acc[:6], acc.count("x"))
fs = "".join(f"{i:05d}|" for i in range(30000))
print(len(fs), fs[:18], fs.rfind("29999"))
r = s.replace(",", ";;")
print(len(r), r.count(";;"), r[:15])
u = "é" * 50000 + "z"
print(len(u), u.find("z"), u.rfind("é"), u[49999:], u.upper()[:3], len(u.encode()))
lines = "\n".join("line %d" % i for i in range(50000)).splitlines()
print(len(lines), lines[123], lines[-1])
print(len(" ".join(["word"] * 100000).split()), "ab" * 3 in "ab" * 100000)
