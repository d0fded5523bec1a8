# async: async with where __aexit__ sees the exception and converts it; async context returning values
import asyncio
class Convert:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError("converted from KeyError") from ev
        return False
async def main():
    try:
        async with Convert() as v:
            print(v)
            raise KeyError("k")
    except LookupError as e:
        print(type(e).__name__, e, repr(e.__cause__))
    async with Convert() as v:
        print("clean exit", v)
asyncio.run(main())
