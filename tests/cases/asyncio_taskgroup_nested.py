# Nested task groups: an inner failure becomes a group inside the outer group.
import asyncio

async def leaf(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print("leaf", name)
    return name

async def inner(prefix, fail):
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(leaf(prefix + "1", 0.01))
        b = tg.create_task(leaf(prefix + "2", 0.02, fail))
    return [a.result(), b.result()]

async def main():
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(inner("x", False))
        y = tg.create_task(inner("y", False))
    print(x.result(), y.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner("p", True))
            tg.create_task(leaf("q", 1))
    except ExceptionGroup as eg:
        print(repr(eg))
        sub = eg.exceptions[0]
        print(type(sub).__name__, sub.message, repr(sub.exceptions))
        print(repr(eg.subgroup(ValueError)))

asyncio.run(main())
