package crashtest

import (
	"os"
	"testing"

	"github.com/practicepost/practicepost/store/postgres/pgtest"
)

// TestMain stops the throwaway PostgreSQL the replica test starts, and
// removes the practicepost binary the tests share.
func TestMain(m *testing.M) {
	code := pgtest.Main(m)
	removeBinary()
	os.Exit(code)
}
