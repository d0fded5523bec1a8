# import: `import asyncio`, `from asyncio import gather`, aliases, and attribute typos on the module
import asyncio
from asyncio import gather
from asyncio import sleep as nap
import asyncio as aio
print(type(asyncio).__name__, asyncio.__name__, aio is asyncio, gather is asyncio.gather, nap is asyncio.sleep)
async def main():
    r = await gather(nap(0, result="a"), asyncio.sleep(0, "b"))
    return r
print(asyncio.run(main()))
try:
    asyncio.sleeep
except AttributeError as e:
    print("AttributeError:", e)
