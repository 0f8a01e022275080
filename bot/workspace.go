package bot

import (
	"context"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Workspace is what a transport needs to know about a workspace to build
// its own forms: the language, the sectors and the committee kinds and
// purposes to offer.
type Workspace struct {
	Lang              i18n.Lang
	Sectors           []Choice
	CommitteeKinds    []Choice
	CommitteePurposes []Choice
}

// Choice is one option of a select: the value typed in a command and its
// localised label.
type Choice struct{ Value, Label string }

// Workspace returns the workspace's language (the default when it chose
// none), its sectors and the committee kinds and purposes with localised
// names. It fails when the settings cannot be read; the language and the
// committee choices are then still filled in.
func (c *Core) Workspace(ctx context.Context, teamID string) (Workspace, error) {
	s, err := c.store.Team(teamID).Settings(ctx)
	w := Workspace{Lang: c.lang}
	if err == nil {
		w.Lang, _ = c.locale(s)
	}
	w.CommitteeKinds = choices(w.Lang, "committee.kind.", storage.CommitteeKinds)
	w.CommitteePurposes = choices(w.Lang, "committee.purpose.", storage.CommitteePurposes)
	if err != nil {
		return w, err
	}
	for _, sec := range s.SectorList() {
		w.Sectors = append(w.Sectors, Choice{Value: sec, Label: sectorDisplay(w.Lang, s, sec)})
	}
	return w, nil
}

// locale returns the language and time zone that workspace settings s
// choose, the core's defaults where they choose none or one that no longer
// loads. Every reader of a workspace's language or zone in bot uses it;
// the zone part is storage.Settings.Location, which review uses too.
func (c *Core) locale(s storage.Settings) (i18n.Lang, *time.Location) {
	l, ok := i18n.ParseLang(s.Language)
	if !ok {
		l = c.lang
	}
	return l, s.Location(c.timezone)
}

// choices are the keys with their names in l under prefix.
func choices(l i18n.Lang, prefix string, keys []string) []Choice {
	out := make([]Choice, len(keys))
	for i, k := range keys {
		out[i] = Choice{Value: k, Label: l.T(prefix + k)}
	}
	return out
}

// CommandPath returns the canonical command words of a command line
// ("stakeholder add" for "akteur neu") and whether the line has nothing
// after them, so a transport can offer a form instead. It returns "" for a
// line that names no known command.
func (c *Core) CommandPath(text string) (path string, bare bool) {
	tokens, err := cmdline.Tokenize(stripPrefix(text))
	if err != nil || len(tokens) == 0 {
		return "", false
	}
	cmd, args, err := route(c.commands, tokens)
	if err != nil {
		return "", false
	}
	return strings.Join(cmd.path, " "), len(args) == 0
}
