# program: greedy word wrapping and justification without any imports
def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
text = "Python is a programming language that lets you work quickly and integrate systems more effectively."
for line in wrap(text, 24):
    print("|" + justify(line, 24) + "|")
print([len(" ".join(l)) for l in wrap(text, 30)])
