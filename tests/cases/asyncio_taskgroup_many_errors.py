# Several failures are collected in completion order; a cancelled task is not an error.
import asyncio

async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def ok(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.2, TypeError("second")))
            tg.create_task(fail_after(0.1, ValueError("first")))
            tg.create_task(fail_after(0.2, KeyError("third")))
            tg.create_task(ok(0.05))
    except ExceptionGroup as eg:
        print(repr(eg))
        for e in eg.exceptions:
            print(type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(fail_after(0.1, RuntimeError(i)))
    except ExceptionGroup as eg:
        print(eg)
        print([e.args[0] for e in eg.exceptions])
        rt, rest = eg.split(RuntimeError)
        print(rt is eg, rest)

asyncio.run(main())
