# float: uncaught ZeroDivisionError "float modulo" from % with float operands
angles = [370.0, 725.5]
for a in angles:
    print(a % 360.0)
print(angles[0] % 0.0)
