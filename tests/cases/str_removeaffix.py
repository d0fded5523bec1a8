# str.removeprefix/removesuffix: found, missing, whole string, empty, errors
def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))

print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("x"), "abc".removeprefix("abc"), "abc".removeprefix(""))
print("file.tar.gz".removesuffix(".gz"), "file".removesuffix(".gz"), "abc".removesuffix("abc"), "abc".removesuffix(""))
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "ñandú".removeprefix("ñ"), "ñandú".removesuffix("ú"))
show(lambda: "abc".removeprefix(None))
show(lambda: "abc".removesuffix(1))
show(lambda: "abc".removeprefix())
show(lambda: "abc".removeprefix(("a",)))
