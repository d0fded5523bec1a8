# Cancelling the task that waits in a TaskGroup's exit cancels the children first; timeouts too.
import asyncio

async def forever(name):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def grouped():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(forever("child1"))
        print("body done", repr(tg))
    print("not reached")

async def main():
    outer = asyncio.create_task(grouped())
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled())
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(forever("timed"))
    except TimeoutError as e:
        print("timed out", type(e).__name__)
    print("end")

asyncio.run(main())
