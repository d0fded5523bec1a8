# async: async for over an async generator and over a class with __aiter__/__anext__
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * 10
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n + 1
async def main():
    async for v in agen(3):
        print("agen", v)
    async for v in Countdown(3):
        print("countdown", v)
    print([v async for v in agen(4)])
    print([v async for v in Countdown(5) if v % 2])
    print(type(agen(1)).__name__)
asyncio.run(main())
