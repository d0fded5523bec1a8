# import: importing a nonexistent module raises ModuleNotFoundError (caught), attributes of the error
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name, "|", isinstance(e, ImportError))
try:
    from nonexistent_mod import thing
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import nonexistent_pkg.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from asyncio import definitely_not_there
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0])
