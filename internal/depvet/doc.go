// Package depvet answers the go command's vet protocol for dependency
// packages (VetxOnly units) from their declarations alone.
//
// Under go vet -vettool, every package of the build, the standard
// library and every downloaded module included, gets a vet action whose
// only output is its vetx file: the package's export data, which its
// importers type-check against, and its analysis facts. unitchecker
// parses and type-checks each of them from source, function bodies
// included, to run the analyzers that export facts. lambdalint's fact
// passes do nothing with third-party code beyond its imports and file
// sizes (summary.ThirdParty), so the bodies are type-checked for nothing:
// they are most of the work of a cold or cache-missed run (aws-sdk-go-v2
// service packages are tens of thousands of lines of serializers).
//
// Run type-checks such a unit with types.Config.IgnoreFuncBodies, runs
// the analyzers that declare fact types (and those they require) on it,
// and writes the vetx file in unitchecker's format. Whenever unitchecker
// succeeds on the unit the file is the same, byte for byte; Run also
// succeeds on units whose bodies do not type-check, which the compiler
// reports anyway. The files are parsed without comments. It declines, leaving the unit to unitchecker, whenever the
// result might differ from unitchecker's: the unit is the user's own code,
// an analyzer asks for function bodies (analyzers.FactsNeedBodies), a
// dependency carries object facts (which would have to be re-exported),
// the analyzers were selected by flag, or anything fails. Its output is
// checked against unitchecker's on real packages by the tests.
package depvet
