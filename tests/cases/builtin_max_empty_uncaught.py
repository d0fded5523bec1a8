# builtin: uncaught ValueError from max() of an empty sequence built by a filter
readings = [12, -3, 7, -8]
positives = [r for r in readings if r > 0]
print(max(positives))
above_100 = [r for r in readings if r > 100]
print(max(above_100))
