package google_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"golang.org/x/oauth2"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/google"
	"github.com/practicepost/practicepost/channels/google/gbpfake"
)

// memSecrets is an in-memory channels.SecretStore.
type memSecrets struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memSecrets) LoadSecret(_ context.Context, name string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[name], nil
}

func (s *memSecrets) SaveSecret(_ context.Context, name string, v []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = v
	return nil
}

// consent follows the connect flow's first leg through the fake's consent
// page and returns the code it sends back.
func consent(t *testing.T, authorizeURL, state string) string {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, authorizeURL, nil)
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusFound {
		t.Fatalf("consent page: HTTP %d", resp.StatusCode)
	}
	back, err := url.Parse(resp.Header.Get("Location"))
	if err != nil || back.Query().Get("state") != state {
		t.Fatalf("consent page sent back %q", resp.Header.Get("Location"))
	}
	return back.Query().Get("code")
}

func TestKindConnectsAndPublishes(t *testing.T) {
	fake := gbpfake.New()
	t.Cleanup(fake.Close)
	k, ok := channels.Lookup("google")
	if !ok {
		t.Fatal("google is not registered")
	}
	cases := []struct {
		name     string
		location string
		wantErr  string
	}{
		{"the one location the account manages", "", ""},
		{"the configured location", gbpfake.LocationID, ""},
		{"a location the account does not manage", "999", "does not manage the configured location"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fake.Reset()
			opts := &google.Options{ClientID: gbpfake.ClientID, ClientSecret: gbpfake.ClientSecret, LocationID: tc.location}
			if p := opts.Check(); len(p) > 0 {
				t.Fatalf("Check: %v", p)
			}
			secrets := &memSecrets{m: map[string][]byte{}}
			setup := channels.Setup{ID: "google-main", APIBase: fake.URL(), Options: opts, Secrets: secrets}
			ch, err := k.New(t.Context(), setup)
			if err != nil {
				t.Fatal(err)
			}
			// Not connected yet: calls fail as an expired login would.
			_, err = ch.Verify(t.Context())
			wantClass(t, err, channels.AuthExpired)

			conn, err := k.Connector(setup)
			if err != nil {
				t.Fatal(err)
			}
			verifier := oauth2.GenerateVerifier()
			redirect := "https://practice.example/channels/google-main/connected"
			au := conn.AuthorizeURL(redirect, "st4te", verifier)
			if !strings.Contains(au, "access_type=offline") || !strings.Contains(au, "business.manage") {
				t.Errorf("authorize URL %s", au)
			}
			code := consent(t, au, "st4te")
			got, err := conn.Connect(t.Context(), redirect, channels.Returned{Code: code, Verifier: verifier})
			if tc.wantErr != "" {
				reason, ok := channels.ConnectReason(err)
				if !ok || !strings.Contains(reason, tc.wantErr) || !strings.Contains(reason, gbpfake.LocationID) {
					t.Fatalf("Connect = %v, want a reason saying %q and naming the account's location", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Account.ID != gbpfake.LocationID || got.Account.Name != gbpfake.LocationTitle {
				t.Errorf("connected account %+v", got.Account)
			}
			if strings.Contains(string(got.Secret), gbpfake.AccessToken) {
				t.Error("the stored grant keeps the short-lived access token")
			}
			if err := secrets.SaveSecret(t.Context(), conn.SecretName(), got.Secret); err != nil {
				t.Fatal(err)
			}
			acct, err := ch.Verify(t.Context())
			if err != nil || acct.ID != gbpfake.LocationID {
				t.Fatalf("Verify after connecting = %+v, %v", acct, err)
			}
			if _, err := ch.Publish(t.Context(), out("Flu shots this week, walk-ins welcome.")); err != nil {
				t.Fatal(err)
			}
			if n := len(fake.Accepted()); n != 1 {
				t.Errorf("fake holds %d posts", n)
			}
			// The registered channel reaches the adapter's reviews.
			fake.AddReview("Jane Roe", 5, "Great care.", "")
			rv, ok := ch.(channels.Reviewer)
			if !ok {
				t.Fatal("the registered channel is not a channels.Reviewer")
			}
			if got, err := rv.Reviews(t.Context(), fake.Accepted()[0].At.AddDate(0, 0, -1)); err != nil || len(got) != 1 {
				t.Errorf("Reviews = %d, %v", len(got), err)
			}
		})
	}
}

func TestKindMeasure(t *testing.T) {
	k, _ := channels.Lookup("google")
	if f := k.Fit(strings.Repeat("a", google.MaxSummaryChars)); !f.Fits {
		t.Errorf("1,500 letters do not fit: %+v", f)
	}
	if f := k.Fit(strings.Repeat("a", google.MaxSummaryChars-1) + "😀"); f.Fits {
		t.Errorf("1,499 letters and an emoji fit: %+v (Google's editor counts the emoji as 2)", f)
	}
}
