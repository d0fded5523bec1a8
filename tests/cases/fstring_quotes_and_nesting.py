# fstring: different quote styles inside f-strings, nested f-strings, dict keys, method calls
d = {"key": "value", "n": 3}
name = "world"
print(f'{d["key"]}', f"{d['key']}", f"""{d["n"] * 2}""", f'''{'triple'}''')
print(f"{f'{name:>8}':*<12}", f"{name.upper()!r:^15}", f"{name[::-1]}")
print(f"{'a' if d['n'] > 2 else 'b'}", f"{[f'{i:02}' for i in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{3:{'0'}{5}}", f"{'x'!r:{'>'}{6}}", f"{{}}{name}{{}}")
print(f"{name}" + f"{name!r}", f"{len(name):#x}", f"{name.encode()}")
