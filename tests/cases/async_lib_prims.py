import asyncio

async def worker(name, lock, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.01)
        log.append(f"{name} out")

async def main():
    lock = asyncio.Lock()
    log = []
    print(lock.locked())
    await asyncio.gather(*(worker(n, lock, log) for n in "abc"))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i * 10
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), peak, sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), q.qsize())
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        got = []
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return got
            got.append(item)
            print("got", item)
    _, got = await asyncio.gather(producer(), consumer())
    print(got, q.empty())
    await q.join()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", type(asyncio.QueueEmpty()).__mro__[1].__name__)
    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for p in [5, 1, 4, 2, 3]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
