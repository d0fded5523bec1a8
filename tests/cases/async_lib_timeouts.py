import asyncio

async def slow(x, delay):
    await asyncio.sleep(delay)
    return x

async def main():
    print(await asyncio.wait_for(slow(1, 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(2, 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(3, 0), None))
    t1 = asyncio.create_task(slow("a", 0.03))
    t2 = asyncio.create_task(slow("b", 0.01))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([t1, t2])
    print(sorted(t.result() for t in done), len(pending))
    t3 = asyncio.create_task(slow("c", 1))
    done, pending = await asyncio.wait([t3], timeout=0.01)
    print(len(done), len(pending), t3.done())
    t3.cancel()
    order = []
    for fut in asyncio.as_completed([slow("x", 0.03), slow("y", 0.01), slow("z", 0.02)]):
        order.append(await fut)
    print(order)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out block")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print(cm.expired())
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0)
    print(cm2.when(), cm2.expired())
    inner = asyncio.create_task(slow("shielded", 0.02))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    print(loop.time() - t0 >= 0.05)
    print(asyncio.current_task() is None or isinstance(asyncio.current_task(), asyncio.Task))

asyncio.run(main())
