# str: split/rsplit with and without sep, maxsplit, splitlines with keepends
print("a b  c\t\nd ".split())
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 1), "a,b,c".rsplit(",", maxsplit=1))
print("  lead trail  ".split(" "), "".split(), "".split(","), "   ".split(), "x".split("x"))
print("a::b::c".split("::"), "1 2 3 4".split(None, 2), "1 2 3 4".rsplit(None, 2))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "one\ntwo\n".splitlines(True), "".splitlines(), "x\n\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
