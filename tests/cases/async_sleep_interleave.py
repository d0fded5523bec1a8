# async: interleaving of several tasks ordered by distinct sleep durations
import asyncio
async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} tick {i}")
async def main():
    await asyncio.gather(ticker("A", 0.03, 2), ticker("B", 0.02, 2), ticker("C", 0.05, 1))
    print("all done")
asyncio.run(main())
