package bot

import (
	"context"
	"fmt"
	"runtime/debug"
	"slices"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// homeSection builds one section of a user's Home page; no blocks leave the
// section out. Features add theirs with addHomeSection, by order:
//
//	10 the role and the linked stakeholders (this file)
//	20 the network overview for coordinators (this file)
//	25 the next scheduled network review (home_review.go)
//	30 the user's unfinished commitments (home_commitments.go)
//	40 the user's committees (home_committees.go)
//
// A Home tab holds 100 Slack blocks; every section caps its lists.
type homeSection struct {
	order int
	build func(cl *call) ([]Block, error)
}

var homeSections []homeSection

// addHomeSection registers a Home page section; lower order comes first.
// Feature files call it from init.
func addHomeSection(order int, build func(cl *call) ([]Block, error)) {
	homeSections = append(homeSections, homeSection{order, build})
	slices.SortStableFunc(homeSections, func(a, b homeSection) int { return a.order - b.order })
}

func init() {
	addHomeSection(10, homeIdentity)
	addHomeSection(20, homeNetwork)
}

// Home builds the user's own page: the sections registered with
// addHomeSection, in order. Like Handle it never fails and never panics: an
// error becomes one localised sentence.
func (c *Core) Home(ctx context.Context, teamID, userID string) (reply Reply) {
	cl := &call{ctx: ctx, core: c, req: Request{TeamID: teamID, UserID: userID}, lang: c.lang, loc: c.timezone, now: c.now().UTC()}
	cl.log = c.log.With().Str("team_id", teamID).Str("user", userID).Str("command", "home").Logger()
	defer func() {
		if p := recover(); p != nil {
			cl.log.Error().Str("panic", fmt.Sprint(p)).Bytes("stack", debug.Stack()).Msg("home panicked")
			reply = Say(cl.lang.T("err.internal"))
		}
	}()
	if err := cl.load(); err != nil {
		return cl.errorReply(err)
	}
	blocks := []Block{Header{cl.lang.T("home.title")}}
	for _, s := range homeSections {
		b, err := s.build(cl)
		if err != nil {
			return cl.errorReply(err)
		}
		blocks = append(blocks, b...)
	}
	return Reply{Blocks: blocks}
}

// homeIdentity shows the user's role and the stakeholders linked to them.
func homeIdentity(cl *call) ([]Block, error) {
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, cl.req.UserID)
	if err != nil {
		return nil, err
	}
	blocks := []Block{Fields{[]Field{{cl.lang.T("home.role"), cl.lang.T("role." + cl.role.String())}}}}
	if len(linked) == 0 {
		return append(blocks, Paragraph{cl.lang.T("home.no_link")}), nil
	}
	lines := make([]string, len(linked))
	var buttons []Button
	for i := range linked {
		lines[i] = cl.stakeholderLine(&linked[i])
		if len(buttons) < 5 {
			buttons = append(buttons, Button{Label: cl.lang.T("home.show", linked[i].Name), Command: CommandLine(cl.lang, []string{"stakeholder", "show"}, linked[i].ID)})
		}
	}
	return append(blocks, Paragraph{cl.lang.T("home.linked")}, List{lines}, Buttons{buttons}), nil
}

// homeNetwork gives coordinators a short overview: stakeholders by sector,
// the overdue commitments and the proposed stakeholders waiting for
// confirmation.
func homeNetwork(cl *call) ([]Block, error) {
	if cl.role < storage.RoleCoordinator {
		return nil, nil
	}
	list, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{Statuses: []string{storage.StatusProposed, storage.StatusConfirmed}})
	if err != nil {
		return nil, err
	}
	blocks := []Block{Header{cl.lang.T("home.network", len(list))}}
	if len(list) == 0 {
		return append(blocks, Paragraph{cl.lang.T("stakeholder.none")}), nil
	}
	counts := map[string]int{}
	var proposed []string
	for i := range list {
		counts[list[i].Sector]++
		if list[i].Status == storage.StatusProposed {
			proposed = append(proposed, cl.stakeholderLine(&list[i]))
		}
	}
	var fields []Field
	for _, sec := range append(slices.Clone(cl.settings.SectorList()), "") {
		if n := counts[sec]; n > 0 {
			label := cl.lang.T("home.no_sector")
			if sec != "" {
				label = cl.sectorLabel(sec)
			}
			fields = append(fields, Field{label, cl.lang.Int(n)})
		}
	}
	overdue, err := cl.team.OverdueCommitments(cl.ctx, cl.commitmentToday())
	if err != nil {
		return nil, err
	}
	fields = append(fields, Field{cl.lang.T("home.overdue"), cl.lang.Int(len(overdue))})
	blocks = append(blocks, Fields{fields}, Paragraph{cl.lang.T("home.proposed", len(proposed))})
	if len(proposed) > 0 {
		blocks = append(blocks, List{proposed[:min(len(proposed), 10)]})
	}
	buttons := []Button{{Label: cl.lang.T("home.list_all"), Command: CommandLine(cl.lang, []string{"stakeholder", "list"})}}
	if len(overdue) > 0 {
		buttons = append(buttons, Button{Label: cl.lang.T("home.overdue"), Command: CommandLine(cl.lang, []string{"commitments"}, cl.lang.T("commitment.word.overdue"))})
	}
	return append(blocks, Buttons{buttons}), nil
}
