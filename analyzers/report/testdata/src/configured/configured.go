package configured

func invalid()     {}
func undecodable() {}

func f() {
	invalid() // disabled by the configuration

	//lambdalint:ignore handler-signature the rule is off, so an unused directive for it is not reported
	undecodable() // want `undecodable called`
}
