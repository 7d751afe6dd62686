package types

type AttributeValue interface{ isAttributeValue() }

type AttributeValueMemberS struct{ Value string }

func (*AttributeValueMemberS) isAttributeValue() {}

type PutRequest struct {
	Item map[string]AttributeValue
}
type DeleteRequest struct {
	Key map[string]AttributeValue
}
type WriteRequest struct {
	PutRequest    *PutRequest
	DeleteRequest *DeleteRequest
}
type Put struct {
	TableName *string
	Item      map[string]AttributeValue
}
type Update struct {
	TableName        *string
	Key              map[string]AttributeValue
	UpdateExpression *string
}
type TransactWriteItem struct {
	Put    *Put
	Update *Update
}
