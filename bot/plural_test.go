package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// withStakeholders stores n confirmed stakeholders in the test workspace.
func (h *harness) withStakeholders(n int) {
	h.t.Helper()
	for i := range n {
		if _, err := h.store.Team(team).AddStakeholder(context.Background(), storage.Stakeholder{
			Name: fmt.Sprintf("Person %04d", i), Sector: "school", Status: storage.StatusConfirmed,
		}); err != nil {
			h.t.Fatal(err)
		}
	}
}

// home returns the plain text of user's Home page.
func (h *harness) home(user string) string {
	h.t.Helper()
	return bot.PlainText(h.core.Home(context.Background(), team, user))
}

// Counted sentences follow the CLDR plural rules of the workspace's
// language (0 and 2 and 1234 are "other", 1 is "one") and write the count
// in its notation (1.234 in German, 1,234 in English): the stakeholder
// list's title, the export's reply and the Home page's overview.
func TestCountedStakeholders(t *testing.T) {
	for _, tt := range []struct {
		n              int
		listDE, listEN string
		fileDE, fileEN string
		homeDE, homeEN string
	}{
		{0, "Es sind noch keine Akteure erfasst.", "No stakeholders yet.",
			"0 Einträge als CSV-Datei", "0 entries as a CSV file",
			"Netzwerk im Überblick (0 Akteure)", "Network at a glance (0 stakeholders)"},
		{1, "== 1 Akteur ==", "== 1 stakeholder ==",
			"1 Eintrag als CSV-Datei", "1 entry as a CSV file",
			"Netzwerk im Überblick (1 Akteur)", "Network at a glance (1 stakeholder)"},
		{2, "== 2 Akteure ==", "== 2 stakeholders ==",
			"2 Einträge als CSV-Datei", "2 entries as a CSV file",
			"Netzwerk im Überblick (2 Akteure)", "Network at a glance (2 stakeholders)"},
		{1234, "== 1.234 Akteure ==", "== 1,234 stakeholders ==",
			"1.234 Einträge als CSV-Datei", "1,234 entries as a CSV file",
			"Netzwerk im Überblick (1.234 Akteure)", "Network at a glance (1,234 stakeholders)"},
	} {
		t.Run(fmt.Sprint(tt.n), func(t *testing.T) {
			h := newHarness(t)
			h.withStakeholders(tt.n)
			h.expect(admin, "akteur liste", tt.listDE)
			if got := bot.PlainText(h.reply(admin, "export akteure csv")); !strings.Contains(got, tt.fileDE) {
				t.Errorf("export: %s, want %q", got, tt.fileDE)
			}
			if got := h.home(admin); !strings.Contains(got, tt.homeDE) {
				t.Errorf("home: %s\nwant %q", got, tt.homeDE)
			}
			h.do(admin, "einstellungen sprache englisch")
			h.expect(admin, "stakeholder list", tt.listEN)
			if got := bot.PlainText(h.reply(admin, "export stakeholders csv")); !strings.Contains(got, tt.fileEN) {
				t.Errorf("export: %s, want %q", got, tt.fileEN)
			}
			if got := h.home(admin); !strings.Contains(got, tt.homeEN) {
				t.Errorf("home: %s\nwant %q", got, tt.homeEN)
			}
		})
	}
}

// A committee with one member and one with two, and the commitments of
// one and two owners: list titles, member counts and the share with
// decision authority agree with their count in both languages.
func TestCountedCommitteesAndCommitments(t *testing.T) {
	h := newHarness(t)
	g, eva, bernd, _ := registerFixture(h)
	h.expect(admin, "gremium liste", "== 1 Gremium ==")
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+eva)
	h.expect(admin, "gremium zeige "+g, "1 Mitglied:", "Mit Entscheidungsbefugnis: 1 von 1 Mitglied ·")
	h.do(admin, "zusage "+eva+" Bericht vorlegen frist:20.01.2027")
	h.expect(admin, "zusagen alle", "== 1 Zusage insgesamt ==")

	h.add(admin, "gremium neu AG Sprache art:arbeitsgruppe zweck:vernetzung")
	h.do(admin, "gremium mitglieder hinzufügen "+g+" "+bernd)
	h.do(admin, "zusage "+bernd+" Schulen einladen frist:21.01.2027")
	h.expect(admin, "gremium liste", "== 2 Gremien ==")
	h.expect(admin, "gremium zeige "+g, "2 Mitglieder:", "Mit Entscheidungsbefugnis: 1 von 2 Mitgliedern ·")
	h.expect(admin, "zusagen", "== 2 offene Zusagen ==")

	h.do(admin, "einstellungen sprache englisch")
	h.expect(admin, "committee list", "== 2 committees ==")
	h.expect(admin, "committee show "+g, "2 members:", "With decision authority: 1 of 2 members ·")
	h.expect(admin, "commitments", "== 2 open commitments ==")
	h.do(admin, "committee members remove "+g+" "+bernd)
	h.expect(admin, "committee show "+g, "1 member:", "With decision authority: 1 of 1 member ·")
	h.expect(admin, "commitments owner:"+eva, "== 1 open commitment ==")
}
