package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// webhookBody is the JSON a webhook receives: the alert's fields, nothing
// else (no post text, no secrets).
type webhookBody struct {
	Source string `json:"source"`
	Link   string `json:"link,omitempty"` // the post's page, where its text is
	Alert
}

// webhook POSTs a as JSON. Any 2xx is success; a redirect is not (New).
func (n *Notifier) webhook(ctx context.Context, a Alert) error {
	a.Unsent = false // the store's bookkeeping, not the receiver's
	b, err := json.Marshal(webhookBody{Source: "practicepost", Link: n.PostLink(a), Alert: a})
	if err != nil {
		return fmt.Errorf("alert: webhook: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.hook, bytes.NewReader(b))
	if err != nil {
		// The URL may carry a token: never print it.
		return fmt.Errorf("alert: webhook: the configured URL is not usable")
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "practicepost-alert")
	resp, err := n.http.Do(req)
	if err != nil {
		return fmt.Errorf("alert: webhook: request failed: %w", redact(err))
	}
	defer resp.Body.Close()
	// Drained so the connection can be reused; a failure here costs only that.
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode/100 == 3 {
		// The new address (Location) may carry a token too: not printed.
		return fmt.Errorf("alert: webhook: HTTP %d, a redirect, not followed: configure the address it redirects to", resp.StatusCode)
	}
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("alert: webhook: HTTP %d", resp.StatusCode)
	}
	return nil
}

// redact drops the URL from a transport error: webhook URLs often carry a
// token in the path or query.
func redact(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
