package linkedin_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/practicepost/practicepost/channels/linkedin"
	"github.com/practicepost/practicepost/channels/linkedin/lifake"
	"github.com/practicepost/practicepost/post"
)

func BenchmarkEscapeLittleText(b *testing.B) {
	text := strings.Repeat("Flu shots (walk-ins welcome) #FluSeason @ the clinic_ ", 50) // ~2,700 bytes
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = linkedin.EscapeLittleText(text)
	}
}

func BenchmarkPublish(b *testing.B) {
	fake := lifake.New()
	b.Cleanup(fake.Close)
	c, err := linkedin.New(linkedin.Config{ID: "li", APIBase: fake.URL(), OrganizationID: lifake.OrganizationID, AccessToken: lifake.AccessToken, APIVersion: "202609"})
	if err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		if _, err := c.Publish(b.Context(), post.Outgoing{Text: fmt.Sprintf("Flu shots (walk-ins) number %d", i)}); err != nil {
			b.Fatal(err)
		}
	}
}
