# async: exceptions raised in coroutines propagate through await and can be caught
import asyncio
async def inner(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x
async def middle(x):
    try:
        return await inner(x)
    finally:
        print("middle cleanup for", x)
async def main():
    print(await middle(5))
    try:
        await middle(-1)
    except ValueError as e:
        print("main caught:", e)
    task = asyncio.create_task(inner(-2))
    try:
        await task
    except ValueError as e:
        print("task raised:", e, task.done())
try:
    asyncio.run(main())
finally:
    print("run finished")
async def boom():
    raise KeyError("from coroutine")
try:
    asyncio.run(boom())
except KeyError as e:
    print("asyncio.run propagated:", repr(e))
