package calendar

import (
	"context"
	"errors"

	"github.com/practicepost/practicepost/post"
)

// Credential is how a user shows, from the CLI, that a decision entered
// under their name is theirs: their password or one of their API tokens.
type Credential struct {
	Name     string `json:"name"`
	Password string `json:"password,omitempty"`
	Token    string `json:"token,omitempty"`
}

// CheckCredential reports how c proves the user ("password" or "API
// token"), or EForbidden. A password check is audited like a sign-in.
func (s *Service) CheckCredential(ctx context.Context, c Credential) (string, error) {
	switch {
	case c.Password != "":
		if _, err := s.Authenticate(ctx, c.Name, c.Password); err != nil {
			if errors.Is(err, ErrBadLogin) {
				return "", post.Errorf(post.EForbidden, "that is not %s's password", c.Name)
			}
			return "", err
		}
		return "password", nil
	case c.Token != "":
		t, err := s.db.APITokenFor(ctx, c.Token)
		if err != nil || t.User != c.Name {
			return "", post.Errorf(post.EForbidden, "that is not one of %s's API tokens", c.Name)
		}
		if _, err := s.UserRole(ctx, c.Name); err != nil {
			return "", post.Errorf(post.EForbidden, "%v", err)
		}
		return "API token", nil
	}
	return "", post.Errorf(post.EInvalid, "give %s's password or API token", c.Name)
}
