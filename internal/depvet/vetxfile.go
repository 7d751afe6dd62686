package depvet

import (
	"encoding/binary"
	"fmt"
	"os"
)

// The vetx file format of golang.org/x/tools/go/analysis/unitchecker
// (v0.52.0, readVetxFile and writeVetxFile): "vetx", the little-endian
// uint32 lengths of the types and facts sections, then the sections.
// The types section is indexed export data (gcexportdata.Write without
// its leading 'i'); the facts section is a gob-encoded []gobFact.
const vetxMagic = "vetx"

type vetxEntry struct {
	types, facts []byte
}

func readDeps(packageVetx map[string]string) (map[string]*vetxEntry, error) {
	deps := make(map[string]*vetxEntry, len(packageVetx))
	for path, file := range packageVetx {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		e, err := decodeVetx(data)
		if err != nil {
			return nil, fmt.Errorf("vetx file of %s: %v", path, err)
		}
		deps[path] = e
	}
	return deps, nil
}

func decodeVetx(data []byte) (*vetxEntry, error) {
	if len(data) < 12 || string(data[:4]) != vetxMagic {
		return nil, fmt.Errorf("not a vetx file")
	}
	typesLen := uint64(binary.LittleEndian.Uint32(data[4:8]))
	factsLen := uint64(binary.LittleEndian.Uint32(data[8:12]))
	if 12+typesLen+factsLen > uint64(len(data)) {
		return nil, fmt.Errorf("vetx section lengths %d+%d exceed the file (%d bytes)", typesLen, factsLen, len(data))
	}
	return &vetxEntry{
		types: data[12 : 12+typesLen],
		facts: data[12+typesLen : 12+typesLen+factsLen],
	}, nil
}

func encodeVetx(typesData, factsData []byte) []byte {
	data := make([]byte, 12, 12+len(typesData)+len(factsData))
	copy(data, vetxMagic)
	binary.LittleEndian.PutUint32(data[4:8], uint32(len(typesData)))
	binary.LittleEndian.PutUint32(data[8:12], uint32(len(factsData)))
	data = append(data, typesData...)
	return append(data, factsData...)
}
