# async: gather with return_exceptions mixes results and exception instances; inspect with isinstance
import asyncio
async def parse(s):
    await asyncio.sleep(0)
    return int(s)
async def main():
    res = await asyncio.gather(*(parse(s) for s in ["1", "x", "3", ""]), return_exceptions=True)
    good = [r for r in res if not isinstance(r, Exception)]
    bad = [str(r) for r in res if isinstance(r, Exception)]
    print(good)
    print(bad)
asyncio.run(main())
