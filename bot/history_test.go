package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

func TestHistoryNewestFirstAndPaged(t *testing.T) {
	h, clock := newClockHarness(t, admin)
	h.do(admin, `stakeholder add "Eva Muster" org:VHS`)
	eva := h.stakeholders()[0]
	for i := 1; i <= 30; i++ {
		*clock = now.Add(time.Duration(i) * time.Minute)
		h.do(admin, fmt.Sprintf("stakeholder edit %s org:Org%d", eva.ID, i))
	}
	out := h.expect(admin, "verlauf Eva Muster", "== Verlauf: Eva Muster ("+eva.ID+") ==",
		"(Einträge: 31, neueste zuerst)", "Seite 1 von 2 – weiter mit „seite:2“")
	lines := bulletLines(out)
	if len(lines) != 25 {
		t.Fatalf("page 1 has %d entries:\n%s", len(lines), out)
	}
	if want := "15.01.2027 11:00 · @UADMIN · Akteur geändert · Organisation: Org29 → Org30"; lines[0] != want {
		t.Fatalf("newest line\n%s\nwant\n%s", lines[0], want)
	}
	out = h.expect(admin, "history "+eva.ID+" page:2", "Seite 2 von 2")
	lines = bulletLines(out)
	if len(lines) != 6 || lines[5] != "15.01.2027 10:30 · @UADMIN · Akteur erfasst · Name: Eva Muster; Organisation: VHS" {
		t.Fatalf("page 2:\n%s", out)
	}
	if !strings.Contains(lines[4], "Organisation: VHS → Org1") {
		t.Fatalf("oldest edit: %s", lines[4])
	}
	h.expect(admin, "history "+eva.ID+" seite:9", "Die Liste endet mit Seite 2; eine Seite 9 gibt es nicht.")
}

// bulletLines returns the list items of a plain-text reply.
func bulletLines(out string) []string {
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if item, ok := strings.CutPrefix(l, "• "); ok {
			lines = append(lines, item)
		}
	}
	return lines
}

func TestHistoryOfCommitteeRecordUserAndSettings(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	ctx := context.Background()
	g, err := h.team().AddCommittee(ctx, storage.Committee{Name: "Lenkungsgruppe", Kind: storage.KindSteering})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range []storage.AuditEntry{
		{At: now, Actor: coord, Action: "committee.add", TargetKind: "committee", TargetID: g.ID,
			Changes: []storage.Change{{Field: "name", After: "Lenkungsgruppe"}}},
		{At: now, Actor: eva, Action: "commitment.add", TargetKind: "commitment", TargetID: "cabcd",
			Changes: []storage.Change{{Field: "notes", After: strings.Repeat("lang ", 100)}}},
	} {
		if err := h.team().Audit(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	h.expect(admin, "verlauf lenkungsgruppe", "== Verlauf: Lenkungsgruppe ("+g.ID+") ==",
		"• 15.01.2027 10:30 · @U0COORD · Gremium angelegt · Name: Lenkungsgruppe")
	h.expect(admin, "history "+strings.ToUpper(g.ID), "Lenkungsgruppe")
	out := h.expect(admin, "history CABCD", "== Verlauf: cabcd ==", "@U0EVA · Zusage erfasst · Notizen: lang lang", "…")
	if len(out) > 400 {
		t.Fatalf("a long value was not cut:\n%s", out)
	}

	h.do(admin, `stakeholder add "Eva Muster" user:<@U0EVA|eva>`)
	h.do(admin, "role grant @U0EVA coordinator")
	h.expect(admin, "history <@U0EVA|eva>", "== Verlauf: @U0EVA ==", "Rolle vergeben · Rolle: Mitglied → Koordinierende Stelle",
		"Akteur erfasst · Name: Eva Muster", "(Einträge: 2, neueste zuerst)")
	h.expect(admin, "history @UNOBODY", "Zu @UNOBODY gibt es noch keine Einträge im Verlauf.")

	h.expect(admin, "verlauf einstellungen", "Zu Einstellungen gibt es noch keine Einträge im Verlauf.")
	h.do(admin, "settings timezone Europe/Vienna")
	h.expect(admin, "history settings", "== Verlauf: Einstellungen ==", "Einstellung geändert · Zeitzone: Europe/Berlin → Europe/Vienna")
	h.do(admin, "settings language en")
	h.expect(admin, "history settings", "== History: Settings ==", "2027-01-15 10:30 · @UADMIN · Setting changed · Language: German → English")
}

func TestHistoryRefusals(t *testing.T) {
	h, _ := newClockHarness(t, admin)
	h.grant(coord, storage.RoleCoordinator)
	h.do(admin, `stakeholder add "Eva Muster" org:A`)
	h.do(admin, `stakeholder add "eva muster" org:B`)
	h.expect(coord, "verlauf Eva Muster", "passt auf mehrere Akteure")
	cases := []struct{ user, line, want string }{
		{member, "verlauf Eva", "erfordert die Rolle „Koordinierende Stelle“"},
		{coord, "verlauf", "wessen Verlauf Sie sehen möchten"},
		{coord, "verlauf Niemand", "Zu „Niemand“ gibt es weder einen Akteur noch ein Gremium noch Einträge im Verlauf."},
		{coord, "verlauf czzzz", "Zu „czzzz“ gibt es weder"},
		{coord, "verlauf @eva", "lässt sich keiner Slack-Person zuordnen"},
		{coord, "verlauf Eva Muster seite:0", "keine gültige Seitenzahl"},
		{coord, "verlauf Eva Muster farbe:rot", "Das Feld „farbe“ gibt es hier nicht"},
	}
	for _, c := range cases {
		h.refusedAdmin(c.user, c.line, c.want)
	}
}
