package review

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// coordinators returns the Slack users who receive a review's notices and
// summary: the stored coordinators and admins of the workspace and the
// review's starter, sorted, each once.
func coordinators(ctx context.Context, team *storage.Team, r storage.Review) ([]string, error) {
	grants, err := team.Roles(ctx)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, g := range grants {
		if role, _ := storage.ParseRole(g.Role); role >= storage.RoleCoordinator {
			out = append(out, g.User)
		}
	}
	if r.StartedBy != "" {
		out = append(out, r.StartedBy)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// invitees returns the members asked to answer a review of committees: the
// stakeholders, not archived, linked to a Slack user, who sit in at least
// one of the committees, sorted by stakeholder id.
func invitees(ctx context.Context, team *storage.Team, committees []string) ([]storage.Invitee, error) {
	members, err := team.Members(ctx, "")
	if err != nil {
		return nil, err
	}
	sits := map[string][]string{}
	for _, m := range members {
		if slices.Contains(committees, m.CommitteeID) {
			sits[m.Stakeholder] = append(sits[m.Stakeholder], m.CommitteeID)
		}
	}
	list, err := team.Stakeholders(ctx, storage.StakeholderFilter{Statuses: []string{storage.StatusProposed, storage.StatusConfirmed}})
	if err != nil {
		return nil, err
	}
	out := []storage.Invitee{}
	for _, s := range list {
		if s.SlackUser == "" || len(sits[s.ID]) == 0 {
			continue
		}
		cs := sits[s.ID]
		slices.Sort(cs)
		out = append(out, storage.Invitee{Stakeholder: s.ID, User: s.SlackUser, Committees: slices.Compact(cs)})
	}
	slices.SortFunc(out, func(a, b storage.Invitee) int { return strings.Compare(a.Stakeholder, b.Stakeholder) })
	return out, nil
}

// reminderKinds names the outbox key part of invitation 0 and reminders 1, 2.
var reminderKinds = []string{"survey", "reminder-1", "reminder-2"}

// invite queues invitation or reminder n of review r to each of list,
// under "<review>/<kind>/<stakeholder>". Idempotent.
func (e *Engine) invite(ctx context.Context, team *storage.Team, r storage.Review, list []storage.Invitee, n int, at time.Time) error {
	if len(list) == 0 {
		return nil
	}
	byID, err := committeesByID(ctx, team)
	if err != nil {
		return err
	}
	for _, inv := range list {
		key := r.ID + "/" + reminderKinds[n] + "/" + inv.Stakeholder
		if _, err := team.OutboxMessage(ctx, key); err == nil {
			continue // queued before: spare the composer
		}
		member, err := team.Stakeholder(ctx, inv.Stakeholder)
		if storage.IsNotFound(err) {
			continue // erased meanwhile
		}
		if err != nil {
			return err
		}
		var cs []storage.Committee
		for _, id := range inv.Committees {
			if c, ok := byID[id]; ok {
				cs = append(cs, c)
			}
		}
		msgs, err := e.composer.SurveyInvitation(ctx, team, r, member, cs, n)
		if err != nil {
			return err
		}
		if _, err := outbox.Queue(ctx, team, r.ID, key, inv.User, msgs, at); err != nil {
			return err
		}
	}
	return nil
}

// committeesByID returns every committee of the workspace by id.
func committeesByID(ctx context.Context, team *storage.Team) (map[string]storage.Committee, error) {
	list, err := team.Committees(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]storage.Committee, len(list))
	for _, c := range list {
		out[c.ID] = c
	}
	return out, nil
}

// remind queues reminder n of r to the invitees who have not answered for
// any committee yet. Idempotent.
func (e *Engine) remind(ctx context.Context, team *storage.Team, r storage.Review, n int, at time.Time) error {
	answered, err := respondents(ctx, team, r.ID)
	if err != nil {
		return err
	}
	var silent []storage.Invitee
	for _, inv := range r.Invitees {
		if !answered[inv.Stakeholder] {
			silent = append(silent, inv)
		}
	}
	return e.invite(ctx, team, r, silent, n, at)
}

// respondents returns the stakeholders who answered review id at least once.
func respondents(ctx context.Context, team *storage.Team, id string) (map[string]bool, error) {
	answers, err := team.SurveyAnswers(ctx, id)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, a := range answers {
		out[a.Stakeholder] = true
	}
	return out, nil
}
