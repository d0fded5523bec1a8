# func: uncaught error three calls deep with a subscript of a call result on the failing line
def load():
    return {"users": [{"name": "ann"}, {"nick": "b"}]}

def names(data):
    return [get_name(u) for u in data["users"]]

def get_name(user):
    return user["name"].title()

print(names(load()))
