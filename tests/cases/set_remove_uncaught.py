# set: uncaught KeyError from set.remove of a missing element
tags = {"red", "green"}
tags.discard("blue")
tags.remove("green")
print(sorted(tags))
tags.remove("blue")
