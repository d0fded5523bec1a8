# Misuse: create_task before entering, after exit, while shutting down; entering twice.
import asyncio

async def nothing():
    return 1

async def boom():
    raise ValueError("x")

async def main():
    tg = asyncio.TaskGroup()
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    async with tg:
        t = tg.create_task(nothing())
    print(t.result())
    c = nothing()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(g))
                c = nothing()
                try:
                    g.create_task(c)
                except RuntimeError as e:
                    print(type(e).__name__, e)
                c.close()
                raise
    except ExceptionGroup as eg:
        print(repr(eg))

asyncio.run(main())
