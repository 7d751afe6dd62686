package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

type Order struct {
	ID    string          `json:"id"`
	Items []Item          `json:"items"`
	Meta  json.RawMessage `json:"meta"`
}

type Item struct {
	SKU      string `json:"sku"`
	Children []Item `json:"children"`
}

// Node is a parsed category tree.
type Node struct {
	Name     string
	Children []*Node
	next     *Node
}

func handle(ctx context.Context, o Order) (int, error) {
	if err := submit(ctx, o, 0); err != nil {
		return 0, err
	}
	total := countItems(o.Items)
	total += isEven(len(o.Items))
	root := &Node{Name: "root"}
	total += root.Len()
	w := &logWriter{inner: os.Stdout}
	_, _ = w.Write([]byte(o.ID))
	var s sizer = root
	total += s.Size()
	total += visit(root)
	total += linked(root)
	return total, nil
}

// submit retries by calling itself: the classic unbounded recursion.
func submit(ctx context.Context, o Order, attempt int) error { // want `submit is recursive \(submit → submit\) and runs on every invocation of main.handle`
	if err := save(ctx, o); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		return submit(ctx, o, attempt+1)
	}
	return nil
}

func save(ctx context.Context, o Order) error { return nil }

// countItems walks a tree of items: recursion over data, still reported.
func countItems(items []Item) int { // want `countItems is recursive \(countItems → countItems\)`
	n := len(items)
	for _, it := range items {
		n += countItems(it.Children)
	}
	return n
}

// isEven and isOdd are mutually recursive: one finding for the cycle.
func isEven(n int) int { // want `isEven is recursive \(isEven → isOdd → isEven\)`
	if n == 0 {
		return 1
	}
	return isOdd(n - 1)
}

func isOdd(n int) int {
	if n == 0 {
		return 0
	}
	return isEven(n - 1)
}

// Len is a method calling itself on another node of the same type.
func (n *Node) Len() int { // want `\(\*Node\).Len is recursive`
	if n.next == nil {
		return 1
	}
	return 1 + n.next.Len()
}

type sizer interface{ Size() int }

// Size calls Size through an interface: not resolved, not recursion.
func (n *Node) Size() int {
	total := 1
	for _, c := range n.Children {
		var s sizer = c
		total += s.Size()
	}
	return total
}

// logWriter wraps another writer: w.inner.Write is not recursion.
type logWriter struct{ inner io.Writer }

func (w *logWriter) Write(p []byte) (int, error) { return w.inner.Write(p) }

type fileWriter struct{ inner *os.File }

func (w *fileWriter) Write(p []byte) (int, error) { return w.inner.Write(p) }

// visit calls itself through a closure variable.
func visit(root *Node) int {
	count := 0
	var walk func(n *Node)
	walk = func(n *Node) {
		count++
		for _, c := range n.Children {
			walk(c) // want `the closure walk calls itself`
		}
	}
	walk(root)
	return count
}

// linked uses a func value that is not itself: not recursion.
func linked(n *Node) int {
	f := func(m *Node) int { return len(m.Name) }
	return f(n)
}

// depth is recursive but only runs at start-up, not per invocation.
func depth(n *Node) int {
	d := 0
	for _, c := range n.Children {
		d = max(d, depth(c)+1)
	}
	return d
}

var startDepth = depth(&Node{})

// bounded is recursion the author vouches for.
func bounded(n *Node) int { //lambdalint:ignore recursive-call the category tree is at most 4 levels deep
	s := 1
	for _, c := range n.Children {
		s += bounded(c)
	}
	return s
}

// limited carries an explicit depth limit: the bound the rule asks for,
// silent.
func limited(n *Node, level int) (int, error) {
	if level >= maxLevels {
		return 0, errors.New("tree too deep")
	}
	s := 1
	for _, c := range n.Children {
		k, err := limited(c, level+1)
		if err != nil {
			return 0, err
		}
		s += k
	}
	return s, nil
}

const maxLevels = 16

// Look-alikes of a depth limit that bound nothing: the level is passed
// unchanged, or not tested against a limit.
func stuck(n *Node, level int) int { // want `stuck is recursive`
	if level > maxLevels {
		return 0
	}
	s := 1
	for _, c := range n.Children {
		s += stuck(c, level)
	}
	return s
}

func counted(n *Node, level int) int { // want `counted is recursive`
	log.Print(level)
	s := 1
	for _, c := range n.Children {
		s += counted(c, level+1)
	}
	return s
}

// guarded recurses only under a test of its depth against a limit: the
// same bound as an early return, silent.
func guarded(n *Node, depth int) int {
	s := 1
	if n != nil && depth < maxLevels {
		for _, c := range n.Children {
			s += guarded(c, depth+1)
		}
	}
	return s
}

// Look-alikes of the guarded form: the call outside the tested branch,
// the test under || (force makes it unbounded), a countdown.
func outside(n *Node, depth int) int { // want `outside is recursive`
	s := 1
	if depth < maxLevels {
		s++
	}
	for _, c := range n.Children {
		s += outside(c, depth+1)
	}
	return s
}

func either(n *Node, depth int, force bool) int { // want `either is recursive`
	s := 1
	if depth < maxLevels || force {
		for _, c := range n.Children {
			s += either(c, depth+1, force)
		}
	}
	return s
}

