# TaskGroup success: results via t.result(), names, ordering and reprs.
import asyncio

async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg as g:
        print(g is tg, repr(tg))
        t1 = tg.create_task(work("a", 0.2))
        t2 = tg.create_task(work("b", 0.1), name="bee")
        t3 = tg.create_task(work("c", 0))
        print(repr(tg), t2.get_name(), t1.done())
    print(repr(tg))
    print(t1.result(), t2.result(), t3.result())
    print(t1.done(), t2.done(), t3.done())
    results = []
    async with asyncio.TaskGroup() as tg2:
        tasks = [tg2.create_task(work(f"w{i}", 0.01 * (3 - i))) for i in range(3)]
    results = [t.result() for t in tasks]
    print(results)
    async with asyncio.TaskGroup() as empty:
        pass
    print("empty group ok", repr(empty))
    return "main done"

print(asyncio.run(main()))
