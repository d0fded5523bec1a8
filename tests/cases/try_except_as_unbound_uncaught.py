# try: uncaught NameError from using the except-as name after the handler
def risky():
    return int("forty-two")

try:
    risky()
except ValueError as problem:
    print("handled:", problem)

print("problem was:", problem)
