# program: async pipeline with stages connected by lists, ordered by distinct sleep durations
import asyncio
async def fetch(i):
    await asyncio.sleep(0.01 * (4 - i))
    print(f"fetched {i}")
    return {"id": i, "value": i * 10}
async def transform(rec):
    await asyncio.sleep(0)
    return {**rec, "value": rec["value"] + 1}
async def main():
    raw = await asyncio.gather(*(fetch(i) for i in range(1, 4)))
    print("raw", raw)
    done = await asyncio.gather(*(transform(r) for r in raw))
    print("done", [d["value"] for d in done])
    total = 0
    async def acc(d):
        nonlocal total
        await asyncio.sleep(0)
        total += d["value"]
    await asyncio.gather(*(acc(d) for d in done))
    return total
print("total", asyncio.run(main()))
