package facebook_test

import (
	"fmt"
	"testing"

	"github.com/practicepost/practicepost/channels/facebook"
	"github.com/practicepost/practicepost/channels/facebook/fbfake"
	"github.com/practicepost/practicepost/post"
)

func BenchmarkPublish(b *testing.B) {
	fake := fbfake.New()
	b.Cleanup(fake.Close)
	c, err := facebook.New(facebook.Config{ID: "fb", APIBase: fake.URL(), PageID: fbfake.PageID, PageAccessToken: fbfake.PageToken, AppID: fbfake.AppID, AppSecret: fbfake.AppSecret})
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if _, err := c.Publish(b.Context(), post.Outgoing{Text: fmt.Sprintf("Flu shots this week, number %d", i), Link: "https://clinic.example/flu"}); err != nil {
			b.Fatal(err)
		}
	}
}
