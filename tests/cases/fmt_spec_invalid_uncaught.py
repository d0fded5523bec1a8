# format() with an invalid spec for a float, uncaught
values = [3.14159, 2.71828]
for v in values:
    print(format(v, ">10.3f"))
print(format(values[0], ",d"))
