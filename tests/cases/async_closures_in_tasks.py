# async: closures and default arguments when creating tasks in a loop
import asyncio
async def main():
    out = []
    async def record(i):
        await asyncio.sleep(0.01 * (3 - i))
        out.append(i)
    tasks = [asyncio.create_task(record(i)) for i in range(3)]
    for t in tasks:
        await t
    print(out)
    funcs = [lambda: i for i in range(3)]
    results = await asyncio.gather(*(asyncio.sleep(0, result=f()) for f in funcs))
    print(results)
asyncio.run(main())
