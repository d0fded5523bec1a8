# try: exception in the else clause escapes uncaught past the finally block
def load(data):
    try:
        value = data["value"]
    except KeyError:
        print("no value")
        return None
    else:
        return value.strip()
    finally:
        print("done loading")

print(load({}))
print(load({"value": "  ok  "}))
print(load({"value": 12}))
