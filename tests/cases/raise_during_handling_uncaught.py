# raise: uncaught exception raised while handling another ("During handling ... another exception occurred")
def cleanup(resource):
    return resource.close()

def use(resource):
    try:
        return 1 / resource
    except ZeroDivisionError:
        cleanup(resource)

print(use(4))
print(use(0))
