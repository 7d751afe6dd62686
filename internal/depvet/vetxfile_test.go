package depvet

import (
	"bytes"
	"testing"
)

func TestVetxRoundTrip(t *testing.T) {
	e, err := decodeVetx(encodeVetx([]byte("types"), []byte("facts")))
	if err != nil || string(e.types) != "types" || string(e.facts) != "facts" {
		t.Fatalf("decodeVetx(encodeVetx) = %q, %q, %v", e.types, e.facts, err)
	}
	if _, err := decodeVetx([]byte("vetx\xff\xff\xff\xff\x00\x00\x00\x00")); err == nil {
		t.Error("decodeVetx accepted a types length beyond the file")
	}
}

// FuzzDecodeVetx: a corrupt or truncated vetx file (a dependency's, from
// the build cache) is an error, never a panic or a section past the end.
func FuzzDecodeVetx(f *testing.F) {
	f.Add(encodeVetx([]byte("t"), []byte("f")))
	f.Add([]byte("vetx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := decodeVetx(data)
		if err != nil {
			return
		}
		if !bytes.Equal(encodeVetx(e.types, e.facts), data[:12+len(e.types)+len(e.facts)]) {
			t.Fatalf("sections of %q do not re-encode to its prefix", data)
		}
	})
}
