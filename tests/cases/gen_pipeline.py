# gen: chaining generators into a pipeline; each stage prints to show pull-based evaluation
def read(items):
    for it in items:
        print("read", it)
        yield it
def evens(nums):
    for n in nums:
        if n % 2 == 0:
            yield n
def squares(nums):
    for n in nums:
        print("square", n)
        yield n * n
pipe = squares(evens(read(range(6))))
print(next(pipe))
print(list(pipe))
