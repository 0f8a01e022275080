package bot

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(60,
		command{path: []string{"export", "stakeholder"}, role: storage.RoleCoordinator, usage: "usage.export_stakeholders", run: exportStakeholders},
		command{path: []string{"export", "commitments"}, role: storage.RoleCoordinator, usage: "usage.export_commitments", run: exportCommitments},
		command{path: []string{"export", "committee"}, role: storage.RoleCoordinator, usage: "usage.export_committees", run: exportCommittees},
		command{path: []string{"export", "review"}, role: storage.RoleCoordinator, usage: "usage.export_review", run: exportReview},
	)
	vocabulary.AddWords(map[string]string{"exportieren": "export"})
}

// exportFormats are the file formats of export.
var exportFormats = []string{"csv", "json"}

// table is an export before it becomes a file: JSON records with stable
// English keys, and the same data as localised CSV rows.
type table struct {
	kind    string // stakeholders, commitments or committees
	records any    // a slice of the kind's JSON record
	header  []string
	rows    [][]string
}

// exportFile reads the optional format (csv by default), builds the table
// and returns it as a file with a sentence saying what it holds. The export
// is audited (who exported what, no data). Nothing else is written.
func exportFile(cl *call, build func(cl *call) (table, error)) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	format, err := exportFormat(bare)
	if err != nil {
		return Reply{}, err
	}
	t, err := build(cl)
	if err != nil {
		return Reply{}, err
	}
	var content []byte
	if format == "json" {
		if content, err = jsonFile(t.records); err != nil {
			return Reply{}, err
		}
	} else {
		header := make([]string, len(t.header))
		for i, h := range t.header {
			header[i] = cl.lang.T("export.col." + h)
		}
		content = spreadsheetCSV(header, t.rows)
	}
	return cl.exportReply(t.kind, t.kind, "", format, content, len(t.rows))
}

// exportFormat reads the optional format: csv (the default) or json.
func exportFormat(bare []cmdline.Value) (string, error) {
	switch {
	case len(bare) > 1:
		return "", fail(storage.KindInvalid, "err.export_format", cmdline.JoinText(bare), strings.Join(exportFormats, ", "))
	case len(bare) == 0:
		return "csv", nil
	}
	format := strings.ToLower(bare[0].Text)
	if !slices.Contains(exportFormats, format) {
		return "", fail(storage.KindInvalid, "err.export_format", bare[0].Text, strings.Join(exportFormats, ", "))
	}
	return format, nil
}

// jsonFile encodes records as an indented JSON file.
func jsonFile(records any) ([]byte, error) {
	content, err := json.MarshalIndent(records, "", "  ")
	return append(content, '\n'), err
}

// exportReply audits the export of target (kind, its id when one record)
// and returns the file with a sentence saying what it holds: entries
// counts its rows. The file is named after kind and today, with id.
func (cl *call) exportReply(kind, target, id, format string, content []byte, entries int) (Reply, error) {
	if id != "" {
		target += "/" + id
	}
	if err := cl.audit("data.export", "export", target, []storage.Change{{Field: "format", After: format}}); err != nil {
		return Reply{}, err
	}
	day := cmdline.DateOf(cl.now, cl.loc)
	name := cl.lang.T("export.file."+kind) + "-" + day.String() + "." + format
	title := cl.lang.T("export.title."+kind, cl.lang.Day(day.Start(time.UTC)))
	if id != "" {
		name = cl.lang.T("export.file."+kind) + "-" + id + "-" + day.String() + "." + format
		title = cl.lang.T("export.title."+kind, id, cl.lang.Day(day.Start(time.UTC)))
	}
	return Reply{
		Blocks: []Block{Paragraph{cl.lang.T("export.done", title, entries, strings.ToUpper(format))}},
		File:   &File{Name: name, Title: title, Content: content},
	}, nil
}

// yesNoCell shows a boolean in a CSV cell.
func yesNoCell(l i18n.Lang, b bool) string { return l.YesNo(b) }

// levelCell shows an influence or interest level in a CSV cell.
func levelCell(l i18n.Lang, lvl string) string {
	if lvl == "" {
		return ""
	}
	return l.T("level." + lvl)
}

// stampCell shows an instant in the workspace's zone, as a spreadsheet
// reads it.
func (cl *call) stampCell(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(cl.loc).Format("2006-01-02 15:04")
}

// exportIndex holds the committee and stakeholder names by short id, and
// the memberships both ways, for the exports.
type exportIndex struct {
	stakeholders map[string]string
	committees   map[string]string
	members      map[string][]string // committee id → stakeholder ids
	memberOf     map[string][]string // stakeholder id → committee ids
}

func (cl *call) exportIndex(ss []storage.Stakeholder, cs []storage.Committee) (exportIndex, error) {
	x := exportIndex{stakeholders: map[string]string{}, committees: map[string]string{},
		members: map[string][]string{}, memberOf: map[string][]string{}}
	for _, s := range ss {
		x.stakeholders[s.ID] = s.Name
	}
	for _, c := range cs {
		x.committees[c.ID] = c.Name
	}
	ms, err := cl.team.Members(cl.ctx, "")
	for _, m := range ms {
		x.members[m.CommitteeID] = append(x.members[m.CommitteeID], m.Stakeholder)
		x.memberOf[m.Stakeholder] = append(x.memberOf[m.Stakeholder], m.CommitteeID)
	}
	return x, err
}

// lookup maps ids to names (the id when unknown).
func lookup(ids []string, names map[string]string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = names[id]
		if out[i] == "" {
			out[i] = id
		}
	}
	return out
}

// everything reads all stakeholders and committees and the index over them.
func (cl *call) everything() ([]storage.Stakeholder, []storage.Committee, exportIndex, error) {
	ss, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{})
	if err != nil {
		return nil, nil, exportIndex{}, err
	}
	cs, err := cl.team.Committees(cl.ctx)
	if err != nil {
		return nil, nil, exportIndex{}, err
	}
	x, err := cl.exportIndex(ss, cs)
	return ss, cs, x, err
}
