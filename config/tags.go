package config

import (
	"reflect"
	"strings"
)

// tagTree is the key structure of Config, read from its toml tags.
type tagTree struct {
	names       []string
	sub         map[string]tagTree
	isRuleTable bool
}

func tagsOf(v any) tagTree {
	return tagsOfType(reflect.TypeOf(v))
}

func tagsOfType(t reflect.Type) tagTree {
	tree := tagTree{sub: map[string]tagTree{}}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		if name == "" || name == "-" {
			continue
		}
		tree.names = append(tree.names, name)
		ft := f.Type
		if ft.Kind() == reflect.Struct {
			tree.sub[name] = tagsOfType(ft)
		}
		if ft.Kind() == reflect.Map {
			tree.sub[name] = tagTree{sub: map[string]tagTree{}, isRuleTable: true}
		}
	}
	return tree
}
