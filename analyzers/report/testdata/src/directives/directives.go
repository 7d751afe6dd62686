package directives

func invalid()     {}
func undecodable() {}

func plain() {
	invalid() // want `invalid called`
}

func suppressed() {
	invalid() //lambdalint:ignore handler-signature a trailing directive covers its own line

	//lambdalint:ignore handler-signature a directive on a line of its own covers the next line
	invalid()

	//lambdalint:ignore handlersig the analyzer's name covers all of its rules
	undecodable()

	//lambdalint:ignore handler-signature -- a reason after two dashes, as gosec writes it
	invalid()

	//lambdalint:ignore handler-signature, a comma after the rule id
	invalid()
}

func notSuppressed() {
	//lambdalint:ignore handler-signature // want `needs a reason after the rule id`
	invalid() // want `invalid called`

	/* want `needs a reason` */ //lambdalint:ignore handler-signature --
	invalid()                   // want `invalid called`

	//lambdalint:ignore handler-signature covers only the next line, not this one // want `suppresses nothing`

	invalid() // want `invalid called`

	//lambdalint:ignore handler-signature names another rule than the finding's // want `suppresses nothing`
	undecodable() // want `undecodable called`

	//lambdalint:ignored handler-signature not a directive: another word
	invalid() // want `invalid called`
}

func unknown() {
	//lambdalint:ignore handler-signatur a typo in the rule id // want `unknown rule "handler-signatur" \(did you mean "handler-signature"\?\)`
	invalid() // want `invalid called`

	//lambdalint:ignore // want `needs a rule id and a reason`
	invalid() // want `invalid called`
}

func others() {
	//lambdalint:ignore size-zipped a rule of another analyzer is not this analyzer's to report
	invalid() // want `invalid called`
}
