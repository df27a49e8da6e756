package alert

import (
	"bufio"
	"net"
	"strings"
	"sync"
	"testing"
)

// smtpd is a tiny in-process SMTP server: enough of RFC 5321 for net/smtp
// to deliver a message, which it records.
type smtpd struct {
	ln   net.Listener
	mu   sync.Mutex
	msgs []mail
	// drops is how many connections to come are closed before the
	// greeting: a mail server that drops the connection.
	drops int
}

type mail struct {
	From string
	To   []string
	Data string
}

func newSMTPD(t *testing.T) *smtpd {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &smtpd{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go s.serve(c)
		}
	}()
	return s
}

func (s *smtpd) port() int { return s.ln.Addr().(*net.TCPAddr).Port }

func (s *smtpd) messages() []mail {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]mail(nil), s.msgs...)
}

func (s *smtpd) dropNext(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drops = n
}

func (s *smtpd) serve(c net.Conn) {
	defer c.Close()
	s.mu.Lock()
	drop := s.drops > 0
	if drop {
		s.drops--
	}
	s.mu.Unlock()
	if drop {
		return
	}
	r := bufio.NewReader(c)
	say := func(line string) { c.Write([]byte(line + "\r\n")) }
	say("220 localhost test SMTP")
	var m mail
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
			say("250-localhost")
			say("250 8BITMIME")
		case strings.HasPrefix(cmd, "MAIL FROM:"):
			m = mail{From: strings.Trim(strings.TrimSpace(line)[10:], "<>")}
			say("250 OK")
		case strings.HasPrefix(cmd, "RCPT TO:"):
			m.To = append(m.To, strings.Trim(strings.TrimSpace(line)[8:], "<>"))
			say("250 OK")
		case cmd == "DATA":
			say("354 go ahead")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				b.WriteString(l)
			}
			m.Data = b.String()
			s.mu.Lock()
			s.msgs = append(s.msgs, m)
			s.mu.Unlock()
			say("250 queued")
		case cmd == "QUIT":
			say("221 bye")
			return
		default:
			say("250 OK")
		}
	}
}
