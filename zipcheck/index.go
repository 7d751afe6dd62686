package zipcheck

import "hash/maphash"

// nameIndex finds an archive's entries by cleaned name. It is an
// open-addressing table of entry numbers rather than a map[string]*entry:
// for a 20,000-entry package the map's table is most of a megabyte that
// makemap clears, and on a fresh process every page of it is a page
// fault; this table is 128 KiB.
type nameIndex struct {
	entries []*entry
	slots   []int32 // an entry's position in entries plus one; 0 is free
	seed    maphash.Seed
	// later has bit i set when an earlier entry has the name of
	// entries[i]. It is kept here, not in the entries, which the secret
	// scan reads while the index is built.
	later []uint64
}

// newNameIndex indexes the first entry of each name and marks the entries
// whose name an earlier entry already has.
func newNameIndex(entries []*entry) *nameIndex {
	n := 8
	for n < len(entries)+len(entries)/2 {
		n *= 2
	}
	x := &nameIndex{entries: entries, slots: make([]int32, n), seed: maphash.MakeSeed(), later: make([]uint64, (len(entries)+63)/64)}
	for i, e := range entries {
		if e.name() == "" {
			continue
		}
		j, found := x.find(e.name())
		if found {
			x.later[i/64] |= 1 << (i % 64)
			continue
		}
		x.slots[j] = int32(i + 1)
	}
	return x
}

// isLater reports whether an earlier entry has the name of entries[i].
func (x *nameIndex) isLater(i int) bool { return x.later[i/64]&(1<<(i%64)) != 0 }

// find returns the slot holding name, or the free slot where it belongs.
func (x *nameIndex) find(name string) (slot int, found bool) {
	mask := len(x.slots) - 1
	for j := int(maphash.String(x.seed, name)) & mask; ; j = (j + 1) & mask {
		s := x.slots[j]
		if s == 0 {
			return j, false
		}
		if x.entries[s-1].name() == name {
			return j, true
		}
	}
}

// lookup returns the first entry named name, or nil.
func (x *nameIndex) lookup(name string) *entry {
	if x == nil || len(x.slots) == 0 {
		return nil
	}
	if j, found := x.find(name); found {
		return x.entries[x.slots[j]-1]
	}
	return nil
}
