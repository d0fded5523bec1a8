from enum import Enum, IntEnum


class Light(Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


def next_light(l):
    match l:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case Light.YELLOW:
            return Light.RED


print([next_light(l) for l in Light])
counts = {l: 0 for l in Light}
for l in [Light.RED, Light.RED, Light.GREEN]:
    counts[l] += 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[0].value))
print(set(Light) == {Light.RED, Light.YELLOW, Light.GREEN})
print(Light.RED.value in {"red"}, Light("red") in counts)


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


def handle(code):
    match code:
        case 200:
            return "literal 200"
        case Code.NOT_FOUND:
            return "not found"
        case _:
            return "other"


print(handle(Code.OK), handle(404), handle(Code.NOT_FOUND), handle(500))
print(str(Light.GREEN).split("."), Light.GREEN.name.lower())
lookup = {"red": Light.RED}
print(lookup.get("red"), lookup.get("blue", Light.GREEN))
print([l.value for l in sorted(Light, key=lambda x: x.name)])
