# f-string '=' self-documenting expressions: spacing, conversions, specs, nested and calls
x = 42
name = "Ada"
items = [1, 2, 3]
print(f"{x=}", f"{x = }", f"{x= }", f"{x =}", f"{name=}", f"{name=!s}", f"{name=!a}", f"{x=:>6}", f"{x=!r:^8}")
print(f"{x*2=}", f"{len(items)=}", f"{items[1:]=}", f"{'é'=}", f"{x/3=:.2f}", f"{name.upper()=}")
print(f"{x=}{x=}", f"a{x=}b", f"{ x = }", f"{3.0=}", f"{None=}", f"{x=:#x}")
d = {"k": "v"}
print(f"{d['k']=}", f"{d=}", f"{(lambda: 1)()=}", f"{x if x else 0=}", f"{'{}'=}")
