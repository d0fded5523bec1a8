import asyncio

async def main():
    q = asyncio.Queue()
    results = []
    async def consumer(name):
        while True:
            item = await q.get()
            if item is None:
                q.task_done()
                break
            results.append((name, item))
            await asyncio.sleep(0.001 * item)
            q.task_done()
    consumers = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    for i in range(9):
        await q.put(i)
    for _ in consumers:
        await q.put(None)
    await q.join()
    await asyncio.gather(*consumers)
    print(sorted(i for _, i in results), len(results), q.qsize())

    async def bad():
        await asyncio.sleep(0.01)
        raise KeyError("boom")
    async def good():
        await asyncio.sleep(0.05)
        return "ok"
    t_bad, t_good = asyncio.create_task(bad()), asyncio.create_task(good())
    done, pending = await asyncio.wait({t_bad, t_good}, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), t_bad in done, repr(t_bad.exception()))
    await t_good
    try:
        await asyncio.wait([t_good], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    async def tick(n):
        await asyncio.sleep(n / 100)
        return n
    try:
        for fut in asyncio.as_completed([tick(1), tick(50)], timeout=0.1):
            print("completed", await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

    try:
        async with asyncio.timeout(0.01) as cm:
            print(cm.expired())
            cm.reschedule(asyncio.get_running_loop().time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("rescheduled timeout", cm.expired(), type(e.__cause__).__name__)

    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 1))
    lock = asyncio.Lock()
    await lock.acquire()
    async def try_lock():
        try:
            await asyncio.wait_for(lock.acquire(), 0.01)
        except TimeoutError:
            return "lock busy"
    print(await try_lock(), lock.locked())
    lock.release()
    print(lock.locked())

asyncio.run(main())
