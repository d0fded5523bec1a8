# async: gather of gathers and tasks mixed with coroutines; results nest in argument order
import asyncio
async def val(x, d=0):
    await asyncio.sleep(d)
    return x
async def main():
    inner1 = asyncio.gather(val(1, 0.02), val(2))
    inner2 = asyncio.gather(val(3), val(4, 0.01))
    task = asyncio.create_task(val("task", 0.005))
    res = await asyncio.gather(inner1, inner2, task, val("coro"))
    print(res)
    r = await asyncio.gather(*(val(i * i) for i in range(5)))
    print(r)
asyncio.run(main())
