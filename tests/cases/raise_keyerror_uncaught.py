# raise: uncaught KeyError raised explicitly with a message string keeps its quotes
def get_user(users, name):
    if name not in users:
        raise KeyError(f"user {name} not found")
    return users[name]

print(get_user({"ann": 1}, "ann"))
get_user({"ann": 1}, "bob")
