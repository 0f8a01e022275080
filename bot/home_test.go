package bot_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkbot/netzwerkbot/bot"
)

func TestHomeShowsLinkedStakeholdersAndOverviewForCoordinators(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, `stakeholder add "Eva Muster" org:VHS sector:school user:<@UEVA>`, "erfasst")
	h.expect("UEVA", `stakeholder add "Paul Neu"`, "vorgeschlagen")

	member := bot.PlainText(h.core.Home(context.Background(), team, "UEVA"))
	for _, want := range []string{"Ihr Netzwerk", "Ihre Rolle: Mitglied", "Eva Muster · VHS · Schule", "akteur zeige"} {
		if !strings.Contains(member, want) {
			t.Errorf("member home lacks %q:\n%s", want, member)
		}
	}
	if strings.Contains(member, "Netzwerk im Überblick") {
		t.Errorf("a member sees the coordinators' overview:\n%s", member)
	}

	coord := bot.PlainText(h.core.Home(context.Background(), team, admin))
	for _, want := range []string{"kein Akteur verknüpft", "Netzwerk im Überblick (2 Akteure)", "Schule: 1", "Ohne Bildungsbereich: 1", "Unbestätigte Vorschläge: 1", "Paul Neu"} {
		if !strings.Contains(coord, want) {
			t.Errorf("coordinator home lacks %q:\n%s", want, coord)
		}
	}
	if other := bot.PlainText(h.core.Home(context.Background(), "T2", admin)); strings.Contains(other, "Eva") {
		t.Errorf("another workspace's home shows this one's data:\n%s", other)
	}
}

// homeButtons returns the commands of the buttons on a Home page.
func homeButtons(r bot.Reply) []string {
	var out []string
	for _, b := range r.Blocks {
		if bs, ok := b.(bot.Buttons); ok {
			for _, btn := range bs.Items {
				out = append(out, btn.Command)
			}
		}
	}
	return out
}

func TestHomeShowsOwnCommitmentsCommitteesAndOverdueCount(t *testing.T) {
	h := newCommitmentHarness(t)
	late := h.add("commit " + h.ids["Eva"] + " «Einladung an alle Schulen» due:2027-01-16")
	started := h.add("commit " + h.ids["Eva"] + " Raumplanung due:2027-02-01")
	h.expect(eva, "commitment start "+started.ID, "in Bearbeitung")
	other := h.add("commit " + h.ids["Bernd"] + " Protokoll due:2027-01-16")
	h.expect(admin, "gremium mitglieder hinzufügen Lenkungsgruppe "+h.ids["Eva"], "Lenkungsgruppe")
	h.clock = time.Date(2027, 1, 20, 9, 0, 0, 0, time.UTC)

	page := h.core.Home(context.Background(), team, eva)
	text := bot.PlainText(page)
	for _, want := range []string{
		"Ihre offenen Zusagen (2)", "Davon überfällig: 1",
		late.ID + " · Eva Muster · Einladung an alle Schulen · 16.01.2027 · offen ⚠ überfällig",
		started.ID + " · Eva Muster · Raumplanung · 01.02.2027 · in Bearbeitung",
		"Ihre Gremien (1)", h.ids["Lenkungsgruppe"] + " · Lenkungsgruppe · Lenkungsgruppe",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("Eva's home lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, other.ID) || strings.Contains(text, "Netzwerk im Überblick") {
		t.Errorf("Eva's home shows Bernd's commitment or the coordinators' overview:\n%s", text)
	}
	buttons := homeButtons(page)
	for _, want := range []string{"zusage beginnen " + late.ID, "zusage erledigt " + late.ID, "zusage erledigt " + started.ID, "gremium zeige " + h.ids["Lenkungsgruppe"]} {
		if !slices.Contains(buttons, want) {
			t.Errorf("Eva's home lacks the button %q: %q", want, buttons)
		}
	}
	if slices.Contains(buttons, "zusage beginnen "+started.ID) {
		t.Errorf("a started commitment offers start again: %q", buttons)
	}

	coord := h.core.Home(context.Background(), team, admin)
	if text := bot.PlainText(coord); !strings.Contains(text, "Überfällige Zusagen: 2") || strings.Contains(text, "Ihre offenen Zusagen") {
		t.Errorf("coordinator home:\n%s", text)
	}
	if !slices.Contains(homeButtons(coord), "zusagen überfällig") {
		t.Errorf("coordinator home lacks the overdue button: %q", homeButtons(coord))
	}

	h.expect(eva, "commitment done "+late.ID, "erledigt")
	h.expect(eva, "commitment done "+started.ID, "erledigt")
	if text := bot.PlainText(h.core.Home(context.Background(), team, eva)); !strings.Contains(text, "Sie haben keine offenen Zusagen.") {
		t.Errorf("home after finishing everything:\n%s", text)
	}
	if text := bot.PlainText(h.core.Home(context.Background(), team, bernd)); !strings.Contains(text, "Sie gehören noch keinem Gremium an.") {
		t.Errorf("Bernd's home:\n%s", text)
	}
}

func TestHomeCapsCommitments(t *testing.T) {
	h := newCommitmentHarness(t)
	for i := range 12 {
		h.add(fmt.Sprintf("commit %s Aufgabe%02d due:2027-02-%02d", h.ids["Eva"], i, i+1))
	}
	page := h.core.Home(context.Background(), team, eva)
	text := bot.PlainText(page)
	if !strings.Contains(text, "Ihre offenen Zusagen (12)") || !strings.Contains(text, "… und 4 weitere – geben Sie „zusagen meine“ ein.") ||
		!strings.Contains(text, "Aufgabe07") || strings.Contains(text, "Aufgabe08") {
		t.Errorf("capped home:\n%s", text)
	}
	if !slices.Contains(homeButtons(page), "zusagen meine") {
		t.Errorf("capped home lacks the button to list all: %q", homeButtons(page))
	}
}

func TestHomeShowsNextNetworkReview(t *testing.T) {
	h := newHarness(t) // the clock stands at 2027-01-15 09:30 UTC (10:30 in Berlin)
	if home := bot.PlainText(h.core.Home(context.Background(), team, admin)); strings.Contains(home, "Nächste Netzwerküberprüfung") {
		t.Fatalf("home shows a review without any schedule:\n%s", home)
	}
	h.expect(admin, `zeitplan neu "0 9 1 * *" art:überprüfung`, "angelegt")
	h.expect(admin, `zeitplan neu "0 9 * * *" art:zusagen`, "angelegt")
	home := bot.PlainText(h.core.Home(context.Background(), team, "UEVA"))
	if !strings.Contains(home, "Nächste Netzwerküberprüfung") || !strings.Contains(home, "01.02.2027, 09:00 Uhr MEZ") {
		t.Fatalf("home lacks the next review on 1 February:\n%s", home)
	}
	if strings.Count(home, "(Zeitplan ") != 1 {
		t.Fatalf("the digest schedule is shown as a review:\n%s", home)
	}
}
