# program: async retry loop with exceptions, attempts counter and distinct backoff sleeps
import asyncio
attempts = {}
async def flaky(name, fail_times):
    attempts[name] = attempts.get(name, 0) + 1
    await asyncio.sleep(0)
    if attempts[name] <= fail_times:
        raise ConnectionError(f"{name} attempt {attempts[name]} failed")
    return f"{name} ok after {attempts[name]}"
async def retry(name, fail_times, tries=3):
    for i in range(tries):
        try:
            return await flaky(name, fail_times)
        except ConnectionError as e:
            print("retrying:", e)
            await asyncio.sleep(0.001 * (i + 1))
    raise RuntimeError(f"{name} gave up after {tries} tries")
async def main():
    print(await retry("alpha", 0))
    print(await retry("beta", 2))
    try:
        await retry("gamma", 5)
    except RuntimeError as e:
        print("error:", e)
asyncio.run(main())
