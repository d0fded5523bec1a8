# async: asyncio.gather returns results in argument order regardless of completion order
import asyncio
async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()
async def main():
    results = await asyncio.gather(work("slow", 0.03), work("fast", 0.01), work("mid", 0.02))
    print(results)
    empty = await asyncio.gather()
    print(empty, type(results).__name__)
asyncio.run(main())
