// Package all registers every network practicepost knows: importing it
// (blank) is what makes their channels.Kind values available to config,
// the daemon and the web UI. Adding a network is one line here.
package all

import (
	// Each package registers its channels.Kind from its init function.
	_ "github.com/practicepost/practicepost/channels/bluesky"
	_ "github.com/practicepost/practicepost/channels/facebook"
	_ "github.com/practicepost/practicepost/channels/google"
	_ "github.com/practicepost/practicepost/channels/instagram"
	_ "github.com/practicepost/practicepost/channels/linkedin"
	_ "github.com/practicepost/practicepost/channels/manual"
	_ "github.com/practicepost/practicepost/channels/mastodon"
	_ "github.com/practicepost/practicepost/channels/preview"
	_ "github.com/practicepost/practicepost/channels/x"
)
