# async: tasks with sleeps of different lengths complete in duration order; main interleaves
import asyncio
order = []
async def step(name, delay):
    await asyncio.sleep(delay)
    order.append(name)
    return name
async def main():
    tasks = [asyncio.create_task(step(n, d)) for n, d in [("third", 0.03), ("first", 0.01), ("second", 0.02)]]
    order.append("main-before")
    await asyncio.sleep(0.015)
    order.append("main-middle")
    results = [await t for t in tasks]
    print(order)
    print(results)
asyncio.run(main())
