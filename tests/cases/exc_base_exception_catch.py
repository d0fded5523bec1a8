# exc: `except Exception` does not catch BaseException subclasses like KeyboardInterrupt/SystemExit/GeneratorExit
for exc in [KeyboardInterrupt("ctrl-c"), SystemExit(3), GeneratorExit(), ValueError("v")]:
    try:
        try:
            raise exc
        except Exception as e:
            print("Exception handler:", type(e).__name__)
    except BaseException as e:
        print("BaseException handler:", type(e).__name__, e.args)
print(SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
