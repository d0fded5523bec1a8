# syntax: function definition at the end of the file without a body
print("start")
def later():
