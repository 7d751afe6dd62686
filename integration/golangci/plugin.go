package main

// The lambdalint module plugin, as a .custom-gcl.yml naming
// github.com/lambdalint/lambdalint/golangci would compile in.
import _ "github.com/lambdalint/lambdalint/golangci"
