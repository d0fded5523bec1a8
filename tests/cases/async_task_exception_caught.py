# async: exceptions inside created tasks surface when the task is awaited; other tasks still complete
import asyncio
async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n, "finished")
    return n
async def bad():
    await asyncio.sleep(0.005)
    raise RuntimeError("task failed")
async def main():
    t1 = asyncio.create_task(ok(1))
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(ok(2))
    try:
        await t2
    except RuntimeError as e:
        print("caught:", e, "| t2 done:", t2.done())
    print(await t1, await t3)
    print(t2.exception(), type(t2.exception()).__name__)
asyncio.run(main())
