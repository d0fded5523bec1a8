import os

print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep), repr(os.linesep))
print(repr(os.curdir), repr(os.pardir), repr(os.devnull))
print(os.path.sep == os.sep, os.path is os.path)
print(os.sep.join(["a", "b", "c"]))
print("a" + os.linesep + "b" == "a\nb")
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
try:
    os.not_a_function()
except AttributeError as e:
    print(type(e).__name__, e)
