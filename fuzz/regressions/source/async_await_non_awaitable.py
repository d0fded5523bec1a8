# async: awaiting a non-awaitable raises TypeError; awaiting a finished coroutine again raises RuntimeError
import asyncio
async def main():
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        await [1, 2]
    except TypeError as e:
        print("TypeError:", e)
    async def once():
        return "value"
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    class Awaitable:
        def __await__(self):
            yield from asyncio.sleep(0).__await__()
            return "custom awaitable result"
    print(await Awaitable())
asyncio.run(main())
