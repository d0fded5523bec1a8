# async: async with over a class with __aenter__/__aexit__, including exception suppression
import asyncio
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("acquire", self.name)
        return self.name + "-handle"
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print("release", self.name, et.__name__ if et else None)
        return self.suppress
async def main():
    async with Resource("db") as h:
        print("using", h)
    async with Resource("quiet", suppress=True):
        raise RuntimeError("swallowed")
    try:
        async with Resource("loud"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("a") as a, Resource("b") as b:
        print("nested", a, b)
asyncio.run(main())
