import textwrap

s = "one two three four five six seven eight nine ten"
print(textwrap.wrap(s, 15, initial_indent="1. ", subsequent_indent="   "))
print(textwrap.wrap(s, 15, initial_indent="", subsequent_indent="\t"))
print(textwrap.wrap(s, 10, initial_indent=">>>>>>>>", subsequent_indent=">"))
print(textwrap.fill(s, 20, initial_indent="    "))
print(textwrap.wrap("", 10, initial_indent="xx"))
print(textwrap.wrap("a", 10, initial_indent="[", subsequent_indent="]"))
w = textwrap.TextWrapper(width=12, subsequent_indent="  ")
for para in ["first paragraph here", "second one is longer than that"]:
    print(w.fill(para))
