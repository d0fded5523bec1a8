import csv
import io

tests = [
    lambda: list(csv.reader(io.StringIO('"unterminated\n'))),
    lambda: list(csv.reader(['"a"b,c'], strict=True)),
    lambda: list(csv.reader(['a,"b'], strict=True)),
    lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: list(csv.reader([b"a,b"])),
    lambda: list(csv.reader([1, 2])),
    lambda: list(csv.reader("a,b\nc")),
    lambda: csv.reader(5),
    lambda: csv.reader(),
    lambda: list(csv.reader(["a"], delimiter="")),
    lambda: list(csv.reader(["a"], delimiter="ab")),
    lambda: list(csv.reader(["a"], delimiter=None)),
    lambda: list(csv.reader(["a"], quotechar="ab")),
    lambda: list(csv.reader(["a"], quoting=99)),
    lambda: list(csv.reader(["a"], dialect="nope")),
    lambda: list(csv.reader(["a"], bogus=1)),
    lambda: list(csv.reader(["a\0b"])),
    lambda: list(csv.reader(["a"], lineterminator=5)),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))
