# raise: uncaught `raise ... from None` shows only the new exception
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"unknown key {key!r}") from None

print(lookup({"a": 1}, "a"))
print(lookup({"a": 1}, "b"))
