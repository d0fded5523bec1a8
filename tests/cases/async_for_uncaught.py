# async: uncaught exception raised inside an async generator consumed by async for
import asyncio

async def readings():
    for raw in ["1.5", "2.0", "oops"]:
        await asyncio.sleep(0)
        yield float(raw)

async def main():
    async for r in readings():
        print("reading", r)

asyncio.run(main())
