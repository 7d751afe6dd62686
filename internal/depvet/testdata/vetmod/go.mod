module example.com/vetmod

go 1.26

require (
	example.com/adapter v1.0.0
	example.com/plain v1.0.0
)
