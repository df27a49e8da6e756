package bluesky_test

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/channels/bluesky"
	"github.com/practicepost/practicepost/channels/channeltest"
	"github.com/practicepost/practicepost/post"
)

// pdsDir holds the pinned reference PDS (package.json, package-lock.json;
// `npm ci` there installs it) and run.js, which starts it.
const pdsDir = "testdata/pds"

// pdsVersion is the @atproto/pds release package.json pins: the newest
// whose engines field takes Node 20 (0.5.x wants Node 22).
const pdsVersion = "0.4.217"

// referencePDS is a running reference PDS.
type referencePDS struct {
	url string
	hc  *http.Client
}

// startPDS starts the reference PDS on loopback with a temporary data
// folder and stops it when the test ends. Without node or the installed
// package it skips, and fails instead when CI is set.
func startPDS(t *testing.T) *referencePDS {
	t.Helper()
	missing := func(format string, args ...any) {
		t.Helper()
		msg := fmt.Sprintf(format, args...) + " (run `npm ci` in channels/bluesky/" + pdsDir + ")"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node is not installed")
	}
	meta, err := os.ReadFile(filepath.Join(pdsDir, "node_modules", "@atproto", "pds", "package.json"))
	if err != nil {
		missing("the reference PDS is not installed: %v", err)
	}
	var m struct{ Version string }
	if json.Unmarshal(meta, &m) != nil || m.Version != pdsVersion {
		missing("%s/node_modules holds @atproto/pds %q, not %s", pdsDir, m.Version, pdsVersion)
	}

	port := freePort(t)
	data := t.TempDir()
	cmd := exec.Command(node, "run.js")
	cmd.Dir = pdsDir
	cmd.Env = append(os.Environ(),
		"PDS_HOSTNAME=localhost",
		"PDS_PORT="+port,
		"PDS_DEV_MODE=true",
		"PDS_DATA_DIRECTORY="+data,
		"PDS_BLOBSTORE_DISK_LOCATION="+filepath.Join(data, "blobs"),
		"PDS_JWT_SECRET="+randomHex(t, 16),
		"PDS_ADMIN_PASSWORD="+randomHex(t, 16),
		"PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX="+randomHex(t, 32),
		"PDS_SERVICE_HANDLE_DOMAINS=.test",
		"PDS_INVITE_REQUIRED=false",
		"PDS_CRAWLERS=",
		"LOG_ENABLED=false",
	)
	stdin, err := cmd.StdinPipe() // closed when the test ends: run.js stops then
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = stdin.Close()
		select {
		case <-exited:
		case <-time.After(20 * time.Second):
			_ = cmd.Process.Kill()
			<-exited
		}
	})

	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if line, ok := strings.CutPrefix(sc.Text(), "ready "); ok {
				ready <- line
			}
		}
	}()
	select {
	case line := <-ready:
		t.Logf("reference PDS: %s", line)
	case err := <-exited:
		t.Fatalf("the reference PDS stopped before it was ready: %v\n%s", err, stderr.String())
	case <-time.After(3 * time.Minute):
		t.Fatalf("the reference PDS was not ready after 3 minutes\n%s", stderr.String())
	}
	return &referencePDS{url: "http://127.0.0.1:" + port, hc: &http.Client{Timeout: time.Minute}}
}

func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	_, port, _ := net.SplitHostPort(l.Addr().String())
	return port
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// xrpcError is an XRPC error answer, as the test reads it.
type xrpcError struct {
	Status  int
	Name    string `json:"error"`
	Message string `json:"message"`
}

func (e *xrpcError) Error() string { return fmt.Sprintf("HTTP %d %s: %s", e.Status, e.Name, e.Message) }

