package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// newHarnessAt is newHarness with the clock at at.
func newHarnessAt(t *testing.T, at time.Time) *harness {
	t.Helper()
	h := newHarness(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	h.core = bot.New(bot.Options{
		Store: h.store, Now: func() time.Time { return at }, Log: zerolog.Nop(),
		Admins: []string{admin}, Language: i18n.German, Timezone: berlin,
	})
	return h
}

// add runs line as user and returns the short id that the reply names
// ("Kurz-ID s4k7"); it fails the test when there is none.
func (h *harness) add(user, line string) string {
	h.t.Helper()
	out := h.do(user, line)
	_, rest, ok := strings.Cut(out, "Kurz-ID ")
	if !ok || len(rest) < 5 {
		h.t.Fatalf("%q: no short id in reply:\n%s", line, out)
	}
	return rest[:5]
}

func (h *harness) committee(id string) storage.Committee {
	h.t.Helper()
	c, err := h.team().Committee(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func (h *harness) committees() []storage.Committee {
	h.t.Helper()
	list, err := h.team().Committees(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

func (h *harness) stakeholder(id string) storage.Stakeholder {
	h.t.Helper()
	s, err := h.team().Stakeholder(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	return s
}

// memberIDs returns the stakeholder ids of a committee's memberships,
// sorted.
func (h *harness) memberIDs(committee string) []string {
	h.t.Helper()
	ms, err := h.team().Members(context.Background(), committee)
	if err != nil {
		h.t.Fatal(err)
	}
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.Stakeholder)
	}
	slices.Sort(ids)
	return ids
}

func (h *harness) meetings(committee string) []storage.Meeting {
	h.t.Helper()
	list, err := h.team().Meetings(context.Background(), committee)
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

// snapshot describes everything the register stores: stakeholders,
// committees, memberships, meetings and the audit entries about them.
func (h *harness) snapshot() string {
	h.t.Helper()
	ctx := context.Background()
	var b strings.Builder
	stakeholders := h.stakeholders()
	committees := h.committees()
	members, err := h.team().Members(ctx, "")
	if err != nil {
		h.t.Fatal(err)
	}
	meetings := h.meetings("")
	fmt.Fprintf(&b, "%+v\n%+v\n%+v\n%+v\n", stakeholders, committees, members, meetings)
	for _, s := range stakeholders {
		fmt.Fprintf(&b, "%+v\n", h.auditOf("stakeholder", s.ID))
	}
	for _, c := range committees {
		fmt.Fprintf(&b, "%+v\n", h.auditOf("committee", c.ID))
	}
	for _, m := range meetings {
		fmt.Fprintf(&b, "%+v\n", h.auditOf("meeting", m.ID))
	}
	return b.String()
}

// unchanged runs line as user, checks that the reply contains every want
// and that nothing stored changed.
func (h *harness) unchanged(user, line string, want ...string) {
	h.t.Helper()
	before := h.snapshot()
	h.expect(user, line, want...)
	if after := h.snapshot(); after != before {
		h.t.Errorf("%q as %s changed the register:\nbefore %s\nafter  %s", line, user, before, after)
	}
}

// changes renders audit changes as "field: before → after" lines.
func changes(e storage.AuditEntry) string {
	var lines []string
	for _, c := range e.Changes {
		lines = append(lines, c.Field+": "+c.Before+" → "+c.After)
	}
	return strings.Join(lines, "\n")
}

// sorted returns ids sorted.
func sorted(ids ...string) []string {
	slices.Sort(ids)
	return ids
}
