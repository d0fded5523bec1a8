# Children cancelled individually are not errors; a child that swallows cancellation just returns.
import asyncio

async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "stubborn result"

async def quick(v):
    await asyncio.sleep(0.01)
    return v

async def main():
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(forever("victim"))
        keeper = tg.create_task(quick(5))
        other = tg.create_task(stubborn())
        await asyncio.sleep(0.05)
        victim.cancel()
        other.cancel()
        print(repr(tg))
    print(victim.cancelled(), keeper.result(), other.cancelled(), other.result())
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(stubborn())
            await asyncio.sleep(0)
            raise ValueError("body fails")
    except ExceptionGroup as eg:
        print(repr(eg), s.result())

asyncio.run(main())
