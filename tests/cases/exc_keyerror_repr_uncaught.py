# exc: uncaught KeyError whose key is a string containing a quote
settings = {"it's": 1}
print(settings["it's"])
print(settings["can't"])
