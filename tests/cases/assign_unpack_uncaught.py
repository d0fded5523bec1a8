# assign: uncaught ValueError "not enough values to unpack" from a function result
def parse(line):
    name, value, unit = line.split()
    return name, float(value), unit

print(parse("speed 3.5 m/s"))
print(parse("mass 12"))
