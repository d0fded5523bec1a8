# fstring: uncaught ValueError from an invalid format spec inside an f-string in a function
def report(label, value):
    return f"{label:>10}: {value:,.2f}"

print(report("total", 1234.5))
print(report("count", "many"))
