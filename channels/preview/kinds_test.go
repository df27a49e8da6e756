package preview_test

// The card shows the text on every registered network with a limit, as the
// daemon registers them.
import _ "github.com/practicepost/practicepost/channels/all"
