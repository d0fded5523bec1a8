# exc: uncaught ValueError from a parser looked up in a dict and called on the same line
parsers = {"int": int, "float": float}

def parse(kind, text):
    return parsers[kind](text)

print(parse("float", "2.5"), parse("int", "7"))
print(parse("int", "2.5"))
