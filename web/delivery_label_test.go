package web

import (
	"testing"

	"github.com/practicepost/practicepost/post"
)

func TestDeliveryLabel(t *testing.T) {
	cases := []struct {
		st   post.DeliveryState
		kind string
		want string
	}{
		{post.DeliveryModeration, "", "with the network for review"},
		{post.DeliveryPublished, "google", "published"},
		{post.DeliveryUnknown, "x", "unknown: check the account"},
	}
	for _, tc := range cases {
		if got := deliveryLabel(tc.st, tc.kind); got != tc.want {
			t.Errorf("deliveryLabel(%s, %q) = %q, want %q", tc.st, tc.kind, got, tc.want)
		}
	}
}
