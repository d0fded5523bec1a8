# async: deep await chains and returning values through several coroutine layers
import asyncio
async def leaf(n):
    await asyncio.sleep(0)
    return n + 1
async def branch(n):
    a = await leaf(n)
    b = await leaf(a)
    return [a, b]
async def root():
    parts = await asyncio.gather(branch(0), branch(10))
    flat = [x for p in parts for x in p]
    return sum(flat), flat
print(asyncio.run(root()))
async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b
print(asyncio.run(fib(10)))
