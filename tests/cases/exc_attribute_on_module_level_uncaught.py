# exc: uncaught AttributeError accessing an attribute of an int returned from a dict
counts = {"a": 1}
print(counts.get("a").bit_length())
print(counts.get("a").length)
