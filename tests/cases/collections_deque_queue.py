from collections import deque

# Breadth-first search over a grid, the usual deque workload.
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
print(dist[end], len(dist))

# A large FIFO stays fast.
q = deque()
total = 0
for i in range(200000):
    q.append(i)
    if len(q) > 100:
        total += q.popleft()
print(total, len(q), q[0], q[-1])

# Sliding window maximum with a monotonic deque.
nums = [1, 3, -1, -3, 5, 3, 6, 7, 2, 2, 9, 0]
k = 3
window = deque()
out = []
for i, n in enumerate(nums):
    while window and nums[window[-1]] <= n:
        window.pop()
    window.append(i)
    if window[0] <= i - k:
        window.popleft()
    if i >= k - 1:
        out.append(nums[window[0]])
print(out)
