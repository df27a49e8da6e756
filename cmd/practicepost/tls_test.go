package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/practicepost/practicepost/config"
	"github.com/practicepost/practicepost/post"
)

// lockedBuffer collects log output written from the daemon's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// selfSigned writes a self-signed certificate for 127.0.0.1 and localhost
// with the given serial to certFile and keyFile, and returns it parsed.
func selfSigned(t *testing.T, certFile, keyFile string, serial int64) *x509.Certificate {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: "practicepost test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return cert
}

// tlsConfigFor is a new practice's config with tls_cert and tls_key in a
// temporary folder (the test writes them).
func tlsConfigFor(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Load(mustInit(t))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg.Web.TLSCert, cfg.Web.TLSKey = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	cfg.Web.Listen = "127.0.0.1:0"
	return cfg
}

// servedSerial is the serial of the certificate the server at addr shows.
func servedSerial(t *testing.T, addr string) int64 {
	t.Helper()
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true}) //nolint:gosec // reads which certificate is served, trusts nothing
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	return conn.ConnectionState().PeerCertificates[0].SerialNumber.Int64()
}

// TestServeTLS runs the daemon with [web] tls_cert/tls_key from a
// self-signed certificate made here: it serves HTTPS with that
// certificate, the session cookie is __Host- and Secure, SIGHUP serves a
// renewed certificate, and a certificate file replaced with garbage then
// SIGHUP keeps the previous one and says so in the log.
func TestServeTLS(t *testing.T) {
	cfg := tlsConfigFor(t)
	cert := selfSigned(t, cfg.Web.TLSCert, cfg.Web.TLSKey, 1)
	var logs lockedBuffer
	m, stop := startDaemonLogging(t, cfg, slog.New(slog.NewTextHandler(&logs, nil)))
	defer stop()

	roots := x509.NewCertPool()
	roots.AddCert(cert)
	client := &http.Client{
		Transport:     &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Timeout:       10 * time.Second,
	}
	base := "https://" + m.Addr()
	resp, err := client.Get(base + "/healthz")
	if err != nil {
		t.Fatalf("healthz over TLS: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz over TLS: %s", resp.Status)
	}
	if hsts := resp.Header.Get("Strict-Transport-Security"); hsts == "" {
		t.Error("no HSTS under TLS")
	}
	resp, err = client.PostForm(base+"/login", url.Values{"name": {"admin"}, "password": {"correct horse battery"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var session *http.Cookie
	for _, c := range resp.Cookies() {
		if strings.Contains(c.Name, "session") {
			session = c
		}
	}
	if resp.StatusCode != http.StatusSeeOther || session == nil || session.Name != "__Host-pp_session" || !session.Secure || !session.HttpOnly || session.Path != "/" || session.Domain != "" {
		t.Fatalf("sign-in over TLS: %s, cookie %+v; want __Host-pp_session, Secure, HttpOnly, Path=/, no Domain", resp.Status, session)
	}

	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("waited 5 s for %s; log:\n%s", what, logs.String())
			}
		}
	}
	// A renewed certificate, then SIGHUP: served from the next handshake.
	selfSigned(t, cfg.Web.TLSCert, cfg.Web.TLSKey, 2)
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor("the renewed certificate", func() bool { return servedSerial(t, m.Addr()) == 2 })

	// Garbage in the certificate file, then SIGHUP: still serving serial 2.
	if err := os.WriteFile(cfg.Web.TLSCert, []byte("-----BEGIN CERTIFICATE-----\nnot a certificate\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	waitFor("the failed reload in the log", func() bool { return strings.Contains(logs.String(), "still serving the previous one") })
	if got := servedSerial(t, m.Addr()); got != 2 {
		t.Fatalf("after a garbage certificate and SIGHUP the server shows serial %d, want 2 (the previous one)", got)
	}
	if strings.Contains(logs.String(), "PRIVATE KEY") {
		t.Error("the log shows key material")
	}
}

// TestServeRefusesABadCertificate: a certificate that does not load at
// start is bad input (exit 2) naming the files, not a daemon without HTTPS.
func TestServeRefusesABadCertificate(t *testing.T) {
	cfg := tlsConfigFor(t)
	selfSigned(t, cfg.Web.TLSCert, cfg.Web.TLSKey, 1)
	os.WriteFile(cfg.Web.TLSKey, []byte("garbage"), 0o600)
	m := &Main{Config: cfg, Logger: discardLogger()}
	err := m.Open(context.Background())
	m.Close()
	if err == nil || post.ErrorCode(err) != post.EInvalid || !strings.Contains(post.ErrorMessage(err), "tls_key") {
		t.Fatalf("open with a garbage key: %v", err)
	}
}
