package bot

import (
	"context"
	"strings"
)

// Workspace is what a transport needs to know about a workspace to build
// its own forms: the language and the sectors to offer.
type Workspace struct {
	Lang    Lang
	Sectors []Choice
}

// Choice is one option of a select: the value typed in a command and its
// localised label.
type Choice struct{ Value, Label string }

// Workspace returns the workspace's language (the default when it chose
// none) and its sectors with localised names. It fails when the settings
// cannot be read.
func (c *Core) Workspace(ctx context.Context, teamID string) (Workspace, error) {
	s, err := c.store.Team(teamID).Settings(ctx)
	if err != nil {
		return Workspace{Lang: c.lang}, err
	}
	w := Workspace{Lang: c.lang}
	if l, ok := ParseLang(s.Language); ok {
		w.Lang = l
	}
	for _, sec := range s.SectorList() {
		w.Sectors = append(w.Sectors, Choice{Value: sec, Label: sectorName(w.Lang, sec)})
	}
	return w, nil
}

// CommandPath returns the canonical command words of a command line
// ("stakeholder add" for "akteur neu") and whether the line has nothing
// after them, so a transport can offer a form instead. It returns "" for a
// line that names no known command.
func (c *Core) CommandPath(text string) (path string, bare bool) {
	tokens, err := Tokenize(stripPrefix(text))
	if err != nil || len(tokens) == 0 {
		return "", false
	}
	cmd, args, err := route(c.commands, tokens)
	if err != nil {
		return "", false
	}
	return strings.Join(cmd.path, " "), len(args) == 0
}
