package bot

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Limits of the digest's messages. Each commitment of an owner's digest
// takes two blocks (line and buttons), so a digest fits into one Slack
// message; the overview lists lines only.
const (
	digestOwnerLimit    = 20
	digestOverviewLimit = 30
	// digestPostpone is how many days the "new due date" button moves a
	// commitment's due day, counted from today for overdue ones.
	digestPostpone = 7
)

// DigestComposer returns the composer of the commitment digest's messages
// (review.Digest calls it), rendered with the core's Render option and
// written in the workspace's language.
func (c *Core) DigestComposer() review.DigestComposer { return digestComposer{c} }

type digestComposer struct{ core *Core }

// lang is the language of the workspace with settings s (see locale).
func (d digestComposer) lang(s storage.Settings) i18n.Lang {
	l, _ := d.core.locale(s)
	return l
}

// OwnerDigest lists the owner's overdue commitments, then those due soon,
// each with its line and the buttons done, start (when open) and due date
// +7 days; past digestOwnerLimit a note points to "commitments mine". It
// never fails.
func (d digestComposer) OwnerDigest(_ context.Context, _ *storage.Team, day review.DigestDay, owner storage.Stakeholder, dueSoon, overdue []storage.Commitment) ([]outbox.Message, error) {
	l := d.lang(day.Settings)
	names := stakeholderNames(day.Stakeholders)
	blocks := []Block{Header{l.T("digest.owner_title")}, Paragraph{l.T("digest.greeting", owner.Name)}}
	shown := 0
	for _, part := range []struct {
		title string
		list  []storage.Commitment
	}{{l.T("digest.overdue", len(overdue)), overdue}, {l.T("digest.due_soon", len(dueSoon)), dueSoon}} {
		if len(part.list) == 0 || shown == digestOwnerLimit {
			continue
		}
		blocks = append(blocks, Paragraph{part.title})
		for i := range part.list[:min(len(part.list), digestOwnerLimit-shown)] {
			c := &part.list[i]
			blocks = append(blocks, Paragraph{commitmentLine(l, c, names, day.Today)}, Buttons{digestButtons(l, c, day.Today)})
			shown++
		}
	}
	if more := len(overdue) + len(dueSoon) - shown; more > 0 {
		blocks = append(blocks, Note{l.T("digest.more", more)})
	}
	blocks = append(blocks, Note{l.T("digest.typed")})
	return d.core.render(Reply{Blocks: blocks}), nil
}

// digestButtons offers finishing c, starting it when it is open, and
// moving its due day by a week; each button carries its typed command.
func digestButtons(l i18n.Lang, c *storage.Commitment, today string) []Button {
	out := []Button{{Label: l.T("commitment.button.done"), Command: CommandLine(l, []string{"commit", "done"}, c.ID), Style: "primary"}}
	if slices.Contains(transitionStart.from, c.Status) {
		out = append(out, Button{Label: l.T("commitment.button.start"), Command: CommandLine(l, []string{"commit", "start"}, c.ID)})
	}
	if due, ok := postponedDue(c.Due, today); ok {
		out = append(out, Button{Label: l.T("digest.button.due_week"), Command: CommandLine(l, []string{"commit", "due"}, c.ID, due)})
	}
	return out
}

// postponedDue is the day digestPostpone days after the later of due and
// today, so that the new due day never lies in the past.
func postponedDue(due, today string) (string, bool) {
	from, err := time.Parse(time.DateOnly, max(due, today))
	if err != nil {
		return "", false
	}
	return from.AddDate(0, 0, digestPostpone).Format(time.DateOnly), true
}

// CoordinatorOverview gives the counts, then the overdue commitments
// grouped by owner (owners by name, each owner's by due day), at most
// digestOverviewLimit lines, then a note and a button for "commitments
// overdue" when lines were left out. It never fails.
func (d digestComposer) CoordinatorOverview(_ context.Context, _ *storage.Team, day review.DigestDay, overdue, dueSoon []storage.Commitment) ([]outbox.Message, error) {
	l := d.lang(day.Settings)
	names := stakeholderNames(day.Stakeholders)
	blocks := []Block{Header{l.T("digest.overview_title")}, Paragraph{l.T("digest.overview_counts", len(overdue), len(dueSoon))}}
	if len(overdue) == 0 {
		blocks = append(blocks, Paragraph{l.T("digest.overview_none")})
	}
	shown := 0
	for _, group := range groupByOwner(overdue, names) {
		if shown == digestOverviewLimit {
			break
		}
		var lines []string
		for i := range group[:min(len(group), digestOverviewLimit-shown)] {
			lines = append(lines, commitmentLine(l, &group[i], names, day.Today))
		}
		shown += len(lines)
		blocks = append(blocks, Paragraph{l.T("digest.overview_owner", ownerName(names, group[0].Owner), len(group))}, List{lines})
	}
	if more := len(overdue) - shown; more > 0 {
		blocks = append(blocks, Note{l.T("digest.overview_more", more)},
			Buttons{[]Button{{Label: l.T("digest.overview_all"), Command: CommandLine(l, []string{"commitments"}, l.T("commitment.word.overdue"))}}})
	}
	return d.core.render(Reply{Blocks: blocks}), nil
}

// groupByOwner splits list (sorted by due day) into one group per owner,
// the groups sorted by the owner's name and then id.
func groupByOwner(list []storage.Commitment, names map[string]string) [][]storage.Commitment {
	byOwner := map[string][]storage.Commitment{}
	var owners []string
	for _, c := range list {
		if _, ok := byOwner[c.Owner]; !ok {
			owners = append(owners, c.Owner)
		}
		byOwner[c.Owner] = append(byOwner[c.Owner], c)
	}
	slices.SortFunc(owners, func(a, b string) int {
		return cmp.Or(strings.Compare(storage.NameKey(ownerName(names, a)), storage.NameKey(ownerName(names, b))), strings.Compare(a, b))
	})
	out := make([][]storage.Commitment, len(owners))
	for i, o := range owners {
		out[i] = byOwner[o]
	}
	return out
}

// stakeholderNames maps the stakeholders' ids to their names.
func stakeholderNames(people map[string]storage.Stakeholder) map[string]string {
	names := make(map[string]string, len(people))
	for id, s := range people {
		names[id] = s.Name
	}
	return names
}

// ownerName is the owner's name, or the id when the stakeholder is gone.
func ownerName(names map[string]string, id string) string {
	if n := names[id]; n != "" {
		return n
	}
	return id
}