func countdown(n *Node, left int) int { // want `countdown is recursive`
	s := 1
	if left > 0 {
		for _, c := range n.Children {
			s += countdown(c, left-1)
		}
	}
	return s
}

func along(items []string, i int) int { // want `along is recursive`
	if i < len(items) {
		return 1 + along(items, i+1)
	}
	return 0
}

// walker keeps its limit in a field.
type walker struct{ maxDepth int }

func (w *walker) walk(n *Node, depth int) int {
	s := 1
	if depth <= w.maxDepth {
		for _, c := range n.Children {
			s += w.walk(c, depth+1)
		}
	}
	return s
}

// parser keeps its depth in a field: it leaves past the limit and counts
// each level on the way down. Silent.
type parser struct{ depth int }

func (p *parser) parse(n *Node) int {
	if p.depth >= maxLevels {
		return 0
	}
	p.depth++
	defer func() { p.depth-- }()
	s := 1
	for _, c := range n.Children {
		s += p.parse(c)
	}
	return s
}

// Look-alikes of a depth field: never incremented; incremented on a copy
// (a value receiver); the recursion goes through another parser.
type lister struct{ depth int }

func (l *lister) list(n *Node) int { // want `list is recursive`
	if l.depth >= maxLevels {
		return 0
	}
	s := 1
	for _, c := range n.Children {
		s += l.list(c)
	}
	return s
}

type copier struct{ depth int }

func (c copier) walk(n *Node) int { // want `walk is recursive`
	if c.depth >= maxLevels {
		return 0
	}
	c.depth++
	s := 1
	for _, ch := range n.Children {
		s += c.walk(ch)
	}
	return s
}

type forker struct{ depth int }

func (f *forker) fork(n *Node) int { // want `fork is recursive`
	if f.depth >= maxLevels {
		return 0
	}
	f.depth++
	s := 1
	for _, c := range n.Children {
		s += (&forker{}).fork(c)
	}
	return s
}

// tokens advances a position over its input: the input's length is the
// limit, the data's depth again.
type tokens struct {
	pos  int
	toks []string
}

func (t *tokens) expr() int { // want `expr is recursive`
	if t.pos >= len(t.toks) {
		return 0
	}
	t.pos++
	return 1 + t.expr()
}

// pages fetches the next page while the response says there are more:
// a limit from the data.
type page struct{ Total int }

func fetchPages(n int, resp page) int { // want `fetchPages is recursive`
	if n < resp.Total {
		return fetchPages(n+1, resp)
	}
	return n
}

func handleTree(ctx context.Context, n Node) (int, error) {
	k, err := limited(&n, 0)
	return bounded(&n) + k + stuck(&n, 0) + counted(&n, 0) + guarded(&n, 0) + outside(&n, 0) + either(&n, 0, false) + countdown(&n, 3) + along(nil, 0) + (&walker{4}).walk(&n, 0) + (&parser{}).parse(&n) + (&lister{}).list(&n) + copier{}.walk(&n) + (&forker{}).fork(&n) + (&tokens{}).expr() + fetchPages(0, page{}) + cut(&n, 0, false) + strictCut(&n, 0, false) + (&strictParser{}).parse(&n) + (&stoppingParser{}).parse(&n) + (&lazyParser{}).parse(&n), err
}

func main() {
	_ = (&fileWriter{}).Write
	lambda.Start(handle)
	lambda.Start(handleTree)
}

// The leaving if's condition: a depth test under || leaves on the depth
// alone (silent); under && it leaves only when strict is set too, and a
// test inside a closure leaves only the closure (both reported).
func cut(n *Node, depth int, stop bool) int {
	if depth > maxLevels || stop {
		return 0
	}
	s := 1
	for _, c := range n.Children {
		s += cut(c, depth+1, stop)
	}
	return s
}

func strictCut(n *Node, depth int, strict bool) int { // want `strictCut is recursive`
	if depth > maxLevels && strict {
		return 0
	}
	s := 1
	for _, c := range n.Children {
		s += strictCut(c, depth+1, strict)
	}
	return s
}

type strictParser struct {
	depth  int
	strict bool
}

func (p *strictParser) parse(n *Node) int { // want `parse is recursive`
	if p.depth >= maxLevels && p.strict {
		return 0
	}
	p.depth++
	defer func() { p.depth-- }()
	s := 1
	for _, c := range n.Children {
		s += p.parse(c)
	}
	return s
}

type stoppingParser struct {
	depth int
	stop  bool
}

func (p *stoppingParser) parse(n *Node) int {
	if p.stop || p.depth >= maxLevels {
		return 0
	}
	p.depth++
	defer func() { p.depth-- }()
	s := 1
	for _, c := range n.Children {
		s += p.parse(c)
	}
	return s
}

type lazyParser struct{ depth int }

func (p *lazyParser) parse(n *Node) int { // want `parse is recursive`
	tooDeep := func() int {
		if p.depth >= maxLevels {
			return 0
		}
		return 1
	}
	p.depth++
	defer func() { p.depth-- }()
	s := tooDeep()
	for _, c := range n.Children {
		s += p.parse(c)
	}
	return s
}
