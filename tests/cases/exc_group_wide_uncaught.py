# More than 15 sub-exceptions are cut off with "and N more exceptions".
print("wide")
raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
