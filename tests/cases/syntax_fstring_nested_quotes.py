# syntax: the f-string quote reused inside its expression (Python 3.11)
user = {"name": "Ada"}
print(f"Hello {user["name"]}!")
