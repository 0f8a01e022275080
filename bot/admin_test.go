package bot_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// newClockHarness is newHarness with the given configured admins and a
// clock the test moves by writing to the returned time.
func newClockHarness(t *testing.T, admins ...string) (*harness, *time.Time) {
	t.Helper()
	s := storagetest.Open(t)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	clock := now
	core := bot.New(bot.Options{
		Store: s, Now: func() time.Time { return clock }, Log: zerolog.Nop(),
		Admins: admins, Language: i18n.German, Timezone: berlin,
	})
	return &harness{t: t, core: core, store: s}, &clock
}

func (h *harness) team() *storage.Team { return h.store.Team(team) }

func (h *harness) settings() storage.Settings {
	h.t.Helper()
	s, err := h.team().Settings(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	return s
}

func (h *harness) role(user string) storage.Role {
	h.t.Helper()
	r, err := h.team().Role(context.Background(), user)
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

func (h *harness) grant(user string, r storage.Role) {
	h.t.Helper()
	if err := h.team().SetRole(context.Background(), user, r, "USEED", now); err != nil {
		h.t.Fatal(err)
	}
}

// auditOf returns the entries about one target, oldest first.
func (h *harness) auditOf(kind, id string) []storage.AuditEntry {
	h.t.Helper()
	entries, err := h.team().AuditFor(context.Background(), kind, id)
	if err != nil {
		h.t.Fatal(err)
	}
	return entries
}

// adminState describes settings, role grants and the number of audit
// entries about the settings, the test users and every stakeholder.
func (h *harness) adminState() string {
	h.t.Helper()
	ctx := context.Background()
	grants, err := h.team().Roles(ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	ids := []string{"settings", admin, eva, member, coord}
	for _, s := range h.stakeholders() {
		ids = append(ids, s.ID)
	}
	n, err := h.team().CountAudit(ctx, ids)
	if err != nil {
		h.t.Fatal(err)
	}
	return fmt.Sprintf("settings %+v\nroles %+v\naudit %d", h.settings(), grants, n)
}

// refusedAdmin is refused that also checks that settings, roles and the
// audit are unchanged.
func (h *harness) refusedAdmin(user, line, want string) {
	h.t.Helper()
	before := h.adminState()
	h.refused(user, line, want)
	if after := h.adminState(); after != before {
		h.t.Fatalf("%q changed state:\n%s\n→\n%s", line, before, after)
	}
}
