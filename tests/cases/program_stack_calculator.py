# program: RPN calculator with a stack, error handling for bad tokens and stack underflow
def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1 0 /", "1 +", "1 2", "1.5 2 *", "x 1 +", "10 4 /"]:
    try:
        print(f"{e!r:22} = {rpn(e)!r}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{e!r:22} ! {type(err).__name__}: {err}")
