# One failing task cancels its siblings and the body; the error comes back in an ExceptionGroup.
import asyncio

async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail is not None:
        print("failing", name)
        raise fail
    print("done", name)
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(work("slow", 1))
            tg.create_task(work("bad", 0.1, ValueError("boom")))
            fast = tg.create_task(work("fast", 0.05))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                print("body cancelled", repr(tg))
                raise
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", repr(eg))
        print(eg.message, len(eg.exceptions), type(eg.exceptions[0]).__name__)
        print(eg.__cause__, eg.__suppress_context__)
    print(slow.cancelled(), fast.result())
    # the function keeps running after the group
    await asyncio.sleep(0)
    print("after group")

asyncio.run(main())
