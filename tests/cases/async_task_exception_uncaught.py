# async: uncaught error raised in a created task when the task is awaited
import asyncio

class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self, n):
        await asyncio.sleep(0)
        return self.name.upper() * n

async def main():
    good = asyncio.create_task(Worker("ok").run(2))
    bad = asyncio.create_task(Worker(None).run(2))
    print(await good)
    print(await bad)

asyncio.run(main())
