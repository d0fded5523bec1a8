# async: an exception escaping asyncio.gather is uncaught at top level
import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    results = await asyncio.gather(divide(1, 2), divide(3, 0))
    print(results)

asyncio.run(main())
