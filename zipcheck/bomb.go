package zipcheck

import "strings"

// A zip bomb is an archive that is small but expands to something that
// exhausts the disk, memory or time of whatever extracts it: entries with
// extreme compression ratios, nested archives, entries that overlap in the
// file so that the same bytes are extracted many times, or simply too many
// entries. Lambda extracts into a bounded space and rejects the upload, but
// every tool on the way (CI, scanners, a colleague's unzip) may not.

// minBombSize keeps small, very compressible files (a JSON of zeros, an
// empty-ish CSS) from counting: a ratio matters only on sizeable output.
const minBombSize = 1 << 20

func (c *checker) checkBomb(a *archive) error {
	const rule = "zip-bomb"
	if !c.on(rule) {
		return nil
	}
	if n := len(a.entries); n > c.lim.entries {
		c.report(a, rule, "", "%d entries, more than the %d allowed: extraction takes long and this is a zip-bomb trait; bundle the code (esbuild, a single jar) or drop unneeded files", n, c.lim.entries)
	}
	// Entries cannot hold more compressed bytes than the file has unless
	// they share them: the overlapping-entry bomb.
	var compressed uint64
	for _, e := range a.entries {
		compressed = addSat(compressed, e.csize)
	}
	if compressed > uint64(a.size) {
		c.report(a, rule, "", "entries declare %s of compressed data in a %s file, so they overlap and the same bytes extract many times; this is a zip bomb, do not deploy it", human(compressed), human(uint64(a.size)))
	}
	ratio := &capped{c: c, a: a, rule: rule}
	for _, e := range a.entries {
		if e.dir || e.size < minBombSize {
			continue
		}
		cs := e.csize
		if cs == 0 {
			ratio.add(e.raw, "%s expands from nothing to %s; this is a zip-bomb trait, re-create the zip", e.raw, human(e.size))
			continue
		}
		if r := e.size / cs; r > c.lim.ratio {
			ratio.add(e.raw, "%s expands %d times (%s to %s), more than the %d:1 allowed: a zip-bomb trait; check where the file comes from, or compress it differently", e.raw, r, human(cs), human(e.size), c.lim.ratio)
		}
	}
	if err := c.checkNestedZips(a, ratio); err != nil {
		return err
	}
	ratio.flush("expand more than allowed")
	return nil
}

// checkNestedZips reads the directory of each zip inside the package (not
// its contents) and reports those that declare more than a whole package
// may hold, or expand past the ratio limit: the recursive zip bomb, whose
// layers each look harmless.
func (c *checker) checkNestedZips(a *archive, out *capped) error {
	js := newJarSearch()
	for _, e := range a.entries {
		if e.dir || e.unreadable || !strings.HasSuffix(strings.ToLower(e.name()), ".zip") {
			continue
		}
		zr, err := js.open(a, e)
		if err != nil {
			return err
		}
		if zr == nil {
			continue
		}
		var total uint64
		for _, f := range zr.File {
			total = addSat(total, f.UncompressedSize64)
		}
		if total > c.lim.unzipped || total >= minBombSize && e.size > 0 && total/e.size > c.lim.ratio {
			out.add(e.raw, "%s is a zip inside the package that declares %s of content in %s: a nested zip bomb trait; remove it", e.raw, human(total), human(e.size))
		}
	}
	return nil
}
