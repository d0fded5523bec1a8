import textwrap

def help_text(opts):
    out = []
    for name, desc in opts:
        lines = textwrap.wrap(desc, 30)
        out.append("  %-10s %s" % (name, lines[0] if lines else ""))
        for l in lines[1:]:
            out.append(" " * 13 + l)
    return "\n".join(out)

print(help_text([("--help", "Show this message and exit."),
                 ("--verbose", "Print a lot of output about what the program is doing, step by step."),
                 ("--empty", "")]))
doc = """
    Usage:
        prog [options]

    Long description that is written in a docstring and indented.
"""
print(textwrap.dedent(doc).strip())
print(textwrap.indent(textwrap.fill("quoted reply text that goes on and on for a while", 20), "> "))
print([len(l) for l in textwrap.wrap("word " * 40, 33)])
print(textwrap.shorten("A title that is far too long for the column", 20))
