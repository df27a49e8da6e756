package compliance

// One worker told by the job, the employer and the shift or the day, in
// shapes session 23's reading (workers23.go) left (session 24,
// t24privacy, PRIV-14), read in described21.go's workDescribedAt:
//   - the employer after the job, after "a": "A forklift operator from
//     second shift at Menomonee Valley Brewing came in Tuesday with a
//     back injury" (narrowedAfterWork, with the shift or the day);
//   - a shift's "lead": "The IBM night-shift lead who came in Tuesday with
//     chest pain is doing fine";
//   - a line or model number before the job: "This 787 line mechanic beat
//     his kidney stone" (lineNumber24).
// "A line cook from any kitchen can get a free check" (no place), "a
// volunteer from First Baptist helped run our flu clinic" (care given,
// not had) and a crowd on second shift stay clean.

// lineNumber24 reports whether token k, between a pointer and a job, is
// a line's, a unit's or a model's number of three or more digits: "this
// 787 line mechanic", "the 737 crew chief". A count is no number of this
// kind ("our 2 nurses").
func (s *scan) lineNumber24(k int) bool {
	t := &s.toks[k]
	return t.kind == tokNumber && len(t.low) >= 3 && t.end-t.start == len(t.low)
}
