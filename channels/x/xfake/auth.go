package xfake

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// authenticate checks the Authorization header: an OAuth 1.0a header signed
// with the fake's consumer and token secrets (query and form parameters
// signed, a JSON or multipart body not), or a Bearer token the fake issued.
// It answers 401 itself and returns false when the call may not proceed.
// Callers hold s.mu.
func (s *Server) authenticate(w http.ResponseWriter, r *http.Request, body []byte) bool {
	h := r.Header.Get("Authorization")
	ok := false
	switch {
	case s.expired:
	case strings.HasPrefix(h, "OAuth "):
		ok = verifyOAuth1(r, h, body, s.now())
	case strings.HasPrefix(h, "Bearer "):
		exp, found := s.tokens.access[strings.TrimPrefix(h, "Bearer ")]
		ok = found && s.now().Before(exp)
	}
	if !ok {
		s.unauthorized(w)
	}
	return ok
}

// verifyOAuth1 checks an RFC 5849 HMAC-SHA1 signature.
func verifyOAuth1(r *http.Request, header string, body []byte, now time.Time) bool {
	oauth := map[string]string{}
	for _, part := range strings.Split(strings.TrimPrefix(header, "OAuth "), ",") {
		k, v, found := strings.Cut(strings.TrimSpace(part), "=")
		if !found {
			return false
		}
		uv, err := url.PathUnescape(strings.Trim(v, `"`))
		if err != nil {
			return false
		}
		oauth[k] = uv
	}
	if oauth["oauth_consumer_key"] != ConsumerKey || oauth["oauth_token"] != AccessToken ||
		oauth["oauth_signature_method"] != "HMAC-SHA1" || oauth["oauth_nonce"] == "" {
		return false
	}
	ts, err := strconv.ParseInt(oauth["oauth_timestamp"], 10, 64)
	if err != nil || now.Sub(time.Unix(ts, 0)).Abs() > 5*time.Minute {
		return false
	}
	got := oauth["oauth_signature"]
	delete(oauth, "oauth_signature")

	var params [][2]string
	for k, v := range oauth {
		params = append(params, [2]string{k, v})
	}
	for k, vs := range r.URL.Query() {
		for _, v := range vs {
			params = append(params, [2]string{k, v})
		}
	}
	// Only a form body is signed (RFC 5849 3.4.1.3.1); X's JSON is not.
	if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
		form, err := url.ParseQuery(string(body))
		if err != nil {
			return false
		}
		for k, vs := range form {
			for _, v := range vs {
				params = append(params, [2]string{k, v})
			}
		}
	}
	for i := range params {
		params[i] = [2]string{percentEncode(params[i][0]), percentEncode(params[i][1])}
	}
	sort.Slice(params, func(i, j int) bool {
		if params[i][0] != params[j][0] {
			return params[i][0] < params[j][0]
		}
		return params[i][1] < params[j][1]
	})
	pairs := make([]string, len(params))
	for i, p := range params {
		pairs[i] = p[0] + "=" + p[1]
	}
	base := strings.ToUpper(r.Method) + "&" + percentEncode("http://"+strings.ToLower(r.Host)+r.URL.EscapedPath()) +
		"&" + percentEncode(strings.Join(pairs, "&"))
	mac := hmac.New(sha1.New, []byte(percentEncode(ConsumerSecret)+"&"+percentEncode(AccessTokenSecret)))
	mac.Write([]byte(base))
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(got), []byte(want))
}

// percentEncode is RFC 3986 encoding as OAuth 1.0a requires: everything
// but unreserved characters is escaped, spaces as %20.
func percentEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(strconv.FormatInt(int64(c)>>4, 16)) + strings.ToUpper(strconv.FormatInt(int64(c)&15, 16)))
	}
	return b.String()
}
