package types

type PutEventsRequestEntry struct {
	EventBusName *string
	Source       *string
	DetailType   *string
	Detail       *string
}
