package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// reviewHarness adds the review engine, a coordinator, and a committee
// "Steuerkreis" with Eva and Bernd (both linked) as members.
func reviewHarness(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t)
	h.core.SetReviews(review.NewEngine(review.EngineOptions{Store: h.store, Composer: h.core, Now: func() time.Time { return now }, Log: zerolog.Nop()}))
	ctx, tm := context.Background(), h.store.Team(team)
	if err := tm.SetRole(ctx, coord, storage.RoleCoordinator, admin, now); err != nil {
		t.Fatal(err)
	}
	c, err := tm.AddCommittee(ctx, storage.Committee{Name: "Steuerkreis", Kind: storage.KindSteering, Purpose: storage.PurposeNetworking, Status: storage.CommitteeActive})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []storage.Stakeholder{{Name: "Eva Muster", SlackUser: eva}, {Name: "Bernd Beispiel", SlackUser: bernd}} {
		s.Status, s.CreatedAt = storage.StatusConfirmed, now
		added, err := tm.AddStakeholder(ctx, s)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tm.AddMember(ctx, c.ID, added.ID, admin, now); err != nil {
			t.Fatal(err)
		}
	}
	return h
}

// openReviewID returns the id of the open review.
func (h *harness) openReviewID() string {
	h.t.Helper()
	list, err := h.store.Team(team).Reviews(context.Background(), 1, storage.ReviewOpen)
	if err != nil || len(list) != 1 {
		h.t.Fatalf("open reviews: %v %v", list, err)
	}
	return list[0].ID
}

func (h *harness) answers(id string) int {
	h.t.Helper()
	list, err := h.store.Team(team).SurveyAnswers(context.Background(), id)
	if err != nil {
		h.t.Fatal(err)
	}
	return len(list)
}

func TestReviewCommandsWithoutEngine(t *testing.T) {
	h := newHarness(t)
	h.expect(admin, "überprüfung status", "nicht eingerichtet")
}

func TestReviewCommands(t *testing.T) {
	h := reviewHarness(t)
	h.expect(eva, "überprüfung status", "Zurzeit läuft keine Netzwerküberprüfung.")
	h.expect(eva, "überprüfung verlauf", "noch keine Netzwerküberprüfung")
	h.expect(eva, "überprüfung starten", "Koordinierende Stelle")
	h.expect(coord, "überprüfung starten gremien:Nirgendwo", "Nirgendwo")
	h.expect(coord, "überprüfung starten gremien:Steuerkreis zeitraum:7d", "ist gestartet: 1 Gremium, 2 eingeladene Mitglieder")
	id := h.openReviewID()
	h.expect(coord, "überprüfung starten", "läuft bereits", id)

	h.expect(eva, "überprüfung umfrage "+id+" Steuerkreis", "Fragebogen: Steuerkreis", "1. Strategische Ausrichtung", "überprüfung antworten "+id)
	h.expect(eva, "überprüfung antworten "+id+" Steuerkreis 4 4 4", "genau 4 Bewertungen", "angegeben: 3")
	h.expect(eva, "überprüfung antworten "+id+" Steuerkreis 4 4 4 0", "„0“ ist ungültig")
	h.expect(eva, "überprüfung antworten "+id+" Steuerkreis 4 6 4 4", "„6“ ist ungültig")
	h.expect(eva, "überprüfung antworten "+id+" Steuerkreis 4 gut 4 4", "„gut“ ist ungültig")
	h.expect(member, "überprüfung antworten "+id+" Steuerkreis 4 4 4 4", "nicht als Mitglied")
	h.expect(eva, "überprüfung antworten rzzzz Steuerkreis 4 4 4 4", "„rzzzz“ gibt es nicht")
	h.expect(eva, "überprüfung antworten "+id, "ID der Netzwerküberprüfung und das Gremium")
	if n := h.answers(id); n != 0 {
		t.Fatalf("refused answers stored %d answers", n)
	}
	h.expect(eva, "überprüfung antworten "+id+` Steuerkreis 2 2 2 2`, "Vielen Dank")
	h.expect(eva, "überprüfung antworten "+id+` Steuerkreis 4 3 5 4 änderung:"Mehr gemeinsame Termine"`, "Vielen Dank")
	if n := h.answers(id); n != 1 {
		t.Fatalf("%d answers stored, want 1 (replaced)", n)
	}

	got := h.expect(eva, "überprüfung status", "Rücklauf: 1 von 2 eingeladenen Mitgliedern")
	if strings.Contains(got, "Bernd") {
		t.Errorf("a member sees who has not answered:\n%s", got)
	}
	h.expect(coord, "überprüfung status", "Noch nicht geantwortet:", "Bernd Beispiel", "überprüfung abschließen "+id)

	h.expect(eva, "überprüfung abschließen "+id, "Koordinierende Stelle")
	// One answer of two members: below the threshold of 3, nothing of it
	// is shown, not even to coordinators.
	closed := h.expect(coord, "überprüfung abschließen "+id, "Ergebnis der Netzwerküberprüfung "+id,
		"Rücklauf: 1 von 2", "Zu wenige Antworten für eine anonyme Auswertung (Antworten: 1; nötig sind mindestens 3).",
		"Nicht geantwortet:", "Bernd Beispiel")
	for _, leak := range []string{"Mehr gemeinsame Termine", "4,00", "3,00", "5,00"} {
		if strings.Contains(closed, leak) {
			t.Errorf("the result of one answer shows %q:\n%s", leak, closed)
		}
	}
	h.expect(coord, "überprüfung abschließen "+id, "Ergebnis der Netzwerküberprüfung "+id) // idempotent
	h.expect(eva, "überprüfung antworten "+id+" Steuerkreis 1 1 1 1", "bereits abgeschlossen")
	h.expect(eva, "überprüfung status", "Zurzeit läuft keine")
	h.expect(eva, "überprüfung verlauf", id, "keine Bewertungen")
	h.expect(eva, "überprüfung zeigen "+id, "Koordinierende Stelle")
	h.expect(coord, "überprüfung zeigen "+id, "Beteiligung – aktiv:", "Steuerkreis", "Rücklauf: 1 von 2 (50 %)", "Zu wenige Antworten")
	h.expect(coord, "überprüfung zeigen rzzzz", "„rzzzz“ gibt es nicht")
	h.expect(coord, "review close", "ID der Netzwerküberprüfung")
}
