import copy

board = [['.'] * 3 for _ in range(3)]
history = []
def play(b, r, c, mark):
    nb = copy.deepcopy(b)
    nb[r][c] = mark
    return nb
b1 = play(board, 0, 0, 'X')
b2 = play(b1, 1, 1, 'O')
for b in (board, b1, b2):
    print('|'.join(''.join(row) for row in b))
state = {'player': {'hp': 10, 'inv': ['sword']}, 'turn': 1}
saves = [copy.deepcopy(state)]
state['player']['hp'] -= 3
state['player']['inv'].append('shield')
state['turn'] += 1
saves.append(copy.deepcopy(state))
print(saves)
