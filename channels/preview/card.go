package preview

import (
	"bytes"
	"encoding/base64"
	"html/template"
	"time"

	"github.com/practicepost/practicepost/channels"
	"github.com/practicepost/practicepost/post"
)

// maxEmbedBytes: images above this are named, not embedded.
const maxEmbedBytes = 1 << 20

var embeddable = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}

type cardData struct {
	Entry     Entry
	Published string          // when, in the practice's time
	Networks  []channels.Look // one per registered network with a limit
	Images    []cardImage
}

type cardImage struct {
	Src  template.URL // a data: URI, or empty when too big to embed
	Name string
	Alt  string
}

var cardTemplate = template.Must(template.New("card").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Preview {{.Entry.RemoteID}}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;color:#222}
section{border:1px solid #ccc;border-radius:12px;padding:1rem;margin:1rem 0}
h2{font-size:1rem;margin:0 0 .5rem}.text{white-space:pre-wrap}.meta{color:#666;font-size:.85rem}
.bad{color:#b00020;font-weight:bold}img{max-width:100%;border-radius:8px}
</style></head><body>
<h1>What would have been posted</h1>
<p class="meta">Post {{.Entry.PostID}} · channel {{.Entry.Channel}} · {{.Published}}</p>
{{range .Networks}}<section><h2>{{.Name}}</h2>
{{if .Folded}}<p class="text">{{.Folded}}… <em>see more</em></p>{{else}}<p class="text">{{.Text}}</p>{{end}}
{{range $.Images}}{{if .Src}}<img src="{{.Src}}" alt="{{.Alt}}">{{else}}<p class="meta">[image {{.Name}} not embedded: too large]</p>{{end}}{{end}}
<p class="meta{{if .TooLong}} bad{{end}}">{{.Count}} of {{.Max}} characters{{if .TooLong}}: too long for {{.Name}}{{end}}</p>
</section>{{end}}
{{with .Entry.Link}}<p class="meta">Link: <a href="{{.}}">{{.}}</a></p>{{end}}
</body></html>
`))

// renderCard returns the HTML card of e with its images embedded.
func renderCard(e Entry, media []post.MediaFile, loc *time.Location) ([]byte, error) {
	d := cardData{Entry: e, Published: e.PublishedAt.In(loc).Format("Mon 2 Jan 2006 15:04 MST"), Networks: channels.Looks(e.Text)}
	for _, m := range media {
		img := cardImage{Name: m.Name, Alt: m.AltText}
		// Only known image types go into a data: URI, which the template
		// trusts as is.
		if len(m.Data) <= maxEmbedBytes && embeddable[m.ContentType] {
			img.Src = template.URL("data:" + m.ContentType + ";base64," + base64.StdEncoding.EncodeToString(m.Data))
		}
		d.Images = append(d.Images, img)
	}
	var buf bytes.Buffer
	if err := cardTemplate.Execute(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
