# syntax: function definition without a body
def helper():
# TODO: implement
print("after")
