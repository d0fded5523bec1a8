# exc: inspecting the __context__ chain of nested failures programmatically
def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(out)
try:
    try:
        try:
            [][0]
        except IndexError as e:
            raise KeyError("k") from e
    except KeyError:
        raise ValueError("v")
except ValueError as e:
    print(chain(e))
    print(e.__suppress_context__, e.__context__.__suppress_context__)
