# %-formatting flags - + space # 0 in combination, * width/precision (incl. negative *), long modifiers
for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "+ ", "-+#0", "0-"]:
    for t in "dxXoeEfgG":
        fmt = "%" + flags + "8" + t
        print(repr(fmt), repr(fmt % 42), repr(fmt % -42) if t not in "" else "", repr(("%" + flags + "8.3" + t) % 3.5 if t in "eEfgG" else ("%" + flags + "8.3" + t) % 3))
print("[%*d] [%-*d] [%*d] [%.*f] [%*.*f] [%-*.*e]" % (6, 1, 6, 2, -6, 3, 2, 3.14159, 9, 3, 2.5, 12, 2, 1234.5))
print("[%ld] [%hd] [%Lf] [%lx]" % (5, 6, 7.5, 255), "[%#.3x] [%#5o] [%#08x] [%-#8X] [%+.2d] [% .3d]" % (5, 8, 255, 255, 7, 7))
print("[%10s] [%-10r] [%.2r] [%10.4s] [%*s] [%c] [%5c] [%-5c]" % ("str", "rep", "rep", "truncate", 4, "x", "y", "z", "w"))
print("[%.0e] [%#.0e] [%#.0f] [%#g] [%#.2g] [%g] [%.10g] [%#x] [%#o] [%#X]" % (5.0, 5.0, 5.0, 5.0, 5.0, 1e-5, 1/3, 0, 0, 0))
