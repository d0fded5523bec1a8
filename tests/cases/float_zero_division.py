# float: division by zero messages for /, //, %, divmod and 0.0 ** negative
ops = [("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.0 // 0.0", lambda: 1.0 // 0.0),
       ("1.0 % 0", lambda: 1.0 % 0), ("divmod(1.0, 0)", lambda: divmod(1.0, 0)), ("0.0 ** -1", lambda: 0.0 ** -1),
       ("-0.0 / 0", lambda: -0.0 / 0)]
for label, op in ops:
    try:
        op()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__, e)
