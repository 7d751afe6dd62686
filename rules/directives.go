package rules

func init() {
	register(
		Rule{
			ID: "ignore-reason", Analyzer: "lambdalint", Severity: Warning,
			Title:     "a //lambdalint:ignore directive without a reason",
			Rationale: "A suppression is a decision a reviewer must be able to check later; without the reason it is only noise, so a directive without one suppresses nothing.",
			Bad:       "//lambdalint:ignore client-per-invocation\nclient := s3.NewFromConfig(cfg)",
			Good:      "//lambdalint:ignore client-per-invocation the client depends on the tenant in the request\nclient := s3.NewFromConfig(cfg)",
			Fix:       "Write why the finding does not apply after the rule id.",
		},
		Rule{
			ID: "ignore-unused", Analyzer: "lambdalint", Severity: Warning,
			Title:     "a //lambdalint:ignore directive that suppresses nothing",
			Rationale: "A directive that no longer matches a finding hides nothing today and will hide a real finding tomorrow; it may also name a rule that does not exist.",
			Bad:       "//lambdalint:ignore client-per-invocation legacy\nx := 1",
			Good:      "x := 1",
			Fix:       "Remove the directive, or correct the rule id it names.",
		},
	)
}
