# async: uncaught exception inside an async def propagates out of asyncio.run (traceback includes asyncio frames)
import asyncio

async def fetch(key):
    await asyncio.sleep(0)
    data = {"a": 1}
    return data[key]

async def main():
    print(await fetch("a"))
    print(await fetch("b"))

asyncio.run(main())
