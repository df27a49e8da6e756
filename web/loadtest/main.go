// Command loadtest measures the month page under load on loopback: it
// builds a practicepost store with -posts posts in a temp folder, serves
// the web UI on 127.0.0.1, signs a user in and sends -rate requests a
// second for -duration (open loop: requests start on schedule whether or
// not earlier ones finished), then prints throughput and latency.
//
//	go run ./web/loadtest -posts 100000 -rate 200 -duration 20s
//
// With -serve it only prints the address and cookie and keeps serving, for
// an external tool:
//
//	wrk -t2 -c16 -d20s -H "Cookie: pp_session=<token>" http://127.0.0.1:<port>/calendar
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"sync"
	"time"
)

func main() {
	posts := flag.Int("posts", 100_000, "posts to seed, spread over four years around today")
	rate := flag.Int("rate", 200, "requests per second")
	duration := flag.Duration("duration", 20*time.Second, "how long to send")
	path := flag.String("path", "/calendar", "page to request")
	serve := flag.Bool("serve", false, "only serve and print the cookie, for wrk")
	flag.Parse()
	if err := run(*posts, *rate, *duration, *path, *serve); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(posts, rate int, duration time.Duration, path string, serve bool) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	dir, err := os.MkdirTemp("", "practicepost-loadtest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	env, err := newEnv(ctx, dir, posts)
	if err != nil {
		return err
	}
	defer env.db.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: env.handler, ReadHeaderTimeout: 5 * time.Second,
		ErrorLog: slog.NewLogLogger(slog.DiscardHandler, slog.LevelError)}
	go srv.Serve(ln)                         //nolint:errcheck // ends with Shutdown below
	defer srv.Shutdown(context.Background()) //nolint:errcheck // the measurement is printed; the process ends next
	url := "http://" + ln.Addr().String() + path
	fmt.Printf("serving %s with %d posts; cookie: pp_session=%s\n", url, posts, env.token)
	if serve {
		<-ctx.Done()
		return nil
	}
	return load(ctx, url, env.token, rate, duration)
}

// load sends rate requests a second for d and prints what it saw.
func load(ctx context.Context, url, token string, rate int, d time.Duration) error {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}, Timeout: 10 * time.Second}
	var (
		mu   sync.Mutex
		lat  []time.Duration
		errs int
		wg   sync.WaitGroup
	)
	tick := time.NewTicker(time.Second / time.Duration(rate))
	defer tick.Stop()
	start := time.Now()
	deadline := start.Add(d)
	sent := 0
	for time.Now().Before(deadline) && ctx.Err() == nil {
		<-tick.C
		sent++
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest("GET", url, nil)
			req.AddCookie(&http.Cookie{Name: "pp_session", Value: token})
			t0 := time.Now()
			resp, err := client.Do(req)
			el := time.Since(t0)
			ok := err == nil && resp.StatusCode == http.StatusOK
			if err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			mu.Lock()
			defer mu.Unlock()
			if !ok {
				errs++
				return
			}
			lat = append(lat, el)
		}()
	}
	wg.Wait()
	total := time.Since(start)
	if len(lat) == 0 {
		return fmt.Errorf("no request succeeded (%d errors)", errs)
	}
	slices.Sort(lat)
	pct := func(p int) time.Duration { return lat[min(len(lat)-1, len(lat)*p/100)] }
	fmt.Printf("sent %d in %s: %.1f req/s completed, %d errors\n", sent, total.Round(time.Millisecond), float64(len(lat))/total.Seconds(), errs)
	fmt.Printf("latency p50 %s  p90 %s  p99 %s  max %s\n", pct(50), pct(90), pct(99), lat[len(lat)-1])
	return nil
}
