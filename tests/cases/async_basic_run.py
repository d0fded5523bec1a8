# async: async def, await, asyncio.run returning a value, coroutine type name
import asyncio
async def add(a, b):
    await asyncio.sleep(0)
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print("inside main", x, y)
    return y * 2
print(asyncio.run(main()))
async def nothing():
    return None
print(asyncio.run(nothing()))
coro = add(5, 5)
print(type(coro).__name__)
print(asyncio.run(coro))
