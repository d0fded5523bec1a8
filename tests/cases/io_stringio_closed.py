import io

f = io.StringIO("data")
print(f.closed)
f.close()
print(f.closed)
f.close()
for name, call in [("read", lambda: f.read()), ("write", lambda: f.write("x")), ("getvalue", lambda: f.getvalue()),
                   ("seek", lambda: f.seek(0)), ("tell", lambda: f.tell()), ("readline", lambda: f.readline()),
                   ("iter", lambda: next(iter(f))), ("readable", lambda: f.readable()), ("truncate", lambda: f.truncate()),
                   ("enter", lambda: f.__enter__()), ("writelines", lambda: f.writelines([]))]:
    try:
        print(name, call())
    except ValueError as e:
        print(name, type(e).__name__, e)
with io.StringIO("ctx") as g:
    print(g.read())
print(g.closed)
try:
    g.read()
except ValueError as e:
    print(type(e).__name__, e)
