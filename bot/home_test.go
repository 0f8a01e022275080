package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

func TestHomeShowsLinkedStakeholdersAndOverviewForCoordinators(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `stakeholder add "Eva Muster" org:VHS sector:school user:<@UEVA>`, "erfasst")
	h.expect("UEVA", `stakeholder add "Paul Neu"`, "vorgeschlagen")

	member := bot.PlainText(h.core.Home(context.Background(), team, "UEVA"))
	for _, want := range []string{"Ihr Netzwerk", "Ihre Rolle: Mitglied", "Eva Muster · VHS · Schule", "stakeholder show"} {
		if !strings.Contains(member, want) {
			t.Errorf("member home lacks %q:\n%s", want, member)
		}
	}
	if strings.Contains(member, "Netzwerk im Überblick") {
		t.Errorf("a member sees the coordinators' overview:\n%s", member)
	}

	coord := bot.PlainText(h.core.Home(context.Background(), team, admin))
	for _, want := range []string{"kein Akteur verknüpft", "Netzwerk im Überblick (2 Akteure)", "Schule: 1", "Ohne Bereich: 1", "Unbestätigte Vorschläge: 1", "Paul Neu"} {
		if !strings.Contains(coord, want) {
			t.Errorf("coordinator home lacks %q:\n%s", want, coord)
		}
	}
	if other := bot.PlainText(h.core.Home(context.Background(), "T2", admin)); strings.Contains(other, "Eva") {
		t.Errorf("another workspace's home shows this one's data:\n%s", other)
	}
}
