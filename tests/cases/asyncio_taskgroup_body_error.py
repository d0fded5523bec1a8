# An exception in the body cancels the tasks and is reported after the tasks' errors.
import asyncio

async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print("finished", name)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def failing():
    await asyncio.sleep(0)
    raise OSError("task failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("a", 1))
            await asyncio.sleep(0)
            print(1 / 0)
    except ExceptionGroup as eg:
        print(repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(sleeper("b", 1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print(repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("c", 0))
            raise ValueError("no tasks failed")
    except ExceptionGroup as eg:
        print(repr(eg), type(eg.exceptions[0]).__name__)
    except ValueError as e:
        print("plain", e)

asyncio.run(main())
