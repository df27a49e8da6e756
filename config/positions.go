package config

import (
	"fmt"
	"slices"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// keyLines maps every key path in a TOML document to the line it is on, so
// problems found after decoding (a bad cron, a missing credential) can
// still point at a line. Paths use the same form as error keys:
// "practice.timezone", "channels[1]" (the [[channels]] header),
// "channels[1].slots[0]". A document that does not parse yields what was
// read before the syntax error.
func keyLines(data []byte) map[string]int {
	return scanKeys(data).lines
}

// scanKeys records the line of every key and the kind of every key = value.
func scanKeys(data []byte) *lineMap {
	var p unstable.Parser
	p.Reset(data)
	m := &lineMap{p: &p, lines: map[string]int{}, tables: map[string]int{}, kinds: map[string]unstable.Kind{}}
	for i, b := range data {
		if b == '\n' {
			m.newlines = append(m.newlines, i)
		}
	}
	table := ""
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = m.header(e)
		case unstable.KeyValue:
			m.keyValue(table, e)
		}
	}
	return m
}

// lineOf returns the line of key, or of its nearest enclosing key that has
// one ("channels[1].page_id" falls back to "channels[1]" when page_id is
// missing from that channel), or 0.
func lineOf(lines map[string]int, key string) int {
	for key != "" {
		if l, ok := lines[key]; ok {
			return l
		}
		key = parentKey(key)
	}
	return 0
}

// parentKey drops the last part of a key path: an index or a dotted name.
func parentKey(key string) string {
	if strings.HasSuffix(key, "]") {
		if i := strings.LastIndexByte(key, '['); i >= 0 {
			return key[:i]
		}
	}
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[:i]
	}
	return ""
}

type lineMap struct {
	p        *unstable.Parser
	lines    map[string]int
	tables   map[string]int // array-of-tables path -> elements seen so far
	newlines []int          // offsets of '\n', for a binary search per key
	kinds    map[string]unstable.Kind
}

// line returns the 1-based line n starts on. (Parser.Shape would rescan the
// document from the start for every key.)
func (m *lineMap) line(n *unstable.Node) int {
	off, _ := slices.BinarySearch(m.newlines, int(n.Raw.Offset))
	return off + 1
}

func (m *lineMap) set(key string, line int) {
	if _, ok := m.lines[key]; !ok {
		m.lines[key] = line
	}
}

// header records a [table] or [[array.table]] header and returns its path,
// with indexes for every array of tables it passes through.
func (m *lineMap) header(e *unstable.Node) string {
	path := ""
	line := 0
	it := e.Key()
	for it.Next() {
		k := it.Node()
		if line == 0 {
			line = m.line(k)
		}
		path = joinKey(path, string(k.Data))
		switch n := m.tables[path]; {
		case it.IsLast() && e.Kind == unstable.ArrayTable:
			m.tables[path] = n + 1
			path = fmt.Sprintf("%s[%d]", path, n)
		case n > 0:
			path = fmt.Sprintf("%s[%d]", path, n-1)
		}
	}
	m.set(path, line)
	return path
}

// keyValue records a key = value line, and the elements of array and
// inline-table values.
func (m *lineMap) keyValue(table string, e *unstable.Node) {
	path := table
	line := 0
	it := e.Key()
	for it.Next() {
		k := it.Node()
		if line == 0 {
			line = m.line(k)
		}
		path = joinKey(path, string(k.Data))
		m.set(path, line)
	}
	m.kinds[path] = e.Value().Kind
	m.value(path, e.Value(), line)
}

func (m *lineMap) value(path string, v *unstable.Node, line int) {
	switch v.Kind {
	case unstable.InlineTable:
		it := v.Children()
		for it.Next() {
			if kv := it.Node(); kv.Kind == unstable.KeyValue {
				m.keyValue(path, kv)
			}
		}
	case unstable.Array:
		i := 0
		it := v.Children()
		for it.Next() {
			el := it.Node()
			if el.Kind == unstable.Comment {
				continue
			}
			elLine := line
			if el.Raw.Length > 0 {
				elLine = m.line(el)
			}
			key := fmt.Sprintf("%s[%d]", path, i)
			m.set(key, elLine)
			m.value(key, el, elLine)
			i++
		}
	}
}
