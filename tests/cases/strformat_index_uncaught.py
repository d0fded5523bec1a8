# str.format with more fields than arguments, uncaught
template = "{} + {} = {}"
print(template.format(1, 2, 3))
print(template.format(1, 2))
