# import: uncaught AttributeError with suggestion for a misspelled asyncio function
import asyncio

def pause():
    return asyncio.sleeep(0)

print(asyncio.sleep.__name__)
pause()
