# syntax: 'await' outside async function
import asyncio

def main():
    await asyncio.sleep(0)
