# gen: uncaught error raised inside a generator body while a consumer iterates
def parse_numbers(lines):
    for line in lines:
        yield int(line)

def total(lines):
    t = 0
    for n in parse_numbers(lines):
        t += n
    return t

print(total(["1", "2"]))
print(total(["3", "four", "5"]))
