# strformat: uncaught IndexError from str.format with too few positional arguments
template = "{} scored {} points in {}"
print(template.format("Ann", 10, "May"))
print(template.format("Bob", 7))
