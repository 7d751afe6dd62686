package zipcheck

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/lambdalint/lambdalint/output"
)

// checkSizes compares the package with the upload and extraction limits.
func (c *checker) checkSizes() {
	for _, a := range c.all() {
		if z := uint64(a.size); z > c.lim.zipped {
			what := "package"
			if a.layer {
				what = "layer"
			}
			c.report(a, "size-zipped", "",
				"%s is %s zipped, %s over the %s direct-upload limit; upload it to S3 and deploy from there (--s3-bucket/--s3-key), or shrink it (largest: %s)",
				what, human(z), human(z-c.lim.zipped), limitText(c.lim.zipped, defaultMaxZipped), largest([]*archive{a}, 3))
		}
	}

	var total uint64
	per := make([]uint64, 0, 1+len(c.layers))
	for _, a := range c.all() {
		s := a.unzipped()
		per = append(per, s)
		total = addSat(total, s)
	}
	if total > c.lim.unzipped {
		what := "package unzips"
		if len(c.layers) > 0 {
			what = "function and layers unzip"
		}
		f := c.report(c.fn, "size-unzipped", "",
			"%s to %s, %s over the %s limit (%s bytes); largest: %s; drop unused dependencies and assets, strip binaries, or ship a container image (up to 10 GB)",
			what, human(total), human(total-c.lim.unzipped), limitText(c.lim.unzipped, defaultMaxUnzipped), commas(c.lim.unzipped), largest(c.all(), 3))
		for i, l := range c.layers {
			f.Related = append(f.Related, output.Location{File: l.path, Message: "layer unzips to " + human(per[i+1])})
		}
	}

	if n := len(c.layers); n > c.lim.layers {
		f := c.report(c.fn, "layers-count", "",
			"%d layers, %d more than the %d a function can use; merge layers or move their contents into the package or a container image",
			n, n-c.lim.layers, c.lim.layers)
		for _, l := range c.layers[c.lim.layers:] {
			f.Related = append(f.Related, output.Location{File: l.path, Message: "layer over the limit"})
		}
	}
}

// unzipped is the declared size of every file in the archive, saturating
// rather than wrapping on hostile sizes.
func (a *archive) unzipped() uint64 {
	var s uint64
	for _, e := range a.entries {
		if !e.dir {
			s = addSat(s, e.size)
		}
	}
	return s
}

// largest names the n biggest files of the archives, the ones worth
// looking at first; entries of layers are prefixed with the layer's path.
func largest(as []*archive, n int) string {
	type item struct {
		name string
		size uint64
	}
	var top []item
	for _, a := range as {
		for _, e := range a.entries {
			if e.dir || (len(top) == n && e.size <= top[n-1].size) {
				continue
			}
			name := e.raw
			if a.layer {
				name = a.path + ":" + name
			}
			top = append(top, item{name, e.size})
			sort.SliceStable(top, func(i, j int) bool { return top[i].size > top[j].size })
			if len(top) > n {
				top = top[:n]
			}
		}
	}
	parts := make([]string, len(top))
	for i, it := range top {
		parts[i] = fmt.Sprintf("%s %s", it.name, human(it.size))
	}
	if len(parts) == 0 {
		return "no files"
	}
	return strings.Join(parts, ", ")
}

func limitText(limit, aws uint64) string {
	if limit == aws {
		return human(limit)
	}
	return "configured " + human(limit)
}

func addSat(a, b uint64) uint64 {
	if a > math.MaxUint64-b {
		return math.MaxUint64
	}
	return a + b
}

// human formats a byte count the way AWS documents limits (MiB as "MB"
// there, written MiB here to be exact).
func human(n uint64) string {
	const k = 1024
	unit, div := "", 1.0
	switch {
	case n >= k*k*k:
		unit, div = "GiB", k*k*k
	case n >= k*k:
		unit, div = "MiB", k*k
	case n >= k:
		unit, div = "KiB", k
	default:
		return fmt.Sprintf("%d bytes", n)
	}
	s := strconv.FormatFloat(float64(n)/div, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + " " + unit
}

// commas writes 262144000 as 262,144,000, as the Lambda API error does.
func commas(n uint64) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plural returns "1 file" or "3 files".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
