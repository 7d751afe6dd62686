package configured

func g() {
	undecodable() // the file is excluded by the configuration
}
