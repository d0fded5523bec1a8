# async: asyncio.sleep(0) yields control; tasks interleave in round-robin order
import asyncio
log = []
async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 3))
    print(log)
    r = await asyncio.sleep(0, result="value")
    print(r)
asyncio.run(main())
