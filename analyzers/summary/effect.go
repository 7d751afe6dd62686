package summary

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"
)

// Kind classifies an effect.
type Kind string

const (
	// Construct: builds a client, SDK config, session or pool. Detail is
	// ConfigDetail for an SDK configuration or v1 session.
	Construct Kind = "construct"
	// StateWrite: writes package-level state.
	StateWrite Kind = "state-write"
	// Goroutine: starts a goroutine that the function does not wait for.
	Goroutine Kind = "goroutine"
)

// Effect is one thing a call does.
type Effect struct {
	Kind Kind
	// What names it for messages: "s3.NewFromConfig", "package variable cache".
	What string
	// Where is "file.go:12:3", the place in the code where it happens.
	Where string
	// Via lists the functions from the summarised one down to the place
	// where the effect happens, outermost first; empty when the effect
	// is in the summarised function's own body.
	Via []string
	// Params is a bitmask of the summarised function's parameters whose
	// values flow into the effect (bit i: parameter i; the receiver is
	// bit 63).
	Params uint64
	// Guarded: under a lazy-initialisation guard (a nil check of package
	// state, sync.Once), so it runs once per execution environment.
	Guarded bool
	// Detail carries kind-specific data for the analyzers.
	Detail string
	// KeyParam, on a ResourceWrite to S3 made in the function's own
	// body, is 1 + the index of the parameter it writes as the object
	// key, unchanged; 0 when the key is anything else. A caller that
	// skips objects by key then knows which key its call writes.
	KeyParam int

	// pos is the exact position when the effect is in the analysed
	// package's own code; it is not carried in facts.
	pos token.Pos
}

// Pos returns the effect's position in the analysed package, or NoPos
// when it comes from another package.
func (e Effect) Pos() token.Pos { return e.pos }

// ReceiverBit is the Params bit of a method's receiver.
const ReceiverBit = 63

func (e Effect) key() string {
	if e.Kind == ResourceName {
		// One write may name its resource in two fields (TopicArn,
		// TargetArn): each is an effect of its own.
		return fmt.Sprintf("%s|%s|%s|%t|%s", e.Kind, e.What, e.Where, e.Guarded, e.Detail)
	}
	return fmt.Sprintf("%s|%s|%s|%t", e.Kind, e.What, e.Where, e.Guarded)
}

// Chain is the call chain for messages: "via store.New → newClient".
func (e Effect) Chain() string {
	if len(e.Via) == 0 {
		return ""
	}
	return "via " + strings.Join(e.Via, " → ")
}

func where(fset *token.FileSet, pos token.Pos) string {
	p := fset.Position(pos)
	return fmt.Sprintf("%s:%d:%d", filepath.Base(p.Filename), p.Line, p.Column)
}

// Fact is the summary of a function, exported for functions with effects.
type Fact struct {
	Effects []Effect
	// Returned summarises the closures the function returns: what runs
	// when the returned function is called (handler factories).
	Returned []Effect
}

// AFact marks Fact as an analysis fact.
func (*Fact) AFact() {}

func (f *Fact) String() string {
	var b strings.Builder
	for i, e := range f.Effects {
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s %s", e.Kind, e.What)
		if e.Guarded {
			b.WriteString(" (guarded)")
		}
		if e.Params != 0 {
			fmt.Fprintf(&b, " (params %b)", e.Params)
		}
	}
	if len(f.Returned) > 0 {
		fmt.Fprintf(&b, "; returns closure with %d effects", len(f.Returned))
	}
	return b.String()
}

// Of returns effects of one kind.
func Of(effects []Effect, kind Kind) []Effect {
	var out []Effect
	for _, e := range effects {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// maxPerKind bounds the effects merged from callees per kind so facts
// stay small on big call graphs; the first ones found (the nearest) are
// kept.
const maxPerKind = 8

// addOwn adds an effect found in the function's own body. The cap of
// merge does not apply: the analysed package's findings come from these,
// and a handler that builds nine clients gets nine findings. Its size is
// that of the function's code.
func addOwn(dst []Effect, e Effect) []Effect {
	k := e.key()
	for i := range dst {
		if dst[i].key() == k {
			dst[i].Params |= e.Params
			return dst
		}
	}
	return append(dst, e)
}

// merge adds effects to dst, dropping duplicates and extras.
func merge(dst []Effect, add ...Effect) ([]Effect, bool) {
	changed := false
	count := map[Kind]int{}
	keys := map[string]int{} // key -> index in dst
	for i, e := range dst {
		if len(e.Via) > 0 { // the function's own effects do not use up the cap
			count[e.Kind]++
		}
		keys[e.key()] = i
	}
	for _, e := range add {
		k := e.key()
		if i, dup := keys[k]; dup {
			// The same effect through another argument (Archive(t1,
			// t2) saving both): the parameters add up.
			if e.Params&^dst[i].Params != 0 {
				dst[i].Params |= e.Params
				changed = true
			}
			continue
		}
		if count[e.Kind] >= maxPerKind {
			continue
		}
		keys[k] = len(dst)
		if len(e.Via) > 0 {
			count[e.Kind]++
		}
		dst = append(dst, e)
		changed = true
	}
	return dst, changed
}

// ConfigDetail is the Detail of a Construct effect that loads an SDK
// configuration (aws.Config) or a v1 session rather than a client: the
// messages say so.
const ConfigDetail = "config"
