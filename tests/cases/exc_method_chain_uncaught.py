# exc: uncaught AttributeError in a chained method call on a list
text = "alpha beta gamma"
print(text.split().pop().upper())
print(text.split().pop().uper())
