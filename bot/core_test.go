package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/storage"
	"github.com/netzwerkbot/netzwerkbot/storage/storagetest"
)

// now is the fixed clock of these tests.
var now = time.Date(2027, 1, 15, 9, 30, 0, 0, time.UTC)

// The workspace and users of the tests.
const (
	team   = "T1"
	admin  = "UADMIN"  // a configured admin (BOT_ADMINS)
	eva    = "U0EVA"   // a member; some tests link her to the stakeholder Eva Muster
	member = "UMEMBER" // a member
	coord  = "U0COORD" // a coordinator, in tests that grant the role
)

type harness struct {
	t     *testing.T
	core  *bot.Core
	store *storage.Store
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	s := storagetest.Open(t)
	berlin, _ := time.LoadLocation("Europe/Berlin")
	core := bot.New(bot.Options{
		Store: s, Now: func() time.Time { return now }, Log: zerolog.Nop(),
		Admins: []string{admin}, Language: i18n.German, Timezone: berlin,
	})
	return &harness{t: t, core: core, store: s}
}

// do runs line as user and returns the plain-text reply.
func (h *harness) do(user, line string) string {
	h.t.Helper()
	return bot.PlainText(h.core.Handle(context.Background(), bot.Request{TeamID: team, UserID: user, Text: line}))
}

// expect runs line and fails unless the reply contains every want.
func (h *harness) expect(user, line string, want ...string) string {
	h.t.Helper()
	got := h.do(user, line)
	for _, w := range want {
		if !strings.Contains(got, w) {
			h.t.Errorf("%q as %s:\n%s\nwant it to contain %q", line, user, got, w)
		}
	}
	return got
}

func (h *harness) stakeholders() []storage.Stakeholder {
	h.t.Helper()
	list, err := h.store.Team(team).Stakeholders(context.Background(), storage.StakeholderFilter{})
	if err != nil {
		h.t.Fatal(err)
	}
	return list
}

// refused runs line and checks the reply contains want and nothing was stored.
func (h *harness) refused(user, line, want string) {
	h.t.Helper()
	before := h.stakeholders()
	h.expect(user, line, want)
	after := h.stakeholders()
	if len(before) != len(after) {
		h.t.Fatalf("%q changed the register: %d → %d stakeholders", line, len(before), len(after))
	}
	for i := range before {
		if !before[i].UpdatedAt.Equal(after[i].UpdatedAt) || before[i].Name != after[i].Name {
			h.t.Fatalf("%q changed %s", line, before[i].ID)
		}
	}
}

// The same German word can mean different subcommands after different
// command words ("löschen": erase personal data, remove a schedule), and
// the same key different options ("frist": a commitment's due day, a
// schedule's catch-up deadline).
func TestScopedAliases(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, "datenschutz löschen", "welchen Akteur Sie meinen")
	h.expect(admin, "zeitplan löschen", "die ID des Zeitplans")
	h.expect(admin, `zeitplan neu "0 9 1 * *" art:überprüfung frist:2h`, "Frist für Nachholen: 2 Stunden")
	h.do(admin, `akteur neu "Eva Muster"`)
	h.expect(admin, `zusage "Eva Muster" Bericht frist:2027-02-01`, "Frist: Montag, 01.02.2027.")
}
