// Code mode in a few lines: an LLM wrote the Python below to answer "which of my open orders
// ship to a city where it will rain tomorrow?". The host exposes three async tools; the program
// calls them (two concurrently with asyncio.gather, one depending on the others' results),
// prints as it goes, and returns its answer as the value of its last expression.
import { runMonty } from 'montybox'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// The host's tools: ordinary async JS functions.
const tools = {
  async get_user(userId) {
    await sleep(20)
    return { id: userId, name: 'Ada', homeCity: 'London' }
  },
  async list_orders(userId, { status }) {
    await sleep(30)
    return [
      { id: 'A-17', item: 'umbrella', city: 'London', status },
      { id: 'B-42', item: 'sunscreen', city: 'Lisbon', status },
      { id: 'C-99', item: 'boots', city: 'Oslo', status },
    ].map((order) => ({ ...order, userId }))
  },
  async get_forecast(city) {
    await sleep(25)
    return { city, tomorrow: { London: 'rain', Lisbon: 'sun', Oslo: 'rain' }[city] ?? 'unknown' }
  },
}

const code = `
import asyncio

user, orders = await asyncio.gather(
    get_user(user_id),
    list_orders(user_id, status="open"),
)
print(f"{user['name']} has {len(orders)} open orders")

cities = sorted({order["city"] for order in orders})
forecasts = await asyncio.gather(*[get_forecast(city) for city in cities])
rainy = {f["city"] for f in forecasts if f["tomorrow"] == "rain"}
print("rain tomorrow in:", ", ".join(sorted(rainy)))

[order["id"] for order in orders if order["city"] in rainy]
`

const started = performance.now()
const result = await runMonty(code, {
  inputs: { user_id: 42 },
  externalFunctions: tools,
  print: (text) => process.stdout.write(`[python] ${text}`),
})
console.log('result:', result)
console.log(`done in ${Math.round(performance.now() - started)} ms`)
