# fstring: nested replacement fields, expressions, dict access with quotes, escapes and braces
d = {"k": "v", "n": 5}
w, p = 10, 3
pi = 3.14159265
print(f"{pi:{w}.{p}f}|{pi:<{w}.{p + 1}}|{pi:{'>' if w > 5 else '<'}{w}}|")
print(f"{d['k']} {d['n'] * 2} {'yes' if d['n'] > 3 else 'no'} {[x * 2 for x in range(3)]}")
print(f"{{literal}} {{{d['n']}}} {'{}'}")
print(f"{'multi'}" f"{'part'}" "plain" f"{1 + 1}")
items = ["a", "b"]
print(f"{', '.join(items)} {len(items):03d} {items!r:>12}")
print(f"""{
    d["n"]
    + 1
}""")
newline = "\n"
print(f"a{newline}b", f"{'tab':>6}{chr(9)}end")
fmt = ">8"
print(f"{'x':{fmt}}|{42:{fmt}}|")
