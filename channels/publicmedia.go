package channels

import (
	"context"

	"github.com/practicepost/practicepost/post"
)

// PublicMedia gives a channel whose network fetches a post's images itself
// (Google Business Profile, Instagram) a short-lived public address of
// one image of the post it is publishing. The daemon passes one to such
// channels through Setup.PublicMedia when the practice has a public
// address ([web] public_base_url); the medialink package implements it
// and the web server answers the addresses it makes.
//
// An address works only for minutes, and only while o's post is being
// published on o.Channel (or the network still reviews it), so a copied
// link opens nothing once the post is out.
type PublicMedia interface {
	// PublicURL returns the address of image m of the post being
	// published as o. m must come from o.Media (its Hash names the
	// stored image).
	PublicURL(ctx context.Context, o post.Outgoing, m post.MediaFile) (string, error)
}
