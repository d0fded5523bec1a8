import io

for cls, init in [(io.StringIO, "a\nb"), (io.BytesIO, b"a\nb")]:
    for name in ["read", "readline", "write", "writelines", "getvalue", "seek", "tell", "truncate",
                 "close", "flush", "isatty", "fileno", "detach", "__enter__"]:
        for args, kw in [((), {"x": 1}), ((1, 2, 3), {}), ((), {})]:
            f = cls(init)
            try:
                r = getattr(f, name)(*args, **kw)
                print(cls.__name__, name, args, "->", r if name != "__enter__" else "self")
            except Exception as e:
                print(cls.__name__, name, args, type(e).__name__, e)
