package templates

import (
	"fmt"
	"slices"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode"

	"github.com/practicepost/practicepost/post"
)

// checkTree checks a parsed template file against its header: exactly the
// short and long blocks, nothing but blank text outside them, every variable
// used is a practice variable or declared in vars, every declared variable is
// used, and every {{source N}} names a listed source. Doing this at load time
// means a bad file fails when the daemon starts, not when staff render it.
func checkTree(file, body string, t *template.Template, meta Template) error {
	if root := t.Tree; root != nil && root.Root != nil {
		for _, n := range root.Root.Nodes {
			txt, ok := n.(*parse.TextNode)
			if !ok {
				return nodeError(root, n, "only {{define \"short\"}} and {{define \"long\"}} blocks may follow the header")
			}
			if i := strings.IndexFunc(string(txt.Text), notSpace); i >= 0 {
				// A text node starts on the blank line after the header,
				// so report the line of the stray text itself.
				line := 1 + strings.Count(body[:int(txt.Pos)+i], "\n")
				return post.Errorf(post.EInvalid, "templates: %s:%d: only {{define \"short\"}} and {{define \"long\"}} blocks may follow the header", file, line)
			}
		}
	}
	used := map[string]bool{}
	for _, kind := range []string{KindShort, KindLong} {
		if t.Lookup(kind) == nil {
			return post.Errorf(post.EInvalid, "templates: %s: no {{define %q}} block", file, kind)
		}
	}
	for _, sub := range t.Templates() {
		name := sub.Name()
		if name == t.Name() {
			continue
		}
		if name != KindShort && name != KindLong {
			return post.Errorf(post.EInvalid, "templates: %s: block %q: only \"short\" and \"long\" blocks are allowed", file, name)
		}
		tree := sub.Tree
		err := walk(tree.Root, func(n parse.Node) error {
			return checkNode(tree, n, meta, used)
		})
		if err != nil {
			return err
		}
	}
	for _, v := range meta.Vars {
		if !used[v] {
			return post.Errorf(post.EInvalid, "templates: %s: variable %q is listed in vars but never used", file, v)
		}
	}
	return nil
}

func notSpace(r rune) bool { return !unicode.IsSpace(r) }

// checkNode checks one node; used collects the variables seen.
func checkNode(tree *parse.Tree, n parse.Node, meta Template, used map[string]bool) error {
	var ident []string
	switch n := n.(type) {
	case *parse.FieldNode:
		ident = n.Ident
	case *parse.VariableNode:
		if n.Ident[0] != "$" || len(n.Ident) == 1 {
			return nil
		}
		ident = n.Ident[1:]
	case *parse.ChainNode:
		return nodeError(tree, n, "use a plain variable such as {{.date}}")
	case *parse.CommandNode:
		return checkSourceCall(tree, n, len(meta.Sources))
	default:
		return nil
	}
	if len(ident) != 1 {
		return nodeError(tree, n, "variable %q: use a plain variable such as {{.date}}", strings.Join(ident, "."))
	}
	v := ident[0]
	if !slices.Contains(practiceVars, v) && !slices.Contains(meta.Vars, v) {
		return nodeError(tree, n, "variable %q is neither a practice variable (%s) nor listed in vars",
			v, strings.Join(practiceVars, ", "))
	}
	used[v] = true
	return nil
}

// checkSourceCall checks that {{source N}} has one whole-number argument
// naming one of the template's sources.
func checkSourceCall(tree *parse.Tree, c *parse.CommandNode, sources int) error {
	if len(c.Args) == 0 {
		return nil
	}
	if id, ok := c.Args[0].(*parse.IdentifierNode); !ok || id.Ident != "source" {
		return nil
	}
	if len(c.Args) != 2 {
		return nodeError(tree, c, "write {{source N}} with one number")
	}
	num, ok := c.Args[1].(*parse.NumberNode)
	if !ok || !num.IsInt || num.Int64 < 1 || num.Int64 > int64(sources) {
		return nodeError(tree, c, "%s: the header lists %d sources, counted from 1", c, sources)
	}
	return nil
}

// nodeError reports a problem at a node as "file:line:col: what".
func nodeError(tree *parse.Tree, n parse.Node, format string, args ...any) error {
	loc, _ := tree.ErrorContext(n)
	return post.Errorf(post.EInvalid, "templates: %s: %s", loc, fmt.Sprintf(format, args...))
}

// walk calls visit on n and every node below it, stopping at the first error.
func walk(n parse.Node, visit func(parse.Node) error) error {
	if n == nil {
		return nil
	}
	if err := visit(n); err != nil {
		return err
	}
	var kids []parse.Node
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		kids = n.Nodes
	case *parse.ActionNode:
		kids = []parse.Node{n.Pipe}
	case *parse.PipeNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Cmds {
			kids = append(kids, c)
		}
	case *parse.CommandNode:
		kids = n.Args
	case *parse.ChainNode:
		kids = []parse.Node{n.Node}
	case *parse.IfNode:
		kids = branch(&n.BranchNode)
	case *parse.RangeNode:
		kids = branch(&n.BranchNode)
	case *parse.WithNode:
		kids = branch(&n.BranchNode)
	case *parse.TemplateNode:
		kids = []parse.Node{n.Pipe}
	}
	for _, k := range kids {
		if err := walk(k, visit); err != nil {
			return err
		}
	}
	return nil
}

// branch lists the parts of an if, range or with node, skipping absent ones.
func branch(b *parse.BranchNode) []parse.Node {
	kids := []parse.Node{b.Pipe, b.List}
	if b.ElseList != nil {
		kids = append(kids, b.ElseList)
	}
	return kids
}
