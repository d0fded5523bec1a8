# A TaskGroup failure that escapes asyncio.run is caught at top level and its traceback printed.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i % 2:
        raise ValueError(f"fetch {i} failed")
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i)) for i in range(5)]
    return [t.result() for t in tasks]

try:
    asyncio.run(main())
except ExceptionGroup as eg:
    print(eg)
    errs = eg.exceptions
    print([str(e) for e in errs])
# Re-raised from module level: the group's own frames are all in this file.
raise ExceptionGroup("collected", list(errs))
