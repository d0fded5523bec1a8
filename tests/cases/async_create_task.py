# async: create_task schedules coroutines concurrently; awaiting tasks gives their results
import asyncio
async def job(n, delay):
    print(f"job {n} started")
    await asyncio.sleep(delay)
    print(f"job {n} done")
    return n * n
async def main():
    t1 = asyncio.create_task(job(1, 0.02))
    t2 = asyncio.create_task(job(2, 0.01))
    print("tasks created")
    await asyncio.sleep(0)
    print("after first yield")
    r2 = await t2
    r1 = await t1
    print("results", r1, r2, t1.done(), t2.done(), t1.result())
asyncio.run(main())
