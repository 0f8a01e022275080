package bot

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/chart"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(11,
		command{path: []string{"stakeholder", "grid"}, role: storage.RoleCoordinator, usage: "usage.stakeholder_grid", run: stakeholderGrid},
	)
	vocabulary.AddScopedWords("stakeholder", map[string]string{"raster": "grid", "matrix": "grid"})
}

// stakeholderGrid: stakeholder grid [committee:…] [sector:…] shows the
// power–interest grid of the stakeholders (not archived), of one committee
// or sector when asked, as a picture with their names (coordinators) and
// as text: each of the nine cells with its quadrant, count and names.
func stakeholderGrid(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"committee", "sector"})
	if err != nil {
		return Reply{}, err
	}
	if len(bare) > 0 {
		return Reply{}, fail(storage.KindInvalid, "err.grid_extra", bare[0].Text)
	}
	f, err := cl.stakeholderFilter(nil, opts)
	if err != nil {
		return Reply{}, err
	}
	list, err := cl.team.Stakeholders(cl.ctx, f)
	if err != nil {
		return Reply{}, err
	}
	in := review.GridInput(list, true, cl.gridScope(opts))
	img, err := chart.GridChart(in, chartLabels(cl.lang)).PNG()
	if err != nil {
		return Reply{}, err
	}
	return Reply{Blocks: cl.gridBlocks(in), File: &File{Name: img.Name, Title: img.Title, Content: img.PNG}}, nil
}

// gridScope names the committee and sector the grid is limited to.
func (cl *call) gridScope(opts map[string]cmdline.Value) string {
	var parts []string
	if v, ok := opts["committee"]; ok {
		parts = append(parts, v.Text)
	}
	if v, ok := opts["sector"]; ok {
		if key, err := cl.parseSector(v); err == nil {
			parts = append(parts, cl.sectorLabel(key))
		}
	}
	return strings.Join(parts, ", ")
}

// gridBlocks render the grid as text: the cells from high influence to
// low, each with its quadrant, count and names.
func (cl *call) gridBlocks(in chart.Grid) []Block {
	l := cl.lang
	title := l.T("chart.grid_title")
	if in.Scope != "" {
		title += " – " + in.Scope
	}
	cells, unrated := chart.GridCells(in)
	blocks := []Block{Header{title}}
	level := map[string]string{chart.LevelLow: l.T("chart.low"), chart.LevelMedium: l.T("chart.medium"), chart.LevelHigh: l.T("chart.high")}
	var lines []string
	for _, c := range cells {
		line := l.T("grid.cell", level[c.Influence], level[c.Interest], c.Count)
		if c.Quadrant != "" {
			line += " – " + l.T("chart."+string(c.Quadrant))
		}
		if len(c.Names) > 0 {
			line += ": " + strings.Join(c.Names, ", ")
		}
		lines = append(lines, line)
	}
	blocks = append(blocks, List{lines})
	if unrated > 0 {
		blocks = append(blocks, Note{l.T("chart.unrated", unrated)})
	}
	return append(blocks, Note{l.T("grid.hint")})
}
