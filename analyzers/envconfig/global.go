package envconfig

import (
	"go/ast"
	"go/types"
	"path"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// globalRegions are the services whose API lives in one region whatever
// the function's own: CloudFront, Route 53, IAM, Organizations, Cost
// Explorer and the other global or billing services answer in us-east-1,
// Global Accelerator in us-west-2. Pinning that region is the service's
// requirement, not configuration.
var globalRegions = map[string]string{
	"cloudfront": "us-east-1", "route53": "us-east-1", "route53domains": "us-east-1",
	"iam": "us-east-1", "organizations": "us-east-1", "account": "us-east-1",
	"costexplorer": "us-east-1", "budgets": "us-east-1", "pricing": "us-east-1",
	"costandusagereportservice": "us-east-1", "billingconductor": "us-east-1",
	"shield": "us-east-1", "health": "us-east-1",
	"globalaccelerator": "us-west-2",
}

// globalService returns the fixed region of an SDK service package, or "".
func globalService(pkgPath string) string {
	if !sdkPackage(pkgPath) {
		return ""
	}
	return globalRegions[path.Base(pkgPath)]
}

// forGlobalService reports whether the region set at cur (a WithRegion
// call, an aws.Config literal) configures only clients of global services
// that live in that region: the config it builds is assigned to a
// variable whose every use is an argument of such a service's constructor
// (cfg, _ := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"));
// cf := cloudfront.NewFromConfig(cfg)).
func (c *checker) forGlobalService(cur inspector.Cursor, region string) bool {
	// Written inline: cloudfront.NewFromConfig(aws.Config{Region: ...}).
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		call, ok := p.Node().(*ast.CallExpr)
		if !ok {
			if !holds(p.Node()) {
				break
			}
			continue
		}
		if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil && fn.Pkg() != nil && fn.Signature().Recv() == nil && globalService(fn.Pkg().Path()) == region {
			return true
		}
	}
	obj := c.assignedTo(cur)
	if obj == nil {
		return false
	}
	services := c.constructorsOf()[obj]
	if len(services) == 0 || len(services) != c.usesOf(obj) {
		return false // also given to a helper, a struct or a copy
	}
	for _, s := range services {
		if globalService(s) != region {
			return false
		}
	}
	return true
}

// assignedTo climbs from cur through the calls, & and literals that hold
// it to the variable the result is assigned to, or nil.
func (c *checker) assignedTo(cur inspector.Cursor) types.Object {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		if holds(p.Node()) {
			continue
		}
		switch n := p.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == 0 {
				return nil
			}
			if id, ok := ast.Unparen(n.Lhs[0]).(*ast.Ident); ok {
				return c.pass.TypesInfo.ObjectOf(id)
			}
		case *ast.ValueSpec:
			if len(n.Names) > 0 {
				return c.pass.TypesInfo.Defs[n.Names[0]]
			}
		}
		return nil
	}
	return nil
}

// holds: the nodes a region value passes through on its way to the
// variable or the call it configures.
func holds(n ast.Node) bool {
	switch n.(type) {
	case *ast.CallExpr, *ast.UnaryExpr, *ast.CompositeLit, *ast.KeyValueExpr, *ast.ParenExpr:
		return true
	}
	return false
}

// constructorsOf maps each variable given to a function of an SDK service
// package (s3.NewFromConfig(cfg), cloudfront.New(sess)) to those
// packages' paths; computed once per package, on the first region that
// asks.
func (c *checker) constructorsOf() map[types.Object][]string {
	if c.ctors != nil {
		return c.ctors
	}
	c.ctors = map[types.Object][]string{}
	for _, f := range c.files {
		for cur := range f.Preorder((*ast.CallExpr)(nil)) {
			call := cur.Node().(*ast.CallExpr)
			fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
			if fn == nil || fn.Pkg() == nil || !sdkPackage(fn.Pkg().Path()) {
				continue
			}
			if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
				continue // a client's method, not a constructor
			}
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok {
					if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
						c.ctors[obj] = append(c.ctors[obj], fn.Pkg().Path())
					}
				}
			}
		}
	}
	return c.ctors
}

// usesOf counts the uses of obj in the package's non-test files.
func (c *checker) usesOf(obj types.Object) int {
	n := 0
	for _, f := range c.files {
		for cur := range f.Preorder((*ast.Ident)(nil)) {
			if c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)] == obj {
				n++
			}
		}
	}
	return n
}
