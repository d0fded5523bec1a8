# try: exception not matched by any handler propagates uncaught through finally
def convert(v):
    try:
        return int(v)
    except ValueError:
        return -1
    except KeyError:
        return -2
    finally:
        print("converted", repr(v))

print(convert("7"), convert("x"))
print(convert([1]))
