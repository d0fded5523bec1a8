# async: asyncio.run returns any value type; coroutine functions vs coroutine objects; async lambda-free helpers
import asyncio
async def give(v):
    return v
for v in [None, 0, "s", [1, 2], {"k": (1,)}, 1.5]:
    print(repr(asyncio.run(give(v))))
async def adder(a, b=10, *, c=100):
    return a + b + c
print(asyncio.run(adder(1)), asyncio.run(adder(1, 2, c=3)))
print(type(adder).__name__, callable(adder))
