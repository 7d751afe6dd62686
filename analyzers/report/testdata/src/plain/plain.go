package plain

func f() {}
