package envconfig

import (
	"go/token"
	"go/types"
	"testing"
)

func TestSDKEnum(t *testing.T) {
	polly := types.NewPackage("github.com/aws/aws-sdk-go-v2/service/polly/types", "types")
	mine := types.NewPackage("example.com/shop/internal/names", "names")
	str := types.Typ[types.String]
	joanna := types.NewConst(token.NoPos, polly, "VoiceIdJoanna", str, nil)
	table := types.NewConst(token.NoPos, mine, "OrdersTable", str, nil)
	if !sdkEnum(value{s: "Joanna", origin: joanna}) {
		t.Error("an SDK constant is not an SDK enum")
	}
	if sdkEnum(value{s: "orders-prod", origin: table}) {
		t.Error("the module's own constant is an SDK enum")
	}
	if sdkEnum(value{s: "orders-prod"}) {
		t.Error("a literal is an SDK enum")
	}
}
