# list: uncaught ValueError assigning the wrong number of items to an extended slice
board = list("........")
board[::2] = "XXXX"
print("".join(board))
board[1::2] = "OOO"
