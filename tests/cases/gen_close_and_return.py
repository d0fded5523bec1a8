# gen: close() on a generator that returns on GeneratorExit; close() on an exhausted generator; finally order
def g():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("exiting generator")
        return "ignored return"
    finally:
        print("finally in generator")
it = g()
print(next(it))
print(it.close())
print(it.close())
done = g()
print(list(done))
done.close()
never = g()
never.close()
print("closed unstarted generator without output")
