# async: many tasks with distinct sleep durations print in duration order, not creation order
import asyncio
async def say(word, delay):
    await asyncio.sleep(delay)
    print(word)
async def main():
    words = [("four", 0.04), ("one", 0.01), ("three", 0.03), ("five", 0.05), ("two", 0.02)]
    await asyncio.gather(*(say(w, d) for w, d in words))
    print("---")
    tasks = [asyncio.create_task(say(w, d)) for w, d in reversed(words)]
    await asyncio.sleep(0.025)
    print("halfway")
    for t in tasks:
        await t
asyncio.run(main())
