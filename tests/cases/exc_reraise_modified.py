# exc: modifying args of a caught exception and re-raising; add context info to the message
def parse(line_no, text):
    try:
        return int(text)
    except ValueError as e:
        e.args = (f"line {line_no}: {e.args[0]}",)
        raise
for i, t in enumerate(["1", "2", "x"], 1):
    try:
        print(parse(i, t))
    except ValueError as e:
        print("ValueError:", e)
