// Package pgtest starts a throwaway PostgreSQL for tests: initdb into a
// temporary folder (as the postgres user when the tests run as root, since
// PostgreSQL refuses to run as root), listening on a Unix socket in that
// folder and on no TCP port, stopped and removed at the end.
//
// One server serves a whole test binary, started by the first test that
// asks; each test gets a database of its own. A package's tests use it
// through TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
// and pgtest.DB(t) in a test. Without PostgreSQL installed those tests
// skip, or fail when the environment variable CI is set, so CI never passes
// by testing less.
//
// The server runs with fsync off: the tests kill practicepost, never the
// database server, so its own durability is not what they test, and a
// synced commit per write would make the suite many times slower on a
// shared disk.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrNotInstalled is Start's error when initdb and pg_ctl are not found.
var ErrNotInstalled = errors.New("pgtest: PostgreSQL is not installed (initdb and pg_ctl not found in $PRACTICEPOST_PG_BIN, $PATH, pg_config --bindir or /usr/lib/postgresql/*/bin)")

// Server is a running throwaway PostgreSQL.
type Server struct {
	dir    string   // the temporary folder: data/, the socket, the log
	bin    string   // the folder holding initdb and pg_ctl
	runAs  []string // the command prefix that runs as the postgres user, when root
	nextDB atomic.Int64
}

// Start makes and starts a server in a new temporary folder.
func Start(ctx context.Context) (*Server, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pgtest-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		if err := s.handToPostgresUser(); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := s.run(ctx, "initdb", "-D", s.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	conf := strings.Join([]string{
		"listen_addresses = ''",
		"unix_socket_directories = '" + dir + "'",
		"fsync = off",
		"synchronous_commit = off",
		"full_page_writes = off",
		"max_connections = 100",
		"shared_buffers = 32MB",
	}, "\n")
	if err := appendFile(filepath.Join(s.data(), "postgresql.conf"), "\n"+conf+"\n"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := s.run(ctx, "pg_ctl", "-D", s.data(), "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\n%s", err, log)
	}
	return s, nil
}

// handToPostgresUser gives the folder to the postgres user and runs the
// server's commands as that user.
func (s *Server) handToPostgresUser() error {
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("pgtest: running as root, and PostgreSQL will not run as root; there is no postgres user to run it as: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(s.dir, uid, gid); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		return fmt.Errorf("pgtest: running as root needs runuser to start PostgreSQL as postgres: %w", err)
	}
	s.runAs = []string{runuser, "-u", "postgres", "--"}
	return nil
}

func (s *Server) data() string { return filepath.Join(s.dir, "data") }

func (s *Server) run(ctx context.Context, name string, args ...string) error {
	argv := append(slices.Clone(s.runAs), filepath.Join(s.bin, name))
	argv = append(argv, args...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("pgtest: %s: %w\n%s", name, err, out)
	}
	return nil
}

func appendFile(path, text string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return fmt.Errorf("pgtest: %w", err)
	}
	return f.Close()
}

// findBin looks for the folder holding initdb and pg_ctl.
func findBin() (string, error) {
	has := func(dir string) bool {
		for _, name := range []string{"initdb", "pg_ctl"} {
			if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.IsDir() {
				return false
			}
		}
		return true
	}
	if dir := os.Getenv("PRACTICEPOST_PG_BIN"); dir != "" {
		if has(dir) {
			return dir, nil
		}
		return "", fmt.Errorf("pgtest: PRACTICEPOST_PG_BIN=%s holds no initdb and pg_ctl", dir)
	}
	if p, err := exec.LookPath("initdb"); err == nil && has(filepath.Dir(p)) {
		return filepath.Dir(p), nil
	}
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil && has(strings.TrimSpace(string(out))) {
		return strings.TrimSpace(string(out)), nil
	}
	// Debian and Ubuntu keep the server's programs out of $PATH.
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	slices.SortFunc(found, func(a, b string) int { return versionOf(b) - versionOf(a) })
	for _, dir := range found {
		if has(dir) {
			return dir, nil
		}
	}
	return "", ErrNotInstalled
}

// versionOf reads the major version out of /usr/lib/postgresql/<v>/bin.
func versionOf(dir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(dir)))
	return v
}

// DSN is the connection string of database name on the server.
func (s *Server) DSN(name string) string {
	return fmt.Sprintf("host='%s' user=postgres dbname=%s sslmode=disable", s.dir, name)
}

// CreateDB makes a new empty database and returns its name.
func (s *Server) CreateDB(ctx context.Context) (string, error) {
	name := fmt.Sprintf("t%d", s.nextDB.Add(1))
	return name, s.admin(ctx, "CREATE DATABASE "+name)
}

// DropDB removes database name, closing whatever connections remain.
func (s *Server) DropDB(ctx context.Context, name string) error {
	return s.admin(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
}

func (s *Server) admin(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, s.DSN("postgres"))
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, sql); err != nil {
		return fmt.Errorf("pgtest: %s: %w", sql, err)
	}
	return nil
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err := s.run(ctx, "pg_ctl", "-D", s.data(), "-m", "fast", "-w", "stop")
	if rerr := os.RemoveAll(s.dir); err == nil {
		err = rerr
	}
	return err
}

var (
	mainRan  bool
	once     sync.Once
	shared   *Server
	startErr error
)

// Main runs a test binary's tests (m.Run) and stops the server they
// shared, if one of them started it, returning the exit code for os.Exit.
// The server starts at the first Shared or DB call, so a test binary whose
// tests never ask for one starts none.
func Main(m *testing.M) int {
	mainRan = true
	code := m.Run()
	if shared != nil {
		if err := shared.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			if code == 0 {
				code = 1
			}
		}
	}
	return code
}

// Shared returns the test binary's server, starting it the first time. A
// test calling it skips when PostgreSQL is not installed, or fails when CI
// is set; any other failure to start fails the test.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	if !mainRan {
		tb.Fatal("pgtest: call pgtest.Main from TestMain, which stops the server at the end")
	}
	once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		shared, startErr = Start(ctx)
	})
	switch {
	case shared != nil:
		return shared
	case errors.Is(startErr, ErrNotInstalled) && os.Getenv("CI") == "":
		tb.Skipf("%v (set CI to make this a failure)", startErr)
	default:
		tb.Fatal(startErr)
	}
	return nil
}

// DB makes a new empty database on the shared server for this test,
// dropped when the test ends, and returns its connection string.
func DB(tb testing.TB) string {
	tb.Helper()
	s := Shared(tb)
	name, err := s.CreateDB(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := s.DropDB(context.Background(), name); err != nil {
			tb.Error(err)
		}
	})
	return s.DSN(name)
}
