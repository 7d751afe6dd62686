package tested

import "testing"

func TestPut(t *testing.T) {
	if Put().TableName == nil {
		t.Fatal("no table")
	}
}
