print("vetdicom")
