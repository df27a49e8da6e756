package report

import "github.com/practicepost/practicepost/post"

// Figures are engagement totals. A nil figure means no platform gave it
// for anything counted ("not available"), which is not zero.
type Figures struct {
	Impressions *int64 `json:"impressions"`
	Reactions   *int64 `json:"reactions"`
	Comments    *int64 `json:"comments"`
	Shares      *int64 `json:"shares"`
	Clicks      *int64 `json:"clicks"`
}

// figuresOf copies a snapshot's figures.
func figuresOf(m post.Metrics) Figures {
	return Figures{Impressions: cp(m.Impressions), Reactions: cp(m.Reactions), Comments: cp(m.Comments),
		Shares: cp(m.Shares), Clicks: cp(m.Clicks)}
}

func cp(p *int64) *int64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

// Add sums o into f; a figure stays nil only while both are nil.
func (f *Figures) Add(o Figures) {
	add := func(dst **int64, v *int64) {
		if v == nil {
			return
		}
		if *dst == nil {
			*dst = new(int64)
		}
		**dst += *v
	}
	add(&f.Impressions, o.Impressions)
	add(&f.Reactions, o.Reactions)
	add(&f.Comments, o.Comments)
	add(&f.Shares, o.Shares)
	add(&f.Clicks, o.Clicks)
}

// Engagements is reactions + comments + shares + clicks, counting the
// figures that are available.
func (f Figures) Engagements() int64 {
	var n int64
	for _, v := range []*int64{f.Reactions, f.Comments, f.Shares, f.Clicks} {
		if v != nil {
			n += *v
		}
	}
	return n
}

// Rate is engagements per impression, in percent; nil when impressions are
// not available or zero, so a missing figure never looks like 0 %.
func (f Figures) Rate() *float64 {
	if f.Impressions == nil || *f.Impressions == 0 {
		return nil
	}
	r := float64(f.Engagements()) * 100 / float64(*f.Impressions)
	return &r
}

// Change compares a figure with the previous period's, in percent; nil
// when either is missing or the previous one is zero.
func Change(cur, prev *int64) *float64 {
	if cur == nil || prev == nil || *prev == 0 {
		return nil
	}
	c := float64(*cur-*prev) * 100 / float64(*prev)
	return &c
}
