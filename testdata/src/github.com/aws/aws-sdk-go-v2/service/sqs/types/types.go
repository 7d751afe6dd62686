package types

type MessageAttributeValue struct {
	DataType    *string
	StringValue *string
	BinaryValue []byte
}