// call sends one XRPC call straight to the PDS, without the adapter.
func (p *referencePDS) call(t *testing.T, method, nsid, token string, query url.Values, body any, out any) error {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	u := p.url + "/xrpc/" + nsid
	if query != nil {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequestWithContext(t.Context(), method, u, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		t.Fatalf("%s: %v", nsid, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", nsid, err)
	}
	if resp.StatusCode >= 300 {
		xe := &xrpcError{Status: resp.StatusCode}
		_ = json.Unmarshal(raw, xe)
		return xe
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s: %v in %s", nsid, err, raw)
		}
	}
	return nil
}

// account is a created account.
type account struct {
	DID       string `json:"did"`
	Handle    string `json:"handle"`
	AccessJwt string `json:"accessJwt"`
}

func (p *referencePDS) createAccount(t *testing.T, handle string) account {
	t.Helper()
	var a account
	body := map[string]string{"email": strings.ReplaceAll(handle, ".", "-") + "@example.com", "handle": handle, "password": randomHex(t, 12)}
	if err := p.call(t, http.MethodPost, "com.atproto.server.createAccount", "", nil, body, &a); err != nil {
		t.Fatalf("createAccount %s: %v", handle, err)
	}
	return a
}

func (p *referencePDS) getRecord(t *testing.T, uri string) (cid string, v storedPost) {
	t.Helper()
	parts := strings.Split(strings.TrimPrefix(uri, "at://"), "/")
	var r struct {
		CID   string          `json:"cid"`
		Value json.RawMessage `json:"value"`
	}
	q := url.Values{"repo": {parts[0]}, "collection": {parts[1]}, "rkey": {parts[2]}}
	if err := p.call(t, http.MethodGet, "com.atproto.repo.getRecord", "", q, nil, &r); err != nil {
		t.Fatalf("getRecord %s: %v", uri, err)
	}
	if err := json.Unmarshal(r.Value, &v); err != nil {
		t.Fatal(err)
	}
	return r.CID, v
}

// TestReferencePDS publishes through the adapter to the reference PDS
// (@atproto/pds, run by node) and reads the records back: text, facets on
// the right byte ranges, the image blob, reply references, and that a
// retry of an attempt makes no second post.
func TestReferencePDS(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the reference PDS (node)")
	}
	pds := startPDS(t)
	clinic := pds.createAccount(t, "clinic.test")
	alice := pds.createAccount(t, "alice.test")
	var ap struct {
		Password string `json:"password"`
	}
	if err := pds.call(t, http.MethodPost, "com.atproto.server.createAppPassword", clinic.AccessJwt, nil, map[string]string{"name": "practicepost"}, &ap); err != nil {
		t.Fatalf("createAppPassword: %v", err)
	}
	opts := &bluesky.Options{Handle: "clinic.test", AppPassword: channels.Secret(ap.Password)}
	if problems := opts.Check(); len(problems) > 0 {
		t.Fatalf("the PDS's app password fails Options.Check: %v", problems)
	}
	logs := &channeltest.LogBuffer{}
	cfg := bluesky.Config{ID: "bluesky-pds", PDS: pds.url, Handle: "clinic.test", AppPassword: ap.Password,
		Logger: slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
	c := newChannel(t, cfg)

	acct, err := c.Verify(t.Context())
	if err != nil || acct.ID != clinic.DID || acct.Name != "@clinic.test" {
		t.Fatalf("Verify = %+v, %v; want %s @clinic.test", acct, err, clinic.DID)
	}

	text := "💉 Flu shots with @alice.test 👩\u200d⚕️ this Saturday: https://example.org/flu?day=sat. #FluSeason 🇳🇴 e\u0301"
	img := channeltest.TestImage()
	o := outgoing(text)
	o.Media = []post.MediaFile{img}
	r, err := c.Publish(t.Context(), o)
	if err != nil {
		t.Fatalf("Publish: %v", err)
	}
	if !strings.HasPrefix(r.RemoteID, "at://"+clinic.DID+"/app.bsky.feed.post/"+bluesky.RecordKey(o)) {
		t.Errorf("post %s is not at the attempt's record key %s", r.RemoteID, bluesky.RecordKey(o))
	}
	rootCID, got := pds.getRecord(t, r.RemoteID)
	if got.Text != text {
		t.Errorf("PDS holds text %q, sent %q", got.Text, text)
	}
	wantFacets(t, got, map[string][2]string{
		"@alice.test":                     {"app.bsky.richtext.facet#mention", alice.DID},
		"https://example.org/flu?day=sat": {"app.bsky.richtext.facet#link", "https://example.org/flu?day=sat"},
		"#FluSeason":                      {"app.bsky.richtext.facet#tag", "FluSeason"},
	})
	if got.Embed == nil || len(got.Embed.Images) != 1 {
		t.Fatalf("embed %+v, want one image", got.Embed)
	}
	im := got.Embed.Images[0]
	if im.Alt != img.AltText || im.Image.MimeType != "image/png" || im.Image.Size != len(img.Data) {
		t.Errorf("image %+v, want alt %q, image/png, %d bytes", im, img.AltText, len(img.Data))
	}
	blob, err := pds.blob(t, clinic.DID, im.Image.Ref["$link"])
	if err != nil || !bytes.Equal(blob, img.Data) {
		t.Errorf("the PDS's blob %s is not the image sent (%d bytes, %v)", im.Image.Ref["$link"], len(blob), err)
	}

	// The retry of the attempt (its answer lost) finds the post.
	again, err := c.Publish(t.Context(), o)
	if err != nil || again.RemoteID != r.RemoteID {
		t.Errorf("retry of the attempt = %+v, %v; want %s", again, err, r.RemoteID)
	}
	// Another attempt of the same text is refused as a duplicate.
	dup := o
	dup.AttemptID = post.NewID(time.Now())
	_, err = c.Publish(t.Context(), dup)
	var ce *channels.Error
	if !errors.As(err, &ce) || ce.Class != channels.Duplicate || ce.ExistingID != r.RemoteID {
		t.Errorf("new attempt of the same text: %v, want duplicate naming %s", err, r.RemoteID)
	}

	// A create at a taken record key, sent straight to the PDS: what it
	// answers is what createFailed and the fake's duplicate fault rely on.
	taken := map[string]any{"repo": clinic.DID, "collection": "app.bsky.feed.post", "rkey": bluesky.RecordKey(o),
		"record": map[string]any{"$type": "app.bsky.feed.post", "text": "other", "createdAt": time.Now().UTC().Format(time.RFC3339)}}
	err = pds.call(t, http.MethodPost, "com.atproto.repo.createRecord", clinic.AccessJwt, nil, taken, nil)
	t.Logf("createRecord at a taken rkey: %v", err)
	if err == nil {
		t.Error("the PDS accepted a second record at a taken record key")
	}

	// A reply to the post, and a reply to that reply: root stays the first.
	reply := outgoing("Walk-ins welcome until 2 pm.")
	reply.ReplyTo = r.RemoteID
	r2, err := c.Publish(t.Context(), reply)
	if err != nil {
		t.Fatalf("reply: %v", err)
	}
	replyCID, got2 := pds.getRecord(t, r2.RemoteID)
	if got2.Reply == nil || got2.Reply.Root.URI != r.RemoteID || got2.Reply.Root.CID != rootCID ||
		got2.Reply.Parent.URI != r.RemoteID || got2.Reply.Parent.CID != rootCID {
		t.Errorf("reply refs %+v, want root and parent %s %s", got2.Reply, r.RemoteID, rootCID)
	}
	third := outgoing("Bring your insurance card.")
	third.ReplyTo = r2.RemoteID
	r3, err := c.Publish(t.Context(), third)
	if err != nil {
		t.Fatalf("reply to the reply: %v", err)
	}
	if _, got3 := pds.getRecord(t, r3.RemoteID); got3.Reply == nil || got3.Reply.Root.URI != r.RemoteID ||
		got3.Reply.Parent.URI != r2.RemoteID || got3.Reply.Parent.CID != replyCID {
		t.Errorf("second reply refs %+v, want root %s, parent %s %s", got3.Reply, r.RemoteID, r2.RemoteID, replyCID)
	}

	// Recent lists them; 301 graphemes are refused before any call.
	recent, err := c.Recent(t.Context(), time.Now().Add(-time.Hour))
	if err != nil || len(recent) != 3 {
		t.Errorf("Recent = %d posts, %v; want 3", len(recent), err)
	}
	if _, err := c.Publish(t.Context(), outgoing(strings.Repeat("🇳🇴", 301))); channels.ClassOf(err) != channels.Permanent {
		t.Errorf("301 graphemes: %v, want permanent", err)
	}
	// No app view here: engagement is not available.
	if m, err := c.Engagement(t.Context(), []string{r.RemoteID}); err != nil || len(m) != 0 {
		t.Errorf("Engagement without an app view = %v, %v; want none", m, err)
	}
	if strings.Contains(logs.String(), ap.Password) {
		t.Error("the app password is in the log")
	}
}

// blob downloads a blob from the PDS.
func (p *referencePDS) blob(t *testing.T, did, cid string) ([]byte, error) {
	t.Helper()
	q := url.Values{"did": {did}, "cid": {cid}}
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, p.url+"/xrpc/com.atproto.sync.getBlob?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := p.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return nil, fmt.Errorf("getBlob: HTTP %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}
