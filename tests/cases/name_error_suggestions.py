# name: NameError messages, including "Did you mean" suggestions (caught: only the message)
def attempt(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: undefined_thing)
attempt(lambda: prnt)
attempt(lambda: lenn([1]))
counter_value = 3
attempt(lambda: counter_valu + 1)
