# async: async generator break + aclose() runs finally, __anext__ directly, async comprehension with await
import asyncio
async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers finalized")
async def square(x):
    await asyncio.sleep(0)
    return x * x
async def main():
    first = numbers()
    async for n in first:
        if n == 2:
            break
        print("n", n)
    print("after break")
    await first.aclose()
    print([await square(x) for x in range(4)])
    g = numbers()
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print("closed")
asyncio.run(main())
