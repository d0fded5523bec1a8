# async: producer/consumer coordination through a shared list and sleep-based polling with distinct delays
import asyncio
buffer = []
done = False
async def producer():
    global done
    for i in range(4):
        await asyncio.sleep(0.01)
        buffer.append(i)
        print("produced", i)
    done = True
async def consumer(name):
    got = []
    while not done or buffer:
        if buffer:
            item = buffer.pop(0)
            got.append(item)
            print(name, "consumed", item)
        else:
            await asyncio.sleep(0)
    return got
async def main():
    results = await asyncio.gather(producer(), consumer("c1"))
    print(results)
asyncio.run(main())
