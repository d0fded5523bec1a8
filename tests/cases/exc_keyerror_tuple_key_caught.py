# exc: KeyError with tuple keys — str(e) of a KeyError whose key is a tuple or empty tuple
d = {}
for key in [(1, 2), (), ("a",), ((1,),)]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", str(e), "|", e.args)
try:
    raise KeyError(1, 2)
except KeyError as e:
    print(str(e), repr(e))
