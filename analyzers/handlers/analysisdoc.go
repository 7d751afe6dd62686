package handlers

import "github.com/lambdalint/lambdalint/analyzers/docs"

func analysisDoc(src string) string { return docs.FromSource(src) }
