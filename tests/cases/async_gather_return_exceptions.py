# async: gather with return_exceptions=True collects exceptions as results
import asyncio
async def ok(v):
    await asyncio.sleep(0)
    return v
async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)
async def main():
    res = await asyncio.gather(ok(1), fail("bad one"), ok(3), fail("bad two"), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    try:
        await asyncio.gather(ok(1), fail("propagates"))
    except ValueError as e:
        print("caught from gather:", e)
asyncio.run(main())
